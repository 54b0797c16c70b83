import { useState } from 'react';
import { Button, Grid, Group, Input, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import type { Role } from '../../../shared/roles/permissions';
import { departments, loanKinds, type Department, type LoanKind } from '../../../shared/loans/loanPolicy';
import { loanCreateSchema, type LoanRequest } from '../../../shared/loans/loanTypes';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { FilePicker, type PickedFile } from './FilePicker';
import { LoanPolicyHint } from './LoanPolicyHint';
import { useLoanCommand } from './loanQueries';
import { mandatory } from '../../forms/mandatory';

interface FormValues {
  department: Department;
  kind: LoanKind;
  purpose: string;
  reason: string;
  files: PickedFile[];
  /** DateTimePicker's local `YYYY-MM-DD HH:mm:ss`. */
  startAt: string | null;
  endAt: string | null;
}

/** The fields core may name in a field-level error for this form (customerIds shows under the file list). */
const formFields = ['department', 'kind', 'purpose', 'reason', 'customerIds', 'startAt', 'endAt'] as const;
const pickerFormat = 'YYYY-MM-DD HH:mm:ss';
const quickPeriods = [
  { minutes: 4 * 60, unit: 'hours', count: 4 },
  { minutes: 24 * 60, unit: 'days', count: 1 },
  { minutes: 2 * 24 * 60, unit: 'days', count: 2 },
  { minutes: 3 * 24 * 60, unit: 'days', count: 3 },
] as const;

const roleDepartment: Partial<Record<Role, Department>> = { consultant: 'sales', salesManager: 'sales', serviceManager: 'service', generalManager: 'management', archiveAdmin: 'archive' };

/** The contract's input, with local picker times as ISO instants carrying their offset. */
function toInput(values: FormValues, submit: boolean) {
  const when = (value: string | null) => (value ? dayjs(value).format() : undefined);
  return {
    department: values.department,
    kind: values.kind,
    purpose: values.purpose,
    reason: values.reason,
    customerIds: values.files.map((file) => file.id),
    startAt: when(values.startAt),
    endAt: when(values.endAt),
    submit,
  };
}

function minutesOf(values: FormValues): number | null {
  if (!values.startAt || !values.endAt) return null;
  return Math.round(dayjs(values.endAt).diff(dayjs(values.startAt), 'minute', true));
}

export function LoanRequestForm({ user, onCreated }: { user: SessionUser; onCreated: (loan: LoanRequest) => void }) {
  const { t } = useTranslation();
  const initial = (): FormValues => {
    const start = dayjs().second(0);
    return {
      department: roleDepartment[user.role] ?? 'sales',
      kind: 'view',
      purpose: '',
      reason: '',
      files: [],
      startAt: start.format(pickerFormat),
      endAt: start.add(4, 'hour').format(pickerFormat),
    };
  };
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initial(),
    validate: (values) => {
      const errors = schemaErrors(loanCreateSchema, toInput(values, true));
      const { customerIds, ...rest } = errors;
      if (values.startAt && values.endAt && !dayjs(values.endAt).isAfter(dayjs(values.startAt))) rest.endAt = t('loans.form.endBeforeStart');
      return customerIds ? { ...rest, files: customerIds } : rest;
    },
  });
  const create = useLoanCommand('loans.create');
  const [asDraft, setAsDraft] = useState(false);
  const values = form.getValues();

  const send = (submit: boolean) =>
    form.onSubmit((valid) => {
      setAsDraft(!submit);
      create.mutate(toInput(valid, submit) as Parameters<typeof create.mutate>[0], {
        onSuccess: (loan) => {
          notifications.show({ color: 'green', message: t(submit ? 'loans.form.submitted' : 'loans.form.savedDraft', { id: loan.id }) });
          form.setValues({ ...initial(), department: valid.department });
          form.resetDirty();
          create.reset();
          onCreated(loan);
        },
        onError: (error) => {
          const { customerIds, ...errors } = serverFieldErrors(error, formFields);
          form.setErrors(customerIds ? { ...errors, files: customerIds } : errors);
        },
      });
    });

  const setPeriod = (minutes: number) => {
    const start = values.startAt ? dayjs(values.startAt) : dayjs().second(0);
    form.setValues({ startAt: start.format(pickerFormat), endAt: start.add(minutes, 'minute').format(pickerFormat) });
  };

  return (
    <form noValidate onSubmit={send(true)}>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Group grow align="flex-start">
              <Select
                label={t('loans.form.department')}
                {...mandatory}
                allowDeselect={false}
                data={departments.map((d) => ({ value: d, label: t(`loans.departments.${d}`) }))}
                {...form.getInputProps('department')}
              />
              <Input.Wrapper label={t('loans.form.kind')} withAsterisk error={form.errors.kind}>
                <SegmentedControl
                  aria-label={t('loans.form.kind')}
                  fullWidth
                  mt={4}
                  data={loanKinds.map((k) => ({ value: k, label: t(`loans.kinds.${k}`) }))}
                  value={values.kind}
                  onChange={(kind) => form.setFieldValue('kind', kind as LoanKind)}
                />
              </Input.Wrapper>
            </Group>
            <TextInput label={t('loans.form.purpose')} placeholder={t('loans.form.purposePlaceholder')} {...mandatory} {...form.getInputProps('purpose')} />
            <Textarea label={t('loans.form.reason')} placeholder={t('loans.form.reasonPlaceholder')} {...mandatory} autosize minRows={2} {...form.getInputProps('reason')} />
            <FilePicker value={values.files} onChange={(files) => form.setFieldValue('files', files)} error={form.errors.files} />
            <Group grow align="flex-start">
              <DateTimePicker label={t('loans.form.startAt')} withAsterisk valueFormat="YYYY-MM-DD HH:mm" {...form.getInputProps('startAt')} />
              <DateTimePicker label={t('loans.form.endAt')} withAsterisk valueFormat="YYYY-MM-DD HH:mm" {...form.getInputProps('endAt')} />
            </Group>
            <Group gap="xs" role="group" aria-label={t('loans.form.quickPeriod')}>
              <Input.Label size="sm" c="dimmed" fw={400}>
                {t('loans.form.quickPeriod')}
              </Input.Label>
              {quickPeriods.map((p) => (
                <Button key={p.minutes} size="compact-sm" variant={minutesOf(values) === p.minutes ? 'filled' : 'default'} onClick={() => setPeriod(p.minutes)}>
                  {t(`loans.period.${p.unit}`, { count: p.count })}
                </Button>
              ))}
            </Group>
            <ErrorNotice error={create.error} fields={formFields} />
            <FormActions
              submitLabel={t('loans.form.submit')}
              saving={create.isPending && !asDraft}
              disabled={create.isPending && asDraft}
              secondary={
                <Button variant="default" loading={create.isPending && asDraft} disabled={create.isPending && !asDraft} onClick={() => send(false)()}>
                  {t('loans.form.saveDraft')}
                </Button>
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <LoanPolicyHint kind={values.kind} department={values.department} levels={values.files.map((f) => f.secrecy)} minutes={minutesOf(values)} />
        </Grid.Col>
      </Grid>
    </form>
  );
}
