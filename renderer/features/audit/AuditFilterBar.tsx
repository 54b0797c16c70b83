import { useEffect } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { auditActions } from '../../../shared/audit/auditActionLabels';
import { FormActions } from '../../forms/FormActions';
import { useUsers } from '../users/usersQueries';
import type { AuditSearch } from './auditSearch';
import { useAuditWords } from './auditWords';

interface FilterValues {
  actorId: string;
  actorName: string;
  action: string | null;
  file: string;
  period: [string | null, string | null];
}

function valuesOf(search: AuditSearch): FilterValues {
  return {
    actorId: search.actor ? String(search.actor) : '',
    actorName: search.by ?? '',
    action: search.action ?? null,
    file: search.file ?? '',
    period: [search.from ?? null, search.to ?? null],
  };
}

function searchOf(values: FilterValues): AuditSearch {
  const actorId = Number(values.actorId);
  const [from, to] = values.period;
  const file = values.file.trim().toUpperCase();
  return {
    actor: Number.isInteger(actorId) && actorId > 0 ? actorId : undefined,
    by: values.actorName.trim() || undefined,
    action: values.action ?? undefined,
    file: file || undefined,
    from: from ? dayjs(from).format('YYYY-MM-DD') : undefined,
    to: to ? dayjs(to).format('YYYY-MM-DD') : undefined,
  };
}

/**
 * Who, what (by the action's name; its code is found too), which file (by archive number, as people
 * know it) and when; 查询 puts the filters in the address. The actor is picked from the accounts when
 * the viewer may list them, otherwise typed by name.
 */
export function AuditFilterBar({ canListUsers, search, onApply }: { canListUsers: boolean; search: AuditSearch; onApply: (search: AuditSearch) => void }) {
  const { t } = useTranslation();
  const words = useAuditWords();
  const users = useUsers(canListUsers);
  const form = useForm<FilterValues>({ initialValues: valuesOf(search) });
  // Back, forward or a link changes the address: the fields show what is applied.
  const applied = JSON.stringify(search);
  useEffect(() => {
    form.setValues(valuesOf(JSON.parse(applied) as AuditSearch));
    // Only a change of the applied filters resets what is typed.
  }, [applied]);
  const actions = auditActions.map((code) => ({ value: code, label: words.action(code) }));

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
          <TextInput label={t('audit.actor')} w={130} placeholder={t('audit.actorPlaceholder')} autoComplete="off" {...form.getInputProps('actorName')} />
        )}
        <Select
          label={t('audit.action')}
          w={210}
          clearable
          searchable
          placeholder={t('audit.actionPlaceholder')}
          data={actions}
          limit={30}
          // Typed text finds an action by its name or by its code (auth.login).
          filter={({ options, search: typed }) => {
            const q = typed.trim().toLowerCase();
            return q ? options.filter((o) => 'value' in o && (o.label.toLowerCase().includes(q) || o.value.toLowerCase().includes(q))) : options;
          }}
          {...form.getInputProps('action')}
        />
        <TextInput label={t('audit.archiveNo')} w={150} placeholder={t('audit.archiveNoPlaceholder')} autoComplete="off" {...form.getInputProps('file')} />
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
