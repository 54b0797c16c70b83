import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { ActionIcon, Button, Checkbox, Divider, Grid, Group, Input, SegmentedControl, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { customerFieldIssues, customerInputSchema, type CustomerInput } from '../../../shared/customers/customerSchemas';
import type { CustomerCard, PaperLocation } from '../../../shared/customers/customerTypes';
import { customerKinds, genders, idTypes, secrecyLevels, sourceChannels, type CustomerKind } from '../../../shared/customers/vocabularies';
import { parseCreditCode } from '../../../shared/validation/creditCode';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import { parseResidentId } from '../../../shared/validation/residentId';
import { AppDialog, useUnsavedChangesGuard } from '../../dialogs/AppDialog';
import { openConfirm } from '../../dialogs/confirm';
import { errorCode } from '../../forms/ErrorNotice';
import { DialogForm } from '../../dialogs/DialogForm';
import { FieldIssueText, schemaErrors, serverFieldErrors } from '../../forms/fieldIssues';
import { mandatory } from '../../forms/mandatory';
import { useCardCommand, useStaff } from './customerQueries';
import { FileMatches, useFileMatches } from './FileMatches';
import { useCategoryGrade } from './useCategoryGrade';

interface PhoneRow {
  number: string;
  kind: 'mobile' | 'other';
  /** A stored phone the editor keeps without seeing it: shown masked, sent back by id. */
  keepId?: number;
  masked?: string;
}

interface FormValues {
  kind: CustomerKind;
  name: string;
  gender: string | null;
  birthDate: string | null;
  idType: string | null;
  idNumber: string;
  /** Editing: clear the stored ID number instead of keeping it. */
  removeIdNumber: boolean;
  phones: PhoneRow[];
  wechat: string;
  email: string;
  address: string;
  region: string;
  occupation: string;
  creditCode: string;
  creditCodeChecksumConfirmed: boolean;
  legalRep: string;
  contactPerson: string;
  sourceChannel: string | null;
  category: string | null;
  grade: string | null;
  ownerId: string | null;
  secrecy: string;
  location: PaperLocation;
  retentionUntil: string | null;
  note: string;
  reason: string;
}

const locationParts = ['room', 'cabinet', 'shelf', 'box', 'folder'] as const;
const noLocation: PaperLocation = { room: '', cabinet: '', shelf: '', box: '', folder: '' };

/** The fields core may name in INVALID_INPUT for this form (after the `customer.` prefix). */
const formFields = [
  'kind', 'name', 'gender', 'birthDate', 'idType', 'idNumber', 'wechat', 'email', 'address', 'region', 'occupation', 'creditCode',
  'legalRep', 'contactPerson', 'sourceChannel', 'category', 'grade', 'ownerId', 'secrecy', 'retentionUntil', 'note',
  ...[0, 1, 2, 3, 4, 5].map((i) => `phones.${i}.number`),
  ...locationParts.map((part) => `location.${part}`),
];

function initialValues(card: CustomerCard | null, user: SessionUser): FormValues {
  const c = card?.customer;
  return {
    kind: c?.kind ?? 'person',
    name: c?.name ?? '',
    gender: c?.gender ?? null,
    birthDate: c?.birthDate ?? null,
    idType: c?.idType ?? null,
    idNumber: '',
    removeIdNumber: false,
    phones: c ? c.phones.map((p) => ({ number: '', kind: p.kind, keepId: p.id, masked: p.masked })) : [{ number: '', kind: 'mobile' }],
    wechat: c?.wechat ?? '',
    email: c?.email ?? '',
    address: c?.address ?? '',
    region: c?.region ?? '',
    occupation: c?.occupation ?? '',
    creditCode: c?.creditCode ?? '',
    creditCodeChecksumConfirmed: !!c?.creditCode,
    legalRep: c?.legalRep ?? '',
    contactPerson: c?.contactPerson ?? '',
    sourceChannel: c?.sourceChannel ?? null,
    category: c?.category ?? 'potential',
    grade: c?.grade ?? null,
    ownerId: c?.ownerId ? String(c.ownerId) : user.role === 'consultant' ? String(user.id) : null,
    secrecy: c?.secrecy ?? 'normal',
    location: c?.location ?? noLocation,
    retentionUntil: c?.retentionUntil ?? null,
    note: c?.note ?? '',
    reason: '',
  };
}

/** An edit that puts the paper file somewhere else: core asks why, so the form does too. */
function movesPaperFile(values: FormValues, card: CustomerCard | null): boolean {
  if (!card) return false;
  const hasLocation = locationParts.some((part) => values.location[part].trim());
  const l = values.location;
  const trimmed: PaperLocation = { room: l.room.trim(), cabinet: l.cabinet.trim(), shelf: l.shelf.trim(), box: l.box.trim(), folder: l.folder.trim() };
  return hasLocation && paperLocationText(trimmed) !== paperLocationText(card.customer.location);
}

/** The contract's input. A stored ID number left blank is kept (`keepIdNumber`): the editor only saw it masked. */
function toInput(values: FormValues, card: CustomerCard | null): CustomerInput {
  const person = values.kind === 'person';
  const keepIdNumber = !!card?.customer.idNumberMasked && values.idNumber.trim() === '' && !values.removeIdNumber;
  const hasLocation = locationParts.some((part) => values.location[part].trim());
  return {
    kind: values.kind,
    name: values.name,
    gender: person ? (values.gender as CustomerInput['gender']) : null,
    birthDate: person ? values.birthDate : null,
    idType: values.idType as CustomerInput['idType'],
    idNumber: keepIdNumber ? null : values.idNumber,
    keepIdNumber,
    phones: values.phones.map((p) => (p.keepId !== undefined ? { keepId: p.keepId, kind: p.kind } : { number: p.number, kind: p.kind })),
    wechat: values.wechat,
    email: values.email,
    address: values.address,
    region: values.region,
    occupation: person ? values.occupation : null,
    creditCode: person ? null : values.creditCode,
    creditCodeChecksumConfirmed: values.creditCodeChecksumConfirmed,
    legalRep: person ? null : values.legalRep,
    contactPerson: person ? null : values.contactPerson,
    sourceChannel: values.sourceChannel as CustomerInput['sourceChannel'],
    category: values.category as CustomerInput['category'],
    grade: values.grade as CustomerInput['grade'],
    ownerId: values.ownerId ? Number(values.ownerId) : null,
    secrecy: values.secrecy as CustomerInput['secrecy'],
    location: hasLocation ? values.location : null,
    retentionUntil: values.retentionUntil,
    note: values.note,
  };
}

interface Props {
  opened: boolean;
  /** The file being edited; null opens a new one. */
  card: CustomerCard | null;
  user: SessionUser;
  onClose: () => void;
  onSaved: (card: CustomerCard) => void;
}

/** 新建客户档案 / 编辑客户档案 in the app's dialog frame: the form scrolls, 保存 stays on screen. */
export function CustomerFormDialog({ opened, card, user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const title = card ? t('customers.form.editTitle', { name: card.customer.name }) : t('customers.form.createTitle');
  return (
    <AppDialog opened={opened} onClose={onClose} title={title} size="80rem">
      <CustomerForm card={card} user={user} onSaved={onSaved} />
    </AppDialog>
  );
}

/**
 * Create or edit a customer file in one keyboard-friendly form: Tab through the fields, Ctrl+Enter
 * saves from anywhere, Esc asks before throwing away changes. The shared schema checks each field as
 * core will; a failed save keeps everything typed and shows each problem under its field.
 */
function CustomerForm({ card, user, onSaved }: Omit<Props, 'opened' | 'onClose'>) {
  const { t } = useTranslation();
  const staff = useStaff();
  const navigate = useNavigate();
  const create = useCardCommand('customers.create');
  const update = useCardCommand('customers.update');
  const saving = card ? update : create;
  // A save refused because another file holds the same phone or ID number: the matches show at once, with 仍然保存.
  const [refused, setRefused] = useState(false);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: initialValues(card, user),
    validate: (values) => {
      const input = toInput(values, card);
      const errors: FormErrors = {};
      // Empty required selects say "required", not zod's "invalid option".
      for (const name of ['sourceChannel', 'category'] as const) if (!values[name]) errors[name] = <FieldIssueText issue={{ code: 'REQUIRED' }} />;
      for (const found of customerFieldIssues(input)) errors[found.path.join('.')] ??= <FieldIssueText issue={{ code: found.code }} />;
      if (movesPaperFile(values, card) && !values.reason.trim()) errors['reason'] = <FieldIssueText issue={{ code: 'MOVE_REASON_REQUIRED' }} />;
      return { ...schemaErrors(customerInputSchema, input), ...errors };
    },
  });
  useUnsavedChangesGuard(() => form.isDirty());
  const categoryGrade = useCategoryGrade(form);
  const values = form.getValues();
  const person = values.kind === 'person';
  // A code whose check character fails is asked about, not refused: some early pilot codes fail it.
  const credit = values.creditCode.trim() ? parseCreditCode(values.creditCode) : null;
  const creditCodeWarning = !!credit?.ok && !credit.checksumValid;

  const matches = useFileMatches(
    {
      phones: values.phones.filter((p) => p.keepId === undefined).map((p) => ({ number: p.number, kind: p.kind })),
      idType: values.idType,
      idNumber: values.removeIdNumber ? '' : values.idNumber,
      vins: [],
      ...(card ? { excludeId: card.customer.id } : {}),
    },
    refused,
  );
  const duplicateRefusal = errorCode(saving.error) === 'CUSTOMER_DUPLICATE' && matches.length > 0;

  /** Opens a matching file; what is typed here would be lost, so that is asked first. */
  const openFile = (id: number) => {
    const go = () => void navigate({ to: '/customers/$customerId', params: { customerId: id }, search: {} });
    if (!form.isDirty()) return go();
    openConfirm({ title: t('dialogs.discardTitle'), message: t('customers.matches.discardToOpen'), confirmLabel: t('dialogs.discard'), cancelLabel: t('dialogs.keepEditing'), color: 'red', onConfirm: go });
  };

  const save = (valid: FormValues, allowDuplicates: boolean) => {
    const customer = toInput(valid, card);
    const done = (saved: CustomerCard) => {
      notifications.show({ color: 'green', message: t(card ? 'customers.form.saved' : 'customers.form.created', { archiveNo: saved.customer.archiveNo, name: saved.customer.name }) });
      // Saved: nothing is left unsaved, so closing must not ask.
      form.resetDirty();
      onSaved(saved);
    };
    const failed = (error: Error) => {
      setRefused(errorCode(error) === 'CUSTOMER_DUPLICATE');
      form.setErrors({ ...serverFieldErrors(error, formFields, 'customer.'), ...serverFieldErrors(error, ['reason']) });
    };
    if (card) update.mutate({ id: card.customer.id, version: card.customer.version, customer, allowDuplicates, ...(valid.reason.trim() ? { reason: valid.reason.trim() } : {}) }, { onSuccess: done, onError: failed });
    else create.mutate({ customer, allowDuplicates }, { onSuccess: done, onError: failed });
  };
  const submit = form.onSubmit((valid) => save(valid, false));
  const saveAnyway = () => form.onSubmit((valid) => save(valid, true))();

  const onIdBlur = () => {
    if (values.idType !== 'resident' || !values.idNumber.trim()) return;
    const parsed = parseResidentId(values.idNumber);
    if (!parsed.ok) return;
    // The ID settles birth date and gender; fill them so the cross-check cannot fail on a typo.
    if (!values.birthDate || !values.gender) {
      form.setValues({ birthDate: values.birthDate ?? parsed.birthDate, gender: values.gender ?? parsed.gender });
      notifications.show({ message: t('customers.form.idDerived') });
    }
  };
  const option = (group: string) => (value: string) => ({ value, label: t(`customers.vocab.${group}.${value}`) });
  const field = (name: keyof FormValues) => form.getInputProps(name);

  return (
    <DialogForm
      onSubmit={submit}
      saving={saving.isPending}
      error={duplicateRefusal ? null : saving.error}
      fields={formFields}
      prefix="customer."
      submitTitle={t('customers.form.saveShortcut')}
      notice={<FileMatches matches={matches} refused={duplicateRefusal} onOpen={openFile} onSaveAnyway={saveAnyway} saving={saving.isPending} />}
    >
      <Stack gap="md">
        <Group align="flex-end">
          <SegmentedControl aria-label={t('customers.fields.kind')} data={customerKinds.map(option('kind'))} value={values.kind} onChange={(kind) => form.setFieldValue('kind', kind as CustomerKind)} />
        </Group>
        <Divider label={t('customers.card.sections.identity')} labelPosition="left" />
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput label={t('customers.fields.name')} {...mandatory} data-autofocus maxLength={100} {...field('name')} />
          </Grid.Col>
          {person ? (
            <>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <Select label={t('customers.fields.gender')} clearable data={genders.map(option('gender'))} {...field('gender')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <DateInput label={t('customers.fields.birthDate')} valueFormat="YYYY-MM-DD" clearable maxDate={new Date()} {...field('birthDate')} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <TextInput label={t('customers.fields.occupation')} {...field('occupation')} />
              </Grid.Col>
            </>
          ) : (
            <>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <TextInput label={t('customers.fields.creditCode')} {...mandatory} {...field('creditCode')} />
                {creditCodeWarning && (
                  <Checkbox mt={6} size="xs" label={t('customers.fields.creditCodeConfirm')} {...form.getInputProps('creditCodeChecksumConfirmed', { type: 'checkbox' })} />
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <TextInput label={t('customers.fields.legalRep')} {...field('legalRep')} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 2 }}>
                <TextInput label={t('customers.fields.contactPerson')} {...field('contactPerson')} />
              </Grid.Col>
            </>
          )}
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Select label={t('customers.fields.idType')} clearable data={idTypes.map(option('idType'))} {...field('idType')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <TextInput
              label={t('customers.fields.idNumber')}
              autoComplete="off"
              placeholder={card?.customer.idNumberMasked ?? undefined}
              description={card?.customer.idNumberMasked ? t('customers.form.keepIdHint') : undefined}
              disabled={values.removeIdNumber}
              {...field('idNumber')}
              onBlur={(event) => {
                form.getInputProps('idNumber').onBlur?.(event);
                onIdBlur();
              }}
            />
            {card?.customer.idNumberMasked && (
              <Checkbox mt={6} size="xs" label={t('customers.form.removeId')} {...form.getInputProps('removeIdNumber', { type: 'checkbox' })} />
            )}
          </Grid.Col>
        </Grid>

        <Divider label={t('customers.card.sections.contact')} labelPosition="left" />
        {/* Each phone row needs its number: the group says so with the asterisk every required field has. */}
        <Input.Wrapper label={t('customers.fields.phones')} withAsterisk={values.phones.some((phone) => phone.keepId === undefined)} labelElement="div">
          <Stack gap="xs" mt={4} role="group" aria-label={t('customers.fields.phones')}>
            {values.phones.map((phone, index) => (
              <Group key={phone.keepId ?? `new-${index}`} align="flex-start" wrap="nowrap">
                <Select w={130} aria-label={t('customers.fields.phoneKind')} allowDeselect={false} data={(['mobile', 'other'] as const).map(option('phoneKind'))} {...form.getInputProps(`phones.${index}.kind`)} />
                {phone.keepId !== undefined ? (
                  <TextInput style={{ flex: 1 }} aria-label={`${t('customers.fields.phoneNumber')} ${index + 1}`} value={phone.masked ?? ''} readOnly variant="filled" />
                ) : (
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={`${t('customers.fields.phoneNumber')} ${index + 1}`}
                    aria-required
                    placeholder="138 0013 8000"
                    autoComplete="off"
                    inputMode="tel"
                    {...form.getInputProps(`phones.${index}.number`)}
                  />
                )}
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={`${t('customers.fields.removePhone')} ${index + 1}`} onClick={() => form.removeListItem('phones', index)}>
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="light" disabled={values.phones.length >= 6} onClick={() => form.insertListItem('phones', { number: '', kind: 'mobile' })}>
                {t('customers.fields.addPhone')}
              </Button>
            </Group>
          </Stack>
        </Input.Wrapper>
        <Grid>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <TextInput label={t('customers.fields.wechat')} {...field('wechat')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <TextInput label={t('customers.fields.email')} inputMode="email" autoComplete="off" {...field('email')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput label={t('customers.fields.region')} {...field('region')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput label={t('customers.fields.address')} {...field('address')} />
          </Grid.Col>
        </Grid>

        <Divider label={t('customers.card.sections.sales')} labelPosition="left" />
        <Grid>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Select label={t('customers.fields.sourceChannel')} {...mandatory} data={sourceChannels.map(option('sourceChannel'))} {...field('sourceChannel')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Select {...categoryGrade.category} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Select {...categoryGrade.grade} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Select
              label={t('customers.fields.ownerId')}
              clearable
              searchable
              disabled={user.role === 'consultant'}
              placeholder={t('customers.form.noOwner')}
              data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName }))}
              {...field('ownerId')}
            />
          </Grid.Col>
        </Grid>

        <Divider label={t('customers.card.sections.archive')} labelPosition="left" />
        <Grid>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <Select label={t('customers.fields.secrecy')} allowDeselect={false} data={secrecyLevels.map(option('secrecy'))} {...field('secrecy')} />
          </Grid.Col>
          {locationParts.map((part) => (
            <Grid.Col key={part} span={{ base: 4, md: part === 'room' ? 2 : 1.5 }}>
              <TextInput label={t(`customers.fields.${part}`)} {...form.getInputProps(`location.${part}`)} />
            </Grid.Col>
          ))}
          <Grid.Col span={{ base: 6, md: 2 }}>
            <DateInput label={t('customers.fields.retentionUntil')} valueFormat="YYYY-MM-DD" clearable {...field('retentionUntil')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t('customers.fields.note')} autosize minRows={2} maxRows={6} {...field('note')} />
          </Grid.Col>
          {card && (
            <Grid.Col span={12}>
              {movesPaperFile(values, card) ? (
                <TextInput label={t('customers.form.moveReason')} {...mandatory} maxLength={200} {...field('reason')} />
              ) : (
                <TextInput label={t('customers.form.updateReason')} maxLength={200} {...field('reason')} />
              )}
            </Grid.Col>
          )}
        </Grid>
      </Stack>
    </DialogForm>
  );
}
