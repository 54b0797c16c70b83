import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FileMatch } from '../../../shared/customers/customerTypes';
import { parseMobile } from '../../../shared/validation/mobile';
import { parseResidentId } from '../../../shared/validation/residentId';
import { parseVin } from '../../../shared/validation/vin';
import { useKedangQuery } from '../../api/useKedang';

/** What the form holds that another file may hold too. Only whole, valid values are asked about. */
export interface MatchProbe {
  phones: Array<{ number: string; kind: 'mobile' | 'other' }>;
  idType: string | null;
  idNumber: string;
  vins: string[];
  /** The file being edited, which of course holds its own values. */
  excludeId?: number;
}

const DEBOUNCE_MS = 400;

function askable(probe: MatchProbe) {
  const phones = probe.phones.map((p) => p.number.trim()).filter((n, i) => (probe.phones[i]!.kind === 'mobile' ? parseMobile(n).ok : n.replace(/\D/g, '').length >= 7));
  const id = probe.idNumber.trim();
  const idNumber = id && (probe.idType === 'resident' ? parseResidentId(id).ok : id.length >= 6) ? id : null;
  const vins = probe.vins.map((v) => v.trim()).filter((v) => parseVin(v).ok);
  return { phones, idNumber, vins, ...(probe.excludeId ? { excludeId: probe.excludeId } : {}) };
}

/**
 * Other files holding a phone, ID number or VIN typed here, asked while typing (after a pause) and
 * at once when `now` is set (a save was refused for it). Core names a file the user may not see by
 * archive number only.
 */
export function useFileMatches(probe: MatchProbe, now = false): FileMatch[] {
  const input = askable(probe);
  const [settled] = useDebouncedValue(JSON.stringify(input), DEBOUNCE_MS);
  const asked = now ? input : (JSON.parse(settled) as typeof input);
  const some = asked.phones.length > 0 || asked.idNumber !== null || asked.vins.length > 0;
  const matches = useKedangQuery('customers.matches', asked, { enabled: some, staleTime: 10_000, placeholderData: keepPreviousData });
  return some ? (matches.data ?? []) : [];
}

interface Props {
  matches: FileMatch[];
  /** A save was refused for these: say so, and offer to save anyway. */
  refused: boolean;
  onOpen: (customerId: number) => void;
  /** Saves with the matches acknowledged; absent where a second file is not allowed (one car, one file). */
  onSaveAnyway?: () => void;
  saving?: boolean;
  /** What to do instead, where a second file is not allowed. */
  instead?: string;
}

/**
 * 已有档案登记了相同的…: each matching file by archive number (its name only when core gives it), the
 * fields it shares, 打开 for a file the user may see, and 仍然保存 to keep a second file knowingly.
 */
export function FileMatches({ matches, refused, onOpen, onSaveAnyway, saving, instead }: Props) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  const fields = (m: FileMatch) => m.fields.map((f) => t(`customers.matches.fields.${f}`)).join(t('loans.listSeparator'));
  return (
    <Alert
      color={refused ? 'orange' : 'yellow'}
      variant="light"
      py="xs"
      role={refused ? 'alert' : 'status'}
      title={refused ? t('customers.matches.refused') : t('customers.matches.title')}
    >
      <List size="sm" spacing={2} listStyleType="none">
        {matches.slice(0, 5).map((m) => (
          <List.Item key={m.archiveNo}>
            <Group gap="xs" wrap="nowrap">
              <Text span ff="monospace" size="sm">
                {m.archiveNo}
              </Text>
              <Text span size="sm" c={m.name ? undefined : 'dimmed'}>
                {m.name ?? t('customers.matches.hidden')}
              </Text>
              <Text span size="sm">
                {t('customers.matches.same', { fields: fields(m) })}
              </Text>
              {m.customerId !== null && (
                <Anchor component="button" type="button" size="sm" c="indigo.9" fw={600} onClick={() => onOpen(m.customerId!)} aria-label={t('customers.matches.openOf', { archiveNo: m.archiveNo })}>
                  {t('customers.matches.open')}
                </Anchor>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {matches.length > 5 && (
        <Text size="xs" mt={2}>
          {t('customers.matches.more', { count: matches.length - 5 })}
        </Text>
      )}
      {instead && (
        <Text size="xs" mt={6}>
          {instead}
        </Text>
      )}
      {onSaveAnyway && (
        <Group justify="space-between" mt={6} wrap="nowrap">
          <Text size="xs">{t('customers.matches.hint')}</Text>
          <Button size="compact-sm" variant="default" loading={saving} onClick={onSaveAnyway}>
            {t('customers.matches.saveAnyway')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
