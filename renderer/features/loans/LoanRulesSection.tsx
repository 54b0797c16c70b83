import { useState } from 'react';
import { Button, Checkbox, Group, Loader, MultiSelect, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { roles, type Role } from '../../../shared/roles/permissions';
import { secrecyLevels } from '../../../shared/customers/vocabularies';
import { loanKinds, loanPolicySchema, type Approver } from '../../../shared/loans/loanPolicy';
import { loanSettingsSchema, type LoanRules } from '../../../shared/loans/loanTypes';
import { queryKey } from '../../api/queryKey';
import { useKedangMutation } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useRoleLabel } from '../../i18n/roleLabel';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { useLoanRules } from './loanQueries';

const rulesSchema = z.object({ policy: loanPolicySchema, settings: loanSettingsSchema });
const cells = secrecyLevels.flatMap((level) => loanKinds.map((kind) => [level, kind] as const));
const formFields = [
  ...cells.flatMap(([level, kind]) => ['allowed', 'maxMinutes', 'steps', 'steps.0', 'steps.1', 'steps.2', 'steps.3', 'direct'].map((f) => `policy.${level}.${kind}.${f}`)),
  'settings.firstReminderHours',
  'settings.secondReminderHours',
];

/** 借阅规定 in the settings: the policy table (level × kind) and the overdue reminders, replaced as a whole, countersigned and audited cell by cell. */
export function LoanRulesSection() {
  const { t } = useTranslation();
  const rules = useLoanRules();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('loans.rules.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('loans.rules.intro')}
        </Text>
        <ErrorNotice error={rules.error} />
        {rules.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {rules.data && <RulesForm rules={rules.data} />}
      </Stack>
    </Paper>
  );
}

function RulesForm({ rules }: { rules: LoanRules }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const queryClient = useQueryClient();
  const form = useForm<LoanRules>({ initialValues: rules, validate: (values) => schemaErrors(rulesSchema, values) });
  // Saving asks a second person (holding policy.approve) to countersign in the dialog.
  const [pending, setPending] = useState<LoanRules | null>(null);
  const save = useKedangMutation('loans.updateRules', {
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey('loans.rules', {}), saved);
      form.setInitialValues(saved);
      form.setValues(saved);
      notifications.show({ color: 'green', message: t('loans.rules.saved') });
    },
    onError: (error) => form.setErrors(serverFieldErrors(error, formFields)),
  });
  const approverOptions = [{ value: 'departmentHead', label: t('loans.rules.departmentHead') }, ...roles.map((role) => ({ value: role, label: roleLabel(role) }))];
  const values = form.getValues();

  return (
    <>
    <form noValidate onSubmit={form.onSubmit((values) => setPending(values))}>
      <Stack>
        <Table withTableBorder verticalSpacing={4} aria-label={t('loans.rules.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loans.rules.level')}</Table.Th>
              <Table.Th>{t('loans.rules.kind')}</Table.Th>
              <Table.Th>{t('loans.rules.allowed')}</Table.Th>
              <Table.Th>{t('loans.rules.maxHours')}</Table.Th>
              <Table.Th>{t('loans.rules.steps')}</Table.Th>
              <Table.Th>{t('loans.rules.direct')}</Table.Th>
              <Table.Th>{t('loans.rules.archiveRoomOnly')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map(([level, kind]) => {
              const path = `policy.${level}.${kind}`;
              const rule = values.policy[level][kind];
              const name = `${t(`loans.secrecy.${level}`)}${t(`loans.kinds.${kind}`)}`;
              return (
                <Table.Tr key={path}>
                  <Table.Td>{t(`loans.secrecy.${level}`)}</Table.Td>
                  <Table.Td>{t(`loans.kinds.${kind}`)}</Table.Td>
                  <Table.Td>
                    <Checkbox aria-label={t('loans.rules.allowedOf', { name })} {...form.getInputProps(`${path}.allowed`, { type: 'checkbox' })} />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      size="xs"
                      w={100}
                      aria-label={t('loans.rules.maxHoursOf', { name })}
                      disabled={!rule.allowed}
                      min={0}
                      max={720}
                      decimalScale={2}
                      value={rule.maxMinutes / 60}
                      error={form.errors[`${path}.maxMinutes`]}
                      onChange={(hours) => form.setFieldValue(`${path}.maxMinutes`, Math.round(Number(hours || 0) * 60))}
                    />
                  </Table.Td>
                  <Table.Td miw={260}>
                    <Stack gap={4}>
                      {rule.steps.map((step, i) => (
                        <Group key={i} gap={4} wrap="nowrap">
                          <MultiSelect
                            size="xs"
                            flex={1}
                            aria-label={t('loans.rules.stepOf', { name, n: i + 1 })}
                            placeholder={t('loans.rules.stepN', { n: i + 1 })}
                            disabled={!rule.allowed}
                            data={approverOptions}
                            value={step}
                            error={form.errors[`${path}.steps.${i}`]}
                            onChange={(approvers) => form.setFieldValue(`${path}.steps.${i}`, approvers as Approver[])}
                          />
                          {rule.steps.length > 1 && (
                            <Button size="compact-xs" variant="subtle" color="red" aria-label={t('loans.rules.removeStepOf', { name, n: i + 1 })} onClick={() => form.removeListItem(`${path}.steps`, i)}>
                              {t('loans.rules.removeStep')}
                            </Button>
                          )}
                        </Group>
                      ))}
                      {rule.allowed && rule.steps.length < 4 && (
                        <Button size="compact-xs" variant="subtle" onClick={() => form.insertListItem(`${path}.steps`, [])} aria-label={t('loans.rules.addStepOf', { name })}>
                          {t('loans.rules.addStep')}
                        </Button>
                      )}
                      {form.errors[`${path}.steps`] && (
                        <Text size="xs" c="red">
                          {form.errors[`${path}.steps`]}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td miw={150}>
                    <MultiSelect
                      size="xs"
                      aria-label={t('loans.rules.directOf', { name })}
                      disabled={!rule.allowed}
                      data={roles.map((role) => ({ value: role, label: roleLabel(role) }))}
                      value={rule.direct ?? []}
                      onChange={(direct) => form.setFieldValue(`${path}.direct`, direct as Role[])}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox aria-label={t('loans.rules.archiveRoomOnlyOf', { name })} disabled={!rule.allowed} {...form.getInputProps(`${path}.archiveRoomOnly`, { type: 'checkbox' })} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group align="flex-end">
          <NumberInput label={t('loans.rules.firstReminder')} min={1} max={720} allowDecimal={false} w={200} {...form.getInputProps('settings.firstReminderHours')} />
          <NumberInput label={t('loans.rules.secondReminder')} min={1} max={1440} allowDecimal={false} w={200} {...form.getInputProps('settings.secondReminderHours')} />
          <Checkbox mb={8} label={t('loans.rules.blockWhenOverdue')} {...form.getInputProps('settings.blockWhenOverdue', { type: 'checkbox' })} />
        </Group>
        <ErrorNotice error={save.error} fields={formFields} />
        <FormActions onCancel={() => form.reset()} cancelLabel={t('loans.rules.reset')} cancelDisabled={!form.isDirty()} saving={save.isPending} disabled={!form.isDirty()} />
      </Stack>
    </form>
      <SignOffDialog
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('loans.rules.signTitle')}
        request={t('loans.rules.signRequest')}
        onSign={async (signOff) => {
          if (pending) await save.mutateAsync({ ...pending, signOff });
        }}
      />
    </>
  );
}
