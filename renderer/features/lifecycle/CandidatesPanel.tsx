import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LifecycleCandidate, LifecycleKind, RetentionRule, RetentionRuleCode } from '../../../shared/lifecycle/lifecycleTypes';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useCandidates, useRetentionRules } from './lifecycleQueries';
import { RequestDialog, type RequestOrder } from './RequestDialog';
import { useRuleText } from './useRuleText';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : null);

/** 清理与销毁: pick a retention rule, see the files it proposes today, ask to clean up or destroy some of them. */
export function CandidatesPanel({ onRequested }: { onRequested: () => void }) {
  const { t } = useTranslation();
  const rules = useRetentionRules();
  const ruleText = useRuleText();
  const [code, setCode] = useState<RetentionRuleCode | null>(null);
  // PIPL art. 47: a customer who asks for deletion needs no rule; the file is named in the dialog.
  const deleting = useDialogState<RequestOrder>();
  const enabled = (rules.data?.rules ?? []).filter((r) => r.enabled);
  const rule = enabled.find((r) => r.code === code) ?? enabled[0];

  if (rules.error) return <ErrorNotice error={rules.error} />;
  if (!rules.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('lifecycle.candidates.intro')}
      </Text>
      <Group justify="space-between" align="flex-end">
        {rule ? (
          <Select
            label={t('lifecycle.candidates.rule')}
            w={420}
            allowDeselect={false}
            data={enabled.map((r) => ({ value: r.code, label: ruleText(r) }))}
            value={rule.code}
            onChange={(value) => setCode(value as RetentionRuleCode)}
          />
        ) : (
          <Text size="sm">{t('lifecycle.candidates.noRules')}</Text>
        )}
        <Button variant="default" onClick={() => deleting.open({ kind: 'cleanup', rule: 'deletionRequested', files: [] })}>
          {t('lifecycle.candidates.deletionRequested')}
        </Button>
      </Group>
      {rule && <CandidateTable key={rule.code} rule={rule} onRequested={onRequested} />}
      <RequestDialog opened={deleting.opened} order={deleting.value} onClose={deleting.close} onRequested={onRequested} />
    </Stack>
  );
}

function CandidateTable({ rule, onRequested }: { rule: RetentionRule; onRequested: () => void }) {
  const { t } = useTranslation();
  const candidates = useCandidates(rule.code);
  const ruleText = useRuleText();
  const [picked, setPicked] = useState<number[]>([]);
  const requesting = useDialogState<RequestOrder>();
  const rows = candidates.data?.candidates ?? [];
  const chosen = rows.filter((row) => picked.includes(row.customerId));
  const all = rows.length > 0 && chosen.length === rows.length;
  const ask = (kind: LifecycleKind) =>
    requesting.open({ kind, rule: rule.code, files: chosen.map((c) => ({ customerId: c.customerId, archiveNo: c.archiveNo, name: c.name })) });
  const why = (row: LifecycleCandidate) =>
    rule.code === 'pastRetention' && row.retentionUntil ? t('lifecycle.candidates.retainedUntil', { date: day(row.retentionUntil) }) : ruleText(rule);

  if (candidates.error) return <ErrorNotice error={candidates.error} />;
  if (!candidates.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" role="status">
          {t('lifecycle.candidates.count', { total: candidates.data.total, picked: chosen.length })}
          {rule.action === 'destruction' ? t('lifecycle.candidates.proposesDestruction') : t('lifecycle.candidates.proposesCleanup')}
        </Text>
        <Group gap="xs">
          <Button variant={rule.action === 'cleanup' ? 'filled' : 'default'} disabled={chosen.length === 0} onClick={() => ask('cleanup')}>
            {t('lifecycle.candidates.askCleanup')}
          </Button>
          <Button variant={rule.action === 'destruction' ? 'filled' : 'default'} color="red" disabled={chosen.length === 0} onClick={() => ask('destruction')}>
            {t('lifecycle.candidates.askDestruction')}
          </Button>
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs" aria-label={t('lifecycle.candidates.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('lifecycle.candidates.pickAll')}
                  checked={all}
                  indeterminate={chosen.length > 0 && !all}
                  disabled={rows.length === 0}
                  onChange={() => setPicked(all ? [] : rows.map((r) => r.customerId))}
                />
              </Table.Th>
              <Table.Th>{t('lifecycle.candidates.archiveNo')}</Table.Th>
              <Table.Th>{t('lifecycle.candidates.name')}</Table.Th>
              <Table.Th>{t('lifecycle.candidates.category')}</Table.Th>
              <Table.Th>{t('lifecycle.candidates.why')}</Table.Th>
              <Table.Th>{t('lifecycle.candidates.lastContact')}</Table.Th>
              <Table.Th>{t('lifecycle.candidates.opened')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={7}>
                  <Text size="sm" c="dimmed" ta="center" py="sm">
                    {t('lifecycle.candidates.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.customerId}>
                <Table.Td>
                  <Checkbox
                    aria-label={t('lifecycle.candidates.pick', { archiveNo: row.archiveNo })}
                    checked={picked.includes(row.customerId)}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setPicked((now) => (on ? [...now, row.customerId] : now.filter((id) => id !== row.customerId)));
                    }}
                  />
                </Table.Td>
                <Table.Td ff="monospace">{row.archiveNo}</Table.Td>
                <Table.Td>{row.name ?? <Text span size="sm" c="dimmed">{t('lifecycle.hiddenName')}</Text>}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {t(`customers.vocab.category.${row.category}`)}
                    {row.status === 'invalid' && (
                      <Badge size="sm" color="gray" variant="light">
                        {t('customers.vocab.status.invalid')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{why(row)}</Table.Td>
                <Table.Td>{day(row.lastContactAt) ?? t('lifecycle.candidates.never')}</Table.Td>
                <Table.Td>{day(row.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RequestDialog
        opened={requesting.opened}
        order={requesting.value}
        onClose={requesting.close}
        onRequested={() => {
          setPicked([]);
          onRequested();
        }}
      />
    </Stack>
  );
}
