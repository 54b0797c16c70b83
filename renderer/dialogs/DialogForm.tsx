import { useEffect, type FormEvent, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions, type FormActionsProps } from '../forms/FormActions';
import { DialogBody, DialogFooter, useDialogFrame } from './AppDialog';

interface Props extends Omit<FormActionsProps, 'onCancel' | 'onSubmit'> {
  /** `form.onSubmit(handler)`: validates with the shared schema, then sends. */
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  /** A failed call; issues already shown under one of `fields` (after `prefix`) are left to the fields. */
  error?: unknown;
  fields?: readonly string[];
  prefix?: string;
  /** Something to see before saving (another file with the same phone), kept in the footer so it is on screen beside 保存. */
  notice?: ReactNode;
  children: ReactNode;
}

/**
 * A form inside an AppDialog: fields in the scrolling body, FormActions in the fixed footer. The app
 * validates, never the browser (noValidate), so every message is the app's own, in the app's language;
 * Ctrl+Enter saves from any field, Esc and 取消 go through the dialog's unsaved-changes question.
 */
export function DialogForm({ onSubmit, error, fields, prefix = '', notice, children, saving = false, ...actions }: Props) {
  const frame = useDialogFrame();
  const { setBusy } = frame;
  useEffect(() => setBusy(saving), [saving, setBusy]);
  // A form that goes away mid-save must not leave its dialog unclosable the next time it opens.
  useEffect(() => () => setBusy(false), [setBusy]);
  return (
    <form
      className="kd-dialog-form"
      aria-label={frame.title}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          onSubmit();
        }
      }}
    >
      <DialogBody>
        <Stack gap="sm">{children}</Stack>
      </DialogBody>
      <DialogFooter>
        <Stack gap="xs">
          {notice}
          <ErrorNotice error={error} fields={fields} prefix={prefix} />
          <FormActions onCancel={frame.requestClose} saving={saving} {...actions} />
        </Stack>
      </DialogFooter>
    </form>
  );
}
