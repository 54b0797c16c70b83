import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditLine } from '../../../shared/audit/auditEntry';
import { useAuditWords } from './auditWords';

interface Props {
  entries: AuditLine[];
  label: string;
  /** The audit screen shows the sequence number and the target; a card's history is all about one file. */
  full?: boolean;
}

/** Audit entries as people read them: local time, who, the action's name (its code beneath), about what, and a sentence. */
export function AuditTable({ entries, label, full = false }: Props) {
  const { t } = useTranslation();
  const words = useAuditWords();
  const columns = full ? 6 : 4;
  return (
    <Table striped withTableBorder verticalSpacing={6} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          {full && <Table.Th w={70}>{t('audit.seq')}</Table.Th>}
          <Table.Th w={160}>{t('audit.at')}</Table.Th>
          <Table.Th w={120}>{t('audit.actor')}</Table.Th>
          <Table.Th w={190}>{t('audit.action')}</Table.Th>
          {full && <Table.Th w={190}>{t('audit.target')}</Table.Th>}
          <Table.Th>{t('audit.summary')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={columns}>
              <Text c="dimmed" size="sm" ta="center">
                {t('audit.empty')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {entries.map((entry) => (
          <Table.Tr key={entry.seq}>
            {full && <Table.Td ff="monospace">{entry.seq}</Table.Td>}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{words.time(entry.at)}</Table.Td>
            <Table.Td>{entry.actorName}</Table.Td>
            <Table.Td>
              <Text size="sm">{words.action(entry.action)}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {entry.action}
              </Text>
            </Table.Td>
            {full && (
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {words.target(entry)}
                </Text>
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {words.summary(entry)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
