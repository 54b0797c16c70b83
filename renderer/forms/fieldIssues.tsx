import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { KedangError, type FieldIssue } from '../../shared/contract/errors';

/** One problem with one field, from the form's own zod check or from core's field-level INVALID_INPUT. */
export interface Issue {
  code: string;
  params?: FieldIssue['params'];
  /** What kind of value zod measured (string, number…); core's issues do not carry it. */
  origin?: string;
}

/** Custom zod messages and core's field codes are stable upper-case keys (USERNAME_CHARS, PASSWORD_WEAK). */
const stableKey = /^[A-Z][A-Z_]+$/;

export function issueText(t: TFunction, issue: Issue): string {
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number') return t('fieldIssues.tooSmall', params);
      return Number(params.minimum ?? 1) <= 1 ? t('fieldIssues.required') : t('fieldIssues.tooShort', params);
    case 'too_big':
      return issue.origin === 'number' ? t('fieldIssues.tooBig', params) : t('fieldIssues.tooLong', params);
    case 'invalid_type':
      return t('fieldIssues.required');
    case 'invalid_format':
      return t('fieldIssues.invalidFormat');
    case 'invalid_value':
      return t('fieldIssues.invalidValue');
  }
  // Empty required fields read the same whichever check found them.
  if (issue.code === 'REQUIRED') return t('fieldIssues.required');
  if (t(`fieldIssues.${issue.code}`, { defaultValue: '' })) return t(`fieldIssues.${issue.code}`, params);
  if (t(`errors.${issue.code}`, { defaultValue: '' })) return t(`errors.${issue.code}`);
  return t('fieldIssues.invalid');
}

/** Renders in the current language, so a message already under a field follows a language switch. */
export function FieldIssueText({ issue }: { issue: Issue }) {
  const { t } = useTranslation();
  return <>{issueText(t, issue)}</>;
}

function fromZod(issue: z.core.$ZodIssue): Issue {
  if (stableKey.test(issue.message)) return { code: issue.message };
  const params: Record<string, number> = {};
  if ('minimum' in issue) params.minimum = Number(issue.minimum);
  if ('maximum' in issue) params.maximum = Number(issue.maximum);
  const origin = 'origin' in issue && typeof issue.origin === 'string' ? issue.origin : undefined;
  return { code: issue.code, params, ...(origin ? { origin } : {}) };
}

/** Checks form values with the same shared zod schema core validates with; the first issue per field wins. */
export function schemaErrors(schema: z.ZodType, values: unknown): FormErrors {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = <FieldIssueText issue={fromZod(issue)} />;
  }
  return errors;
}

/** The "type it again" check every new-password form needs. */
export function repeatErrors(first: string, repeat: string, repeatPath: string): FormErrors {
  return repeat === first ? {} : { [repeatPath]: <FieldIssueText issue={{ code: 'PASSWORDS_DIFFER' }} /> };
}

/**
 * Core's field issues as form errors. `prefix` strips the input's nesting (`admin.` for
 * setup's admin form); issues for fields this form does not have are left to the error notice.
 */
export function serverFieldErrors(error: unknown, fields: readonly string[], prefix = ''): FormErrors {
  if (!(error instanceof KedangError) || !error.fields) return {};
  const errors: FormErrors = {};
  for (const issue of error.fields) {
    if (!issue.path.startsWith(prefix)) continue;
    const path = issue.path.slice(prefix.length);
    if (fields.includes(path) && !(path in errors)) errors[path] = <FieldIssueText issue={issue} />;
  }
  return errors;
}
