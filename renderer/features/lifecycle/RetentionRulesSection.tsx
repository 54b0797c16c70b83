import { useState } from 'react';
import { Checkbox, Group, Loader, MultiSelect, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { lifecycleKinds, retentionPolicySchema, type LifecycleKind, type RetentionPolicy } from '../../../shared/lifecycle/lifecycleTypes';
import { roles, type Role } from '../../../shared/roles/permissions';
import { useChannelAllowed } from '../../api/channelAccess';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { useRoleLabel } from '../../i18n/roleLabel';
import { SignOffDialog } from '../signoff/SignOffDialog';
import { useLifecycleCommand, useRetentionRules } from './lifecycleQueries';

const formFields = [
  ...[0, 1, 2, 3, 4].flatMap((i) => [`rules.${i}.months`, `rules.${i}.action`, `rules.${i}.enabled`]),
  'rules',
  'approvers.cleanup',
  'approvers.destruction',
];

/**
 * 清理与销毁规则: which files become candidates and who approves each kind. Everyone who works with
 * them reads them here; whoever may change settings edits them, and a second person holding
 * policy.approve countersigns, as with the loan rules.
 */
export function RetentionRulesSection() {
  const { t } = useTranslation();
  const rules = useRetentionRules();
  const editable = useChannelAllowed('lifecycle.updateRules');
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={4}>{t('lifecycle.rules.title')}</Title>
        <Text size="sm" c="dimmed">
          {editable ? t('lifecycle.rules.introEdit') : t('lifecycle.rules.introRead')}
        </Text>
        <ErrorNotice error={rules.error} />
        {rules.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {rules.data && (editable ? <RulesForm policy={rules.data} /> : <RulesInForce policy={rules.data} />)}
      </Stack>
    </Paper>
  );
}

/** The rules as text, for those who work under them but may not change them. */
function RulesInForce({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <Stack gap="sm">
      <Table withTableBorder verticalSpacing="xs" aria-label={t('lifecycle.rules.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lifecycle.rules.rule')}</Table.Th>
            <Table.Th>{t('lifecycle.rules.enabled')}</Table.Th>
            <Table.Th>{t('lifecycle.rules.months')}</Table.Th>
            <Table.Th>{t('lifecycle.rules.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policy.rules.map((rule) => (
            <Table.Tr key={rule.code} c={rule.enabled ? undefined : 'dimmed'}>
              <Table.Td>{t(`lifecycle.rule.${rule.code}`)}</Table.Td>
              <Table.Td>{rule.enabled ? t('lifecycle.rules.on') : t('lifecycle.rules.off')}</Table.Td>
              <Table.Td>{rule.months !== null ? `${rule.months}${t('lifecycle.rules.monthsSuffix')}` : '—'}</Table.Td>
              <Table.Td>{t(`lifecycle.kind.${rule.action}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {lifecycleKinds.map((kind) => (
        <Text key={kind} size="sm">
          {t(`lifecycle.rules.approvers.${kind}`)}：{policy.approvers[kind].map(roleLabel).join(' → ')}
        </Text>
      ))}
    </Stack>
  );
}

function RulesForm({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const form = useForm<RetentionPolicy>({ initialValues: policy, validate: (values) => schemaErrors(retentionPolicySchema, values) });
  const [pending, setPending] = useState<RetentionPolicy | null>(null);
  const save = useLifecycleCommand('lifecycle.updateRules');
  const values = form.getValues();
  const roleOptions = roles.map((role) => ({ value: role, label: roleLabel(role) }));
  const kindOptions = lifecycleKinds.map((kind) => ({ value: kind, label: t(`lifecycle.kind.${kind}`) }));

  return (
    <>
      <form noValidate onSubmit={form.onSubmit((next) => setPending(next))}>
        <Stack>
          <Table withTableBorder verticalSpacing={4} aria-label={t('lifecycle.rules.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lifecycle.rules.rule')}</Table.Th>
                <Table.Th>{t('lifecycle.rules.enabled')}</Table.Th>
                <Table.Th>{t('lifecycle.rules.months')}</Table.Th>
                <Table.Th>{t('lifecycle.rules.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {values.rules.map((rule, i) => {
                const name = t(`lifecycle.rule.${rule.code}`);
                return (
                  <Table.Tr key={rule.code}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      <Checkbox aria-label={t('lifecycle.rules.enabledOf', { name })} {...form.getInputProps(`rules.${i}.enabled`, { type: 'checkbox' })} />
                    </Table.Td>
                    <Table.Td>
                      {rule.months === null ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <NumberInput
                          size="xs"
                          w={120}
                          aria-label={t('lifecycle.rules.monthsOf', { name })}
                          disabled={!rule.enabled}
                          min={1}
                          max={600}
                          allowDecimal={false}
                          suffix={t('lifecycle.rules.monthsSuffix')}
                          {...form.getInputProps(`rules.${i}.months`)}
                          onChange={(months) => form.setFieldValue(`rules.${i}.months`, typeof months === 'number' ? months : 0)}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        w={140}
                        aria-label={t('lifecycle.rules.actionOf', { name })}
                        disabled={!rule.enabled}
                        allowDeselect={false}
                        data={kindOptions}
                        {...form.getInputProps(`rules.${i}.action`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group align="flex-start" grow>
            {lifecycleKinds.map((kind: LifecycleKind) => (
              <MultiSelect
                key={kind}
                label={t(`lifecycle.rules.approvers.${kind}`)}
                description={t('lifecycle.rules.approversHint')}
                data={roleOptions}
                {...form.getInputProps(`approvers.${kind}`)}
                onChange={(chosen) => form.setFieldValue(`approvers.${kind}`, chosen as Role[])}
              />
            ))}
          </Group>
          <ErrorNotice error={save.error} fields={formFields} />
          <FormActions onCancel={() => form.reset()} cancelLabel={t('lifecycle.rules.reset')} cancelDisabled={!form.isDirty()} saving={save.isPending} disabled={!form.isDirty()} />
        </Stack>
      </form>
      <SignOffDialog
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t('lifecycle.rules.signTitle')}
        request={t('lifecycle.rules.signRequest')}
        onSign={async (signOff) => {
          if (!pending) return;
          try {
            const saved = await save.mutateAsync({ policy: pending, signOff });
            form.setInitialValues(saved);
            form.setValues(saved);
            notifications.show({ color: 'green', message: t('lifecycle.rules.saved') });
          } catch (error) {
            form.setErrors(serverFieldErrors(error, formFields, 'policy.'));
            throw error;
          }
        }}
      />
    </>
  );
}
