import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import type { SessionUser } from '../../../shared/app/status';
import { AnchorLink } from '../../routing/links';
import type { CustomerCard } from '../../../shared/customers/customerTypes';
import { KedangError } from '../../../shared/contract/errors';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { ArchiveRoomNotice } from './ArchiveRoomNotice';
import { AuditTable } from '../audit/AuditTable';
import { SecrecyBadge } from '../loans/LoanBadges';
import { LoanOutBadge } from '../loans/LoanOutBadge';
import { FileRestriction } from '../lifecycle/FileRestriction';
import { GradeDialog, MoveFileDialog } from './CardDialogs';
import { FollowUpBadge } from './CustomerBadges';
import { CustomerFormDialog } from './CustomerForm';
import { useCustomerCard, useCustomerHistory } from './customerQueries';
import { cardTabs, type CardTab } from './customerSearch';
import { MaskedValue } from './MaskedValue';
import { PrintCardButton } from './PrintCardButton';
import { AttachmentsTab, ConsentsTab, ContactsTab, FeedbackTab, IntentionsTab, ServicesTab, VehiclesTab } from './records';

type Dialog = 'edit' | 'grade' | 'move' | null;
const recordTabs = [
  ['vehicles', VehiclesTab],
  ['intentions', IntentionsTab],
  ['contacts', ContactsTab],
  ['services', ServicesTab],
  ['feedback', FeedbackTab],
  ['attachments', AttachmentsTab],
  ['consents', ConsentsTab],
] as const;

const nowrap = { whiteSpace: 'nowrap' } as const;
const dateTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : null);

interface Props {
  id: number;
  user: SessionUser;
  /** The open tab, from the address (#/customers/12?tab=vehicles). */
  tab: CardTab;
  onTab: (tab: CardTab) => void;
  onBack: () => void;
}

/** The customer card (客户档案卡): the file with its badges and an incomplete-card warning, then one tab per kind of record. */
export function CustomerCardPage({ id, user, tab, onTab, onBack }: Props) {
  const { t } = useTranslation();
  const card = useCustomerCard(id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = user.permissions.includes('customer.write');

  if (card.error instanceof KedangError && card.error.code === 'FILE_ARCHIVE_ROOM_ONLY') {
    const grant = card.error.details?.['grantId'];
    return <ArchiveRoomNotice id={id} grantId={typeof grant === 'number' ? grant : null} user={user} onBack={onBack} />;
  }
  if (card.error) {
    return (
      <Stack>
        <Anchor component="button" onClick={onBack} w="fit-content">
          ← {t('customers.card.back')}
        </Anchor>
        <ErrorNotice error={card.error} />
      </Stack>
    );
  }
  if (!card.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const c = card.data.customer;

  return (
    <Stack gap="md">
      <Anchor component="button" onClick={onBack} w="fit-content" size="sm">
        ← {t('customers.card.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{c.name}</Title>
            <Text ff="monospace" c="dimmed">
              {c.archiveNo}
            </Text>
          </Group>
          <Group gap={6}>
            <Badge variant="outline" tt="none">
              {t(`customers.vocab.kind.${c.kind}`)}
            </Badge>
            <Badge variant="light" tt="none">
              {t(`customers.vocab.category.${c.category}`)}
              {c.grade ? ` · ${t(`customers.vocab.grade.${c.grade}`)}` : ''}
            </Badge>
            <SecrecyBadge level={c.secrecy} />
            {c.status !== 'active' && (
              <Badge color="gray" tt="none">
                {t(`customers.vocab.status.${c.status}`)}
              </Badge>
            )}
            <FollowUpBadge followUp={c.followUp} />
            {c.stale && (
              <Badge color="gray" variant="light" tt="none">
                {t('customers.list.stale')}
              </Badge>
            )}
            <LoanOutBadge loanOut={card.data.loanOut} />
          </Group>
        </Stack>
        <Group gap="xs">
          <PrintCardButton id={c.id} archiveNo={c.archiveNo} name={c.name} canReveal={user.permissions.includes('customer.reveal')} />
          <FileRestriction customer={c} />
          {canWrite && c.status === 'active' && (
            <>
              <Button variant="default" onClick={() => setDialog('grade')}>
                {t('customers.card.changeGrade')}
              </Button>
              <Button variant="default" onClick={() => setDialog('move')}>
                {t('customers.card.moveFile')}
              </Button>
              <Button onClick={() => setDialog('edit')}>{t('customers.card.edit')}</Button>
            </>
          )}
        </Group>
      </Group>
      {card.data.mergedInto ? (
        <Alert color="gray" variant="light" role="status" py="xs">
          {t('customers.card.mergedInto', { archiveNo: card.data.mergedInto.archiveNo })}{' '}
          <AnchorLink to="/customers/$customerId" params={{ customerId: card.data.mergedInto.id }} search={{}} size="sm">
            {t('customers.card.openMergedInto', { archiveNo: card.data.mergedInto.archiveNo })}
          </AnchorLink>
        </Alert>
      ) : null}
      {c.missing.length > 0 && c.status === 'active' ? (
        <Alert color="yellow" variant="light" role="status" py="xs">
          {t('customers.card.incomplete', { fields: c.missing.map((f) => t(`customers.fields.${f}`)).join(t('loans.listSeparator')) })}
        </Alert>
      ) : null}

      <Tabs value={tab} onChange={(value) => onTab(cardTabs.find((known) => known === value) ?? 'overview')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('customers.card.tabs.overview')}</Tabs.Tab>
          {recordTabs.map(([key]) => (
            <Tabs.Tab key={key} value={key}>
              {t(`customers.card.tabs.${key}`)}
              {card.data[key].length > 0 ? ` (${card.data[key].length})` : ''}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="history">{t('customers.card.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Overview card={card.data} canReveal={user.permissions.includes('customer.reveal')} />
        </Tabs.Panel>
        {recordTabs.map(([key, Tab]) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <Tab card={card.data} canWrite={canWrite && c.status === 'active'} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="history" pt="md">
          <HistoryTab id={c.id} />
        </Tabs.Panel>
      </Tabs>

      <CustomerFormDialog opened={dialog === 'edit'} card={card.data} user={user} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      <GradeDialog opened={dialog === 'grade'} card={card.data} onClose={() => setDialog(null)} />
      <MoveFileDialog opened={dialog === 'move'} card={card.data} onClose={() => setDialog(null)} />
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('customers.card.none')}
        </Text>
      ) : typeof children === 'string' ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        {children}
      </SimpleGrid>
    </Paper>
  );
}

function Overview({ card, canReveal }: { card: CustomerCard; canReveal: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const c = card.customer;
  const person = c.kind === 'person';
  return (
    <Stack gap="md">
      <Section title={t('customers.card.sections.identity')}>
        <Item label={t('customers.fields.name')}>{c.name}</Item>
        {person ? (
          <>
            <Item label={t('customers.fields.gender')}>{c.gender ? t(`customers.vocab.gender.${c.gender}`) : null}</Item>
            <Item label={t('customers.fields.birthDate')}>{c.birthDate}</Item>
            <Item label={t('customers.fields.occupation')}>{c.occupation}</Item>
          </>
        ) : (
          <>
            <Item label={t('customers.fields.creditCode')}>{c.creditCode}</Item>
            <Item label={t('customers.fields.legalRep')}>{c.legalRep}</Item>
            <Item label={t('customers.fields.contactPerson')}>{c.contactPerson}</Item>
          </>
        )}
        <Item label={t('customers.fields.idType')}>{c.idType ? t(`customers.vocab.idType.${c.idType}`) : null}</Item>
        <Item label={t('customers.fields.idNumber')}>
          {c.idNumberMasked ? <MaskedValue customerId={c.id} field="idNumber" masked={c.idNumberMasked} label={t('customers.fields.idNumber')} canReveal={canReveal} /> : null}
        </Item>
      </Section>
      <Section title={t('customers.card.sections.contact')}>
        {c.phones.length === 0 && <Item label={t('customers.fields.phones')}>{null}</Item>}
        {c.phones.map((phone, index) => (
          <Item key={phone.id} label={`${t(`customers.vocab.phoneKind.${phone.kind}`)}${c.phones.length > 1 ? ` ${index + 1}` : ''}`}>
            <MaskedValue customerId={c.id} field="phone" phoneId={phone.id} masked={phone.masked} label={`${t(`customers.vocab.phoneKind.${phone.kind}`)} ${index + 1}`} canReveal={canReveal} />
          </Item>
        ))}
        <Item label={t('customers.fields.wechat')}>{c.wechat}</Item>
        <Item label={t('customers.fields.email')}>{c.email}</Item>
        <Item label={t('customers.fields.region')}>{c.region}</Item>
        <Item label={t('customers.fields.address')}>{c.address}</Item>
      </Section>
      <Section title={t('customers.card.sections.sales')}>
        <Item label={t('customers.fields.sourceChannel')}>{t(`customers.vocab.sourceChannel.${c.sourceChannel}`)}</Item>
        <Item label={t('customers.fields.ownerId')}>{c.ownerName}</Item>
        <Item label={t('customers.card.lastContact')}>{dateTime(c.lastContactAt)}</Item>
        <Item label={t('customers.card.nextFollowUp')}>{dateTime(c.followUp.dueAt)}</Item>
      </Section>
      <Section title={t('customers.card.sections.archive')}>
        <Item label={t('customers.card.location')}>
          {c.location ? paperLocationText(c.location, locale) : t('customers.card.noLocation')}
        </Item>
        <Item label={t('customers.card.retentionUntil')}>{c.retentionUntil}</Item>
        <Item label={t('customers.card.createdAt')}>{dateTime(c.createdAt)}</Item>
        <Item label={t('customers.card.updatedAt')}>{dateTime(c.updatedAt)}</Item>
        <Item label={t('customers.fields.note')}>{c.note}</Item>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t('customers.card.gradeHistory')}
          </Title>
          <Table aria-label={t('customers.card.gradeHistory')} verticalSpacing={4}>
            <HistoryHead change={t('customers.card.historyCols.grade')} />
            <Table.Tbody>
              {card.grades.map((g, index) => (
                <Table.Tr key={`${g.at}-${index}`}>
                  <Table.Td style={nowrap}>{dateTime(g.at)}</Table.Td>
                  <Table.Td>
                    {t(`customers.vocab.category.${g.category}`)}
                    {g.grade ? ` · ${g.grade}` : ''}
                  </Table.Td>
                  <Table.Td>{g.reason}</Table.Td>
                  <Table.Td style={nowrap}>{g.byName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="md">
          <Title order={5} mb="sm">
            {t('customers.card.locationHistory')}
          </Title>
          {card.locations.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('customers.card.noMoves')}
            </Text>
          )}
          <Table aria-label={t('customers.card.locationHistory')} verticalSpacing={4}>
            {card.locations.length > 0 && <HistoryHead change={t('customers.card.historyCols.move')} />}
            <Table.Tbody>
              {card.locations.map((move, index) => (
                <Table.Tr key={`${move.at}-${index}`}>
                  <Table.Td style={nowrap}>{dateTime(move.at)}</Table.Td>
                  <Table.Td>
                    {move.to
                      ? t('customers.card.moved', { from: move.from ? paperLocationText(move.from, locale) : t('customers.card.noLocation'), to: paperLocationText(move.to, locale) })
                      : move.text}
                  </Table.Td>
                  <Table.Td>{move.reason}</Table.Td>
                  <Table.Td style={nowrap}>{move.byName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}

/** The columns both history boxes share: when, what changed, why, by whom. */
function HistoryHead({ change }: { change: string }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th style={nowrap}>{t('customers.card.historyCols.at')}</Table.Th>
        <Table.Th>{change}</Table.Th>
        <Table.Th>{t('customers.card.historyCols.reason')}</Table.Th>
        <Table.Th style={nowrap}>{t('customers.card.historyCols.by')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

/** Every audit entry about this file and its records, newest first: who did what, and when, in the UI's language. */
function HistoryTab({ id }: { id: number }) {
  const { t } = useTranslation();
  const history = useCustomerHistory(id);
  if (history.error) return <ErrorNotice error={history.error} />;
  if (!history.data) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (history.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('customers.history.none')}
      </Text>
    );
  }
  return <AuditTable entries={history.data} label={t('customers.card.tabs.history')} />;
}
