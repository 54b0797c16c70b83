import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { approvalChain, periodAllowed, ruleFor, type Department, type LoanKind } from '../../../shared/loans/loanPolicy';
import type { SecrecyLevel } from '../../../shared/customers/vocabularies';
import { useLoanRules } from './loanQueries';
import { useLoanFormat } from './useLoanFormat';

interface Props {
  kind: LoanKind;
  department: Department;
  levels: SecrecyLevel[];
  /** The chosen period, or null while start or end is missing. */
  minutes: number | null;
}

/** What the rules say about this request before it is sent: the store's policy table, run through the same pure function core decides with. */
export function LoanPolicyHint({ kind, department, levels, minutes }: Props) {
  const { t } = useTranslation();
  const format = useLoanFormat();
  const rules = useLoanRules();
  if (levels.length === 0 || !rules.data) {
    return (
      <Alert variant="light" color="gray" title={t('loans.policy.title')}>
        {t('loans.policy.pickFiles')}
      </Alert>
    );
  }
  // The rule that applies, then whether the chosen period fits it — the same pure functions core decides with.
  const choice = ruleFor(rules.data.policy, { kind, levels });
  const level = t(`loans.secrecy.${choice.level ?? 'normal'}`);
  if (!choice.ok) {
    return (
      <Alert variant="light" color="red" title={t('loans.policy.title')} role="status">
        <Text size="sm">{t('loans.policy.level', { level })}</Text>
        <Text size="sm" fw={600}>
          {t('loans.policy.notAllowed', { level, kind: t(`loans.kinds.${kind}`) })}
        </Text>
      </Alert>
    );
  }
  const rule = choice.rule;
  const fits = minutes === null || periodAllowed(rule, minutes).ok;
  const steps = approvalChain(rule, department);
  return (
    <Alert variant="light" color={fits ? 'indigo' : 'orange'} title={t('loans.policy.title')} role="status">
      <List size="sm" spacing={2}>
        <List.Item>{t('loans.policy.level', { level })}</List.Item>
        <List.Item>{t('loans.policy.maxPeriod', { period: format.period(rule.maxMinutes) })}</List.Item>
        {steps.map((step, i) => (
          <List.Item key={i}>{t(step.kind === 'departmentHead' ? 'loans.policy.stepHead' : 'loans.policy.stepApprover', { n: i + 1, roles: format.roles(step.roles) })}</List.Item>
        ))}
        {rule.archiveRoomOnly && <List.Item fw={600}>{t('loans.policy.archiveRoomOnly')}</List.Item>}
      </List>
      {!fits && (
        <Text size="sm" fw={600} mt={4}>
          {t('loans.policy.tooLong', { period: format.period(rule.maxMinutes) })}
        </Text>
      )}
    </Alert>
  );
}
