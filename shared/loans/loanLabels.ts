import type { Labels } from '../app/label';
import type { Department, LoanKind } from './loanPolicy';
import type { LoanStatus } from './loanTypes';

/** The loan vocabularies in both languages (the renderer's loans texts say the same and can read these). */
export const loanKindLabels: Labels<LoanKind> = {
  view: { zh: '查阅', en: 'View' },
  checkout: { zh: '外借', en: 'Checkout' },
  copy: { zh: '复制', en: 'Copy' },
};

export const loanStatusLabels: Labels<LoanStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待审批', en: 'Awaiting approval' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  checkedOut: { zh: '已借出', en: 'Checked out' },
  returned: { zh: '已归还', en: 'Returned' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
  expired: { zh: '已过期', en: 'Expired' },
};

export const departmentLabels: Labels<Department> = {
  sales: { zh: '销售部', en: 'Sales' },
  service: { zh: '售后服务部', en: 'After-sales service' },
  management: { zh: '总经办', en: 'General management' },
  archive: { zh: '档案室', en: 'Archive room' },
};

/** 催还: LoanRequest.reminderStage 1 and 2. */
export const reminderStageLabels: Labels<'1' | '2'> = {
  1: { zh: '第一次催还', en: 'First reminder' },
  2: { zh: '第二次催还', en: 'Second reminder' },
};
