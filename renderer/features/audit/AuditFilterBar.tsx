import { Autocomplete, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import zhCN from '../../i18n/zh-CN';
import { useUsers } from '../users/usersQueries';
import type { AuditFilters } from './auditQueries';

interface FilterValues {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  period: [string | null, string | null];
}

const blank: FilterValues = { actorId: '', action: '', targetType: '', targetId: '', period: [null, null] };

/** The action codes the app has names for; the filter matches an action exactly, so they are offered as you type. */
type ActionNames = { [key: string]: string | ActionNames };
const actionCodes = (names: ActionNames, prefix = ''): string[] =>
  Object.entries(names).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : actionCodes(value, `${prefix}${key}.`)));
const knownActions = actionCodes(zhCN.auditActions);

/** Whole days in local time, sent as ISO instants with the offset, as the contract asks. */
function toFilters(values: FilterValues): AuditFilters {
  const text = (value: string) => value.trim() || undefined;
  const actorId = Number(values.actorId);
  const [from, to] = values.period;
  return {
    ...(Number.isInteger(actorId) && actorId > 0 ? { actorId } : {}),
    ...(text(values.action) ? { action: text(values.action) } : {}),
    ...(text(values.targetType) ? { targetType: text(values.targetType) } : {}),
    ...(text(values.targetId) ? { targetId: text(values.targetId) } : {}),
    ...(from ? { from: dayjs(from).startOf('day').format() } : {}),
    ...(to ? { to: dayjs(to).endOf('day').format() } : {}),
  };
}

/** Actor is picked from the accounts when the viewer may list them, otherwise typed as an id. */
export function AuditFilterBar({ canListUsers, onApply }: { canListUsers: boolean; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const users = useUsers(canListUsers);
  const form = useForm<FilterValues>({ initialValues: blank });

  return (
    <form onSubmit={form.onSubmit((values) => onApply(toFilters(values)))}>
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
        <Button type="submit">{t('audit.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            form.setValues(blank);
            onApply({});
          }}
        >
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
