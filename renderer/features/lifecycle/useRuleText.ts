import { useTranslation } from 'react-i18next';
import type { RetentionRule } from '../../../shared/lifecycle/lifecycleTypes';

/** A rule in words, with its period where it has one: 战败/流失且长期未联系（12 个月）. */
export function useRuleText(): (rule: Pick<RetentionRule, 'code' | 'months'>) => string {
  const { t } = useTranslation();
  return (rule) => (rule.months !== null ? t('lifecycle.ruleWithMonths', { rule: t(`lifecycle.rule.${rule.code}`), months: rule.months }) : t(`lifecycle.rule.${rule.code}`));
}
