import { Input, SegmentedControl, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * An approver's decision inside a sign-off: 同意 or 驳回, and a note. Each approval (loans, merges,
 * cleanup and destruction) names the fields in its own words, from its own text (`<prefix>.decision`,
 * `.approve`, `.reject`, `.note`).
 */
export function DecisionFields({ textPrefix, approve, onApprove, note, onNote }: { textPrefix: string; approve: boolean; onApprove: (approve: boolean) => void; note: string; onNote: (note: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Input.Wrapper label={t(`${textPrefix}.decision`)} labelElement="div">
        <SegmentedControl
          aria-label={t(`${textPrefix}.decision`)}
          fullWidth
          mt={4}
          color={approve ? 'green' : 'red'}
          value={approve ? 'approve' : 'reject'}
          onChange={(value) => onApprove(value === 'approve')}
          data={[
            { value: 'approve', label: t(`${textPrefix}.approve`) },
            { value: 'reject', label: t(`${textPrefix}.reject`) },
          ]}
        />
      </Input.Wrapper>
      <Textarea label={t(`${textPrefix}.note`)} autosize minRows={2} maxLength={300} value={note} onChange={(event) => onNote(event.currentTarget.value)} />
    </>
  );
}
