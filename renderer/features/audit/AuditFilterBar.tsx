import { useEffect } from 'react';
import { Autocomplete, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../forms/FormActions';
import auditZhCN from './i18n.zh-CN';
import { useUsers } from '../users/usersQueries';
import type { AuditSearch } from './auditSearch';

interface FilterValues {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  period: [string | null, string | null];
}

/** The action codes the app has names for; the filter matches an action exactly, so they are offered as you type. */
type ActionNames = { [key: string]: string | ActionNames };
const actionCodes = (names: ActionNames, prefix = ''): string[] =>
  Object.entries(names).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : actionCodes(value, `${prefix}${key}.`)));
const knownActions = actionCodes(auditZhCN.auditActions);

function valuesOf(search: AuditSearch): FilterValues {
  return {
    actorId: search.actor ? String(search.actor) : '',
    action: search.action ?? '',
    targetType: search.targetType ?? '',
    targetId: search.targetId ?? '',
    period: [search.from ?? null, search.to ?? null],
  };
}

function searchOf(values: FilterValues): AuditSearch {
  const text = (value: string) => value.trim() || undefined;
  const actorId = Number(values.actorId);
  const [from, to] = values.period;
  return {
    actor: Number.isInteger(actorId) && actorId > 0 ? actorId : undefined,
    action: text(values.action),
    targetType: text(values.targetType),
    targetId: text(values.targetId),
    from: from ? dayjs(from).format('YYYY-MM-DD') : undefined,
    to: to ? dayjs(to).format('YYYY-MM-DD') : undefined,
  };
}

/** Actor is picked from the accounts when the viewer may list them, otherwise typed as an id; 查询 puts the filters in the address. */
export function AuditFilterBar({ canListUsers, search, onApply }: { canListUsers: boolean; search: AuditSearch; onApply: (search: AuditSearch) => void }) {
  const { t } = useTranslation();
  const users = useUsers(canListUsers);
  const form = useForm<FilterValues>({ initialValues: valuesOf(search) });
  // Back, forward or a link changes the address: the fields show what is applied.
  const applied = JSON.stringify(search);
  useEffect(() => {
    form.setValues(valuesOf(JSON.parse(applied) as AuditSearch));
    // Only a change of the applied filters resets what is typed.
  }, [applied]);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onApply(searchOf(values)))}>
      <Group align="flex-end" gap="sm">
        {canListUsers ? (
          <Select
            label={t('audit.actor')}
            w={150}
            clearable
            searchable
            data={(users.data ?? []).map((u) => ({ value: String(u.id), label: `${u.displayName}（${u.username}）` }))}
            value={form.getValues().actorId || null}
            onChange={(value) => form.setFieldValue('actorId', value ?? '')}
          />
        ) : (
          <NumberInput
            label={t('audit.actorId')}
            w={110}
            min={1}
            allowDecimal={false}
            value={form.getValues().actorId}
            onChange={(value) => form.setFieldValue('actorId', String(value))}
          />
        )}
        <Autocomplete
          label={t('audit.action')}
          w={160}
          placeholder="auth.login"
          data={knownActions}
          limit={20}
          renderOption={({ option }) => (
            <Stack gap={0}>
              <Text size="sm">{t(`auditActions.${option.value}`)}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {option.value}
              </Text>
            </Stack>
          )}
          {...form.getInputProps('action')}
        />
        <TextInput label={t('audit.targetType')} w={100} placeholder="user" {...form.getInputProps('targetType')} />
        <TextInput label={t('audit.targetId')} w={90} {...form.getInputProps('targetId')} />
        <DatePickerInput
          type="range"
          label={t('audit.period')}
          w={230}
          valueFormat="YYYY-MM-DD"
          monthLabelFormat={t('audit.monthLabelFormat')}
          allowSingleDateInRange
          clearable
          {...form.getInputProps('period')}
        />
        <FormActions
          submitLabel={t('audit.apply')}
          onCancel={() => {
            form.setValues(valuesOf({}));
            onApply({});
          }}
          cancelLabel={t('audit.clear')}
          cancelDisabled={false}
        />
      </Group>
    </form>
  );
}
