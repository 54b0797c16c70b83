import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { stepKindLabels, type StepKind } from '../../../shared/approvals/approvalTypes';
import { auditActionLabel } from '../../../shared/audit/auditActionLabels';
import type { AuditLine, AuditParamValue } from '../../../shared/audit/auditEntry';
import { customerFieldLabels } from '../../../shared/customers/customerFieldLabels';
import { paperLocationText } from '../../../shared/customers/paperLocation';
import { attachmentKindLabels, categoryLabels, consentKindLabels, secrecyLabels } from '../../../shared/customers/vocabularyLabels';
import type { Label, LabelLocale } from '../../../shared/i18n/label';
import { loanKindLabels } from '../../../shared/loans/loanLabels';
import { settingLabels } from '../../../shared/settings/settingLabels';
import { documentKindLabels } from '../../../shared/documents/documentTypes';
import { lifecycleKindLabels } from '../../../shared/lifecycle/lifecycleTypes';
import { roleLabels } from '../../../shared/users/users';

type Params = Record<string, AuditParamValue | undefined>;

/** How an audit entry reads on screen: its action's name, what it did in a sentence, what it was about, when. */
export interface AuditWords {
  action(code: string): string;
  summary(line: AuditLine): string;
  target(line: AuditLine): string;
  time(iso: string): string;
}

function labelOf(labels: Record<string, Label>, code: AuditParamValue | undefined, lang: LabelLocale): string {
  return typeof code === 'string' && Object.hasOwn(labels, code) ? labels[code]![lang] : String(code ?? '');
}

function parse(line: AuditLine): Params | null {
  if (!line.params) return null;
  try {
    const value: unknown = JSON.parse(line.params);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Params) : null;
  } catch {
    return null;
  }
}

/** Entries that always say the same thing, with or without parameters. */
const fixedSentences: Partial<Record<string, string>> = {
  'auth.lock': 'lock',
  'auth.unlock': 'unlock',
  'auth.loginRefused': 'loginRefused',
  'auth.changePassword': 'changePassword',
  'auth.recover': 'recover',
  'recovery.confirmed': 'recoveryConfirmed',
  'recovery.confirmFailed': 'recoveryConfirmFailed',
  'recovery.rotate': 'recoveryRotate',
  'customers.create': 'created',
};

const list = (value: AuditParamValue | undefined): Array<string | number> => (Array.isArray(value) ? value : []);
const size = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * Says one entry in the UI's language from the code and parameters core stored with it; names the
 * files and people it points at as the reader may see them now (a file's name only where core gave
 * it). An entry from before parameters existed shows the Chinese summary it was written with.
 */
export function auditSentence(line: AuditLine, t: TFunction, lang: LabelLocale): string {
  const fixed = fixedSentences[line.action];
  if (fixed) return t(`audit.says.${fixed}`);
  const p = parse(line);
  if (!p) return line.summary;
  const sep = lang === 'zh' ? '、' : ', ';
  const file = (id: AuditParamValue | undefined) => {
    const found = line.files.find((f) => f.id === id);
    return found ? (found.name ? `${found.archiveNo} ${found.name}` : found.archiveNo) : `#${String(id)}`;
  };
  const person = (id: AuditParamValue | undefined) => line.people.find((x) => x.id === id)?.name ?? `#${String(id)}`;
  const time = (iso: AuditParamValue | undefined) => (typeof iso === 'string' ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
  const role = (code: AuditParamValue | undefined) => labelOf(roleLabels, code, lang);
  const says = (key: string, values: Record<string, unknown> = {}) => t(`audit.says.${key}`, values);
  const because = (reason: AuditParamValue | undefined) => (typeof reason === 'string' && reason ? says('because', { reason }) : '');
  const location = (parts: AuditParamValue | undefined, text: AuditParamValue | undefined) => {
    const [room = '', cabinet = '', shelf = '', box = '', folder = ''] = list(parts).map(String);
    if (Array.isArray(parts)) return parts.length ? paperLocationText({ room, cabinet, shelf, box, folder }, lang) : says('nowhere');
    return typeof text === 'string' && text ? text : says('nowhere');
  };
  const kind = labelOf(loanKindLabels, p['kind'], lang);

  switch (line.action) {
    case 'setup.initialize':
      return says('setup', { store: p['store'], user: person(p['user']) });
    case 'auth.login':
      return says(`login.${String(p['via'] ?? 'password')}`);
    case 'auth.logout':
      return p['reason'] ? says(`logout.${String(p['reason'])}`) : line.summary;
    case 'auth.autoLock':
      return says('autoLock', { seconds: p['seconds'] });
    case 'auth.unlockFailed':
      return says('unlockFailed', { why: t(`errors.${String(p['code'])}`, { defaultValue: String(p['code']) }) });
    case 'auth.failure':
    case 'auth.lockout':
    case 'auth.lockedAttempt':
      return says(line.action.slice('auth.'.length), { username: p['username'], at: time(p['at']) });
    case 'users.create':
      return says('userCreated', { user: person(p['user']), role: role(p['role']) });
    case 'users.update': {
      const changes = [
        ...(p['renamedFrom'] ? [says('renamed', { from: p['renamedFrom'] })] : []),
        ...(p['fromRole'] ? [says('roleChanged', { from: role(p['fromRole']), to: role(p['toRole']) })] : []),
        ...(p['active'] === true ? [says('activated')] : p['active'] === false ? [says('deactivated')] : []),
      ];
      return says('userChanged', { user: person(p['user']), changes: changes.length ? changes.join(lang === 'zh' ? '；' : '; ') : says('nothingChanged') });
    }
    case 'users.resetPassword':
      return says('resetPassword', { user: person(p['user']) });
    case 'users.delete':
      return says('userDeleted', { user: person(p['user']) });
    case 'roles.setGrant':
      return says(p['granted'] ? 'granted' : 'withdrawn', { role: role(p['role']), permission: t(`permissions.${String(p['permission'])}`, { defaultValue: String(p['permission']) }), countersigner: person(p['countersigner']) });
    case 'signoff.refused':
      return says('signoffRefused', { signer: p['signer'], why: says(`refusals.${String(p['code'])}`, { defaultValue: String(p['code']) }) });
    case 'settings.update': {
      const fields = list(p['fields']);
      if (!fields.length) return says('nothingChanged');
      const from = list(p['from']);
      const to = list(p['to']);
      const changes = fields.map((f, i) => (from.length ? says('settingChange', { field: labelOf(settingLabels, f, lang), from: from[i], to: to[i] }) : labelOf(settingLabels, f, lang)));
      return says('settingsChanged', { changes: changes.join(sep) }) + (p['moved'] ? says('followUpsMoved', { count: p['moved'] }) : '');
    }
    case 'customers.update': {
      const fields = list(p['fields']).map((f) => labelOf(customerFieldLabels, f, lang));
      return (fields.length ? says('fieldsChanged', { fields: fields.join(sep) }) : says('savedUnchanged')) + because(p['reason']);
    }
    case 'customers.setGrade': {
      const grade = (category: AuditParamValue | undefined, g: AuditParamValue | undefined) => `${labelOf(categoryLabels, category, lang)}${g ? ` ${String(g)}` : ''}`;
      return says('graded', { from: grade(p['fromCategory'], p['fromGrade']), to: grade(p['toCategory'], p['toGrade']), reason: p['reason'] });
    }
    case 'customers.moveFile':
      return says('moved', { from: location(p['fromParts'], p['from']), to: location(p['toParts'], p['to']), reason: p['reason'] });
    case 'customers.reveal':
      return says(`revealed.${p['field'] === 'idNumber' ? 'idNumber' : 'phone'}`);
    case 'customers.openInArchiveRoom':
      return says('openedInRoom', { loan: p['loan'], countersigner: person(p['countersigner']) });
    case 'customers.updateFeedback':
      return says(p['closed'] ? 'feedbackClosed' : 'feedbackHandled', { feedback: p['feedback'] });
    case 'customers.withdrawConsent':
      return says('consentWithdrawn', { consent: labelOf(consentKindLabels, p['consent'], lang) });
    case 'customers.add.intention':
    case 'customers.add.contact':
    case 'customers.add.service':
    case 'customers.add.feedback':
    case 'customers.add.consent':
      // The action's name says it all; the file is the entry's target.
      return '';
    case 'vehicles.create':
    case 'vehicles.update':
      return says('vehicle', { vehicle: p['vehicle'], vin: p['vinTail'] });
    case 'vehicles.transfer':
      return says('vehicleTransfer', { vehicle: p['vehicle'], vin: p['vinTail'], from: file(p['fromFile']), to: file(p['toFile']), reason: p['reason'] });
    case 'attachments.add':
      return says('attachmentSized', { attachment: p['attachment'], kind: labelOf(attachmentKindLabels, p['kind'], lang), size: size(Number(p['bytes'] ?? 0)) });
    case 'attachments.open':
      return says('attachment', { attachment: p['attachment'], kind: labelOf(attachmentKindLabels, p['kind'], lang) });
    case 'loans.draft':
    case 'loans.submit':
    case 'loans.direct': {
      if (!p['files']) return says('loanSubmitted', { kind, loan: p['loan'] });
      const values = { kind, loan: p['loan'], files: list(p['files']).map(file).join(sep), level: labelOf(secrecyLabels, p['level'], lang), end: time(p['endAt']) };
      return says(line.action === 'loans.direct' ? 'loanDirect' : 'loanMade', values);
    }
    case 'loans.refused':
      return says('loanRefused', { kind, files: list(p['files']).map(file).join(sep), why: t(`errors.${String(p['code'])}`, { defaultValue: String(p['code']) }) });
    case 'loans.approve':
    case 'loans.reject': {
      let text = says(line.action === 'loans.approve' ? 'approved' : 'rejected', { loan: p['loan'] });
      if (typeof p['steps'] === 'number' && p['steps'] > 1) text += says('stepOf', { step: p['step'], steps: p['steps'], stepKind: labelOf(stepKindLabels, p['stepKind'], lang) });
      if (p['delegation']) text += says('underDelegation', { delegation: p['delegation'] });
      if (p['note']) text += says('withNote', { note: p['note'] });
      return text;
    }
    case 'loans.checkout':
      return says('handedOver', { loan: p['loan'], receiver: person(p['receivedBy']), due: time(p['dueAt']) });
    case 'loans.return':
      return says(p['late'] ? 'returnedLate' : 'returned', { loan: p['loan'] }) + (p['condition'] ? says('condition', { condition: p['condition'] }) : '');
    case 'loans.cancel':
      return says('cancelled', { loan: p['loan'] });
    case 'loans.grantOpen':
      return says('grantOpen', { loan: p['loan'] });
    case 'loans.updateRules': {
      const changes = list(p['changes']).map((change) => ruleChange(String(change), t, lang));
      return says('rulesChanged', { changes: changes.length ? changes.join(lang === 'zh' ? '；' : '; ') : says('nothingChanged'), countersigner: person(p['countersigner']) });
    }
    case 'approvals.delegate':
      return says('delegated', { delegation: p['delegation'], deputy: person(p['user']), role: role(p['role']), from: time(p['fromAt']), until: time(p['untilAt']), reason: p['reason'] });
    case 'approvals.revokeDelegation':
      return says('delegationRevoked', { delegation: p['delegation'] });
    case 'approvals.refused':
      return says('approvalRefused', { role: role(p['role']), step: p['step'], stepKind: labelOf(stepKindLabels, p['stepKind'] as StepKind, lang) });
    case 'audit.anchor':
      return says('anchor', { anchor: `#${String(p['seq'])} · ${String(p['hash'] ?? '').match(/.{1,4}/g)?.join(' ') ?? ''}`, purpose: says(`purposes.${String(p['purpose'] ?? 'screen')}`) });
    case 'backup.start':
      return says('backupStart', { folder: p['folder'], secret: says(`secrets.${p['secret'] === 'key' ? 'key' : 'passphrase'}`) });
    case 'backup.done':
      return says('backupDone', { path: p['path'], size: size(Number(p['bytes'] ?? 0)), secret: says(`secrets.${p['secret'] === 'key' ? 'key' : 'passphrase'}`) }) + (p['rotated'] ? says('backupRotated', { count: p['rotated'] }) : '');
    case 'backup.check':
      return says('backupCheck', { path: p['path'] });
    case 'backup.checked':
      return says('backupChecked', { path: p['path'], integrity: p['integrity'] }) + (p['firstDifferentSeq'] ? says('backupDiffers', { seq: p['firstDifferentSeq'] }) : '');
    case 'backup.retire':
      return says(p['fileGone'] ? 'backupRetiredGone' : 'backupRetired', { path: p['path'] }) + (Array.isArray(p['requests']) && p['requests'].length ? says('backupRetiredHeld', { requests: p['requests'].map((r) => `#${String(r)}`).join(', ') }) : '');
    case 'backup.createKey':
      return says('backupKey', { recipient: String(p['recipient'] ?? '').slice(0, 12) });
    case 'backup.prepareRestore':
      return says('backupPrepare', { path: p['path'] });
    case 'backup.restoreApplied':
      return says('backupApplied', { path: p['path'], at: time(p['backupAt']), countersigner: person(p['countersigner']) });
    case 'backup.restored':
      return says('backupRestored', { path: p['path'], at: time(p['backupAt']) });
    case 'backup.restoreUndone':
      return says('backupUndone', { countersigner: person(p['countersigner']) });
    case 'jobs.cancelled':
      return says('jobCancelled', { kind: p['kind'] });
    case 'jobs.failed':
      return says('jobFailed', { kind: p['kind'], why: t(`errors.${String(p['code'])}`, { defaultValue: String(p['code']) }) });
    case 'documents.print': {
      let text = says('printed', { title: labelOf(documentKindLabels, p['kind'], lang), serial: p['serial'] });
      if (p['reprintOf']) text += says('reprintOf', { serial: p['reprintOf'] });
      if (p['reveal']) text += says('printedUnmasked');
      if (p['anchorSeq']) text += says('printedAnchor', { anchor: `#${String(p['anchorSeq'])} · ${String(p['anchorHash'] ?? '').match(/.{1,4}/g)?.join(' ') ?? ''}` });
      return text;
    }
    case 'lifecycle.updateRules':
      return says('retentionChanged', { changes: list(p['changes']).join(lang === 'zh' ? '；' : '; ') || says('nothingChanged'), countersigner: person(p['countersigner']) });
    case 'lifecycle.request':
      return says('lifecycleRequested', { kind: labelOf(lifecycleKindLabels, p['kind'], lang), request: p['request'], files: list(p['files']).map(file).join(sep) });
    case 'lifecycle.approve':
    case 'lifecycle.reject': {
      let text = says(line.action === 'lifecycle.approve' ? 'lifecycleApproved' : 'lifecycleRejected', { request: p['lifecycle'] });
      if (p['delegation']) text += says('underDelegation', { delegation: p['delegation'] });
      if (p['note']) text += says('withNote', { note: p['note'] });
      return text;
    }
    case 'lifecycle.cancel':
      return says('lifecycleCancelled', { request: p['request'] });
    case 'lifecycle.execute':
      return says('lifecycleExecuted', { request: p['request'], files: p['files'], backups: p['backups'] });
    case 'lifecycle.cleaned':
    case 'lifecycle.destroyed':
      return says(line.action === 'lifecycle.cleaned' ? 'fileCleaned' : 'fileDestroyed', { request: p['request'] });
    case 'lifecycle.shredded':
      return says('shredded', { request: p['request'], shredder: person(p['user']), witness: person(p['countersigner']) });
    case 'lifecycle.restrict':
      return says('restricted', { review: p['reviewAt'] });
    case 'lifecycle.unrestrict':
      return says('unrestricted');
    case 'duplicates.run':
      return says('duplicatesRun');
    case 'duplicates.checked':
      return says('duplicatesChecked', { scanned: p['scanned'], pairs: p['pairs'] });
    case 'duplicates.dismiss':
      return says('duplicatesDismissed', { file: file(p['file']), other: file(p['toFile']) });
    case 'merges.request':
      return says('mergeRequested', { merge: p['merge'], from: file(p['file']), to: file(p['toFile']) });
    case 'merges.approve':
    case 'merges.reject': {
      let text = says(line.action === 'merges.approve' ? 'mergeApproved' : 'mergeRejected', { merge: p['merge'] });
      if (typeof p['steps'] === 'number' && p['steps'] > 1) text += says('stepOf', { step: p['step'], steps: p['steps'], stepKind: labelOf(stepKindLabels, p['stepKind'], lang) });
      if (p['delegation']) text += says('underDelegation', { delegation: p['delegation'] });
      if (p['note']) text += says('withNote', { note: p['note'] });
      return text;
    }
    case 'merges.merged':
      return says('merged', { merge: p['merge'], from: file(p['file']), to: file(p['toFile']), until: time(p['undoUntil']) });
    case 'merges.undo':
      return says('mergeUndone', { merge: p['merge'], from: file(p['file']), to: file(p['toFile']) });
    case 'merges.snapshotsExpired':
      return says('mergeSnapshotsExpired', { count: p['count'] });
    case 'seed.generate':
      return says('seed', { customers: p['customers'], vehicles: p['vehicles'], contacts: p['contacts'], loans: p['loans'], seed: p['seed'] });
    case 'access.denied':
      if (p['outOfScope']) return says('fileDenied');
      return says('channelDenied', { permission: t(`permissions.${String(p['permission'])}`, { defaultValue: String(p['permission']) }), role: role(p['role']) });
    default:
      return line.summary;
  }
}

/** "secret.checkout.maxMinutes 240→120" as 秘密外借 最长期限（分钟） 240 → 120. */
function ruleChange(change: string, t: TFunction, lang: LabelLocale): string {
  const m = /^(\w+)\.(\w+)\.(\w+) (.*)→(.*)$/.exec(change);
  if (!m) return change;
  const [, level, kind, field, from, to] = m;
  return t('audit.says.rule', { level: labelOf(secrecyLabels, level, lang), kind: labelOf(loanKindLabels, kind, lang), field: t(`audit.says.ruleFields.${field}`, { defaultValue: field }), from, to });
}

/** What an entry is about, by archive number and name (where given), person, request number. */
export function auditTarget(line: AuditLine, t: TFunction, lang: LabelLocale): string {
  const id = line.targetId;
  switch (line.targetType) {
    case null:
      return '';
    case 'customer': {
      const f = line.files.find((x) => String(x.id) === id);
      return f ? (f.name ? `${f.archiveNo} ${f.name}` : f.archiveNo) : t('audit.targets.customer');
    }
    case 'user': {
      const name = line.people.find((x) => String(x.id) === id)?.name ?? id ?? '';
      return t('audit.targets.user', { name });
    }
    case 'role':
      return t('audit.targets.role', { name: labelOf(roleLabels, id ?? '', lang) });
    case 'channel':
      return t('audit.targets.channel', { name: id ?? '' });
    case 'loan':
    case 'delegation':
    case 'audit':
    case 'lifecycle':
    case 'document':
    case 'merge':
    case 'duplicateCheck':
      return t(`audit.targets.${line.targetType}`, { id });
    case 'settings':
    case 'vault':
    case 'store':
    case 'backup':
    case 'job':
      return t(`audit.targets.${line.targetType}`);
    default:
      return id ? `${line.targetType} ${id}` : line.targetType;
  }
}

export function useAuditWords(): AuditWords {
  const { t, i18n } = useTranslation();
  const lang: LabelLocale = i18n.language.startsWith('zh') ? 'zh' : 'en';
  return {
    action: (code) => auditActionLabel(code, lang),
    summary: (line) => auditSentence(line, t, lang),
    target: (line) => auditTarget(line, t, lang),
    time: (iso) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss'),
  };
}
