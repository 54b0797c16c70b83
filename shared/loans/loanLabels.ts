import { labelsIn, type Label, type LabelLocale } from '../i18n/label';
import type { Department, LoanKind } from './loanPolicy';
import type { LoanStatus } from './loanTypes';

export const loanKindLabels: Record<LoanKind, Label> = {
  view: { zh: '查阅', en: 'View' },
  checkout: { zh: '外借', en: 'Checkout' },
  copy: { zh: '复制', en: 'Copy' },
};

/** 催还 stages on the register and the reminder slip. */
export const reminderStageLabels: Record<'1' | '2', Label> = {
  1: { zh: '第一次催还', en: 'First reminder' },
  2: { zh: '第二次催还', en: 'Second reminder' },
};

export const loanStatusLabels: Record<LoanStatus, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  checkedOut: { zh: '已借出', en: 'Checked out' },
  returned: { zh: '已归还', en: 'Returned' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
};

export const departmentLabels: Record<Department, Label> = {
  sales: { zh: '销售部', en: 'Sales' },
  service: { zh: '售后服务部', en: 'After-sales service' },
  management: { zh: '总经办', en: 'General management' },
  archive: { zh: '档案室', en: 'Archive room' },
};

export function loanVocabularyMessages(locale: LabelLocale) {
  return { kinds: labelsIn(loanKindLabels, locale), statuses: labelsIn(loanStatusLabels, locale), departments: labelsIn(departmentLabels, locale) };
}
