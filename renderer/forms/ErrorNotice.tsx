import { Alert } from '@mantine/core';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../shared/contract/errors';

/** The localised sentence for any failed call; never core's developer message, which may be English or quote data. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof KedangError)) return t('errors.INTERNAL');
  const lockedUntil = error.details?.['lockedUntil'];
  if (error.code === 'AUTH_LOCKED_OUT' && typeof lockedUntil === 'string') {
    const until = dayjs(lockedUntil);
    const time = until.isSame(dayjs(), 'day') ? until.format('HH:mm:ss') : until.format('YYYY-MM-DD HH:mm');
    return t('auth.lockedUntil', { time });
  }
  // Details name what the message is about (an archive number, a limit), never personal data.
  return t(`errors.${error.code}`, { ...(error.details ?? {}), defaultValue: t('errors.INTERNAL') });
}

export function errorCode(error: unknown): string | null {
  return error instanceof KedangError ? error.code : null;
}

/** True when every field issue of the error is already shown under one of the form's own fields. */
function shownUnderFields(error: unknown, fields: readonly string[], prefix: string): boolean {
  if (!(error instanceof KedangError) || !error.fields?.length) return false;
  return error.fields.every((issue) => issue.path.startsWith(prefix) && fields.includes(issue.path.slice(prefix.length)));
}

/**
 * A red notice with the localised text of a failed call; renders nothing while there is no error,
 * or when `fields` (the form's field names, after `prefix`) already show every issue it carries.
 */
export function ErrorNotice({ error, fields, prefix = '' }: { error: unknown; fields?: readonly string[]; prefix?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (fields && shownUnderFields(error, fields, prefix)) return null;
  return (
    <Alert color="red" variant="light" role="alert" py="xs">
      {errorText(t, error)}
    </Alert>
  );
}
