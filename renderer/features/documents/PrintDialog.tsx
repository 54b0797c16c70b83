import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Center, Code, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../../shared/contract/errors';
import type { PrintedPdf } from '../../../shared/documents/documentTypes';
import type { JobHandle } from '../../../shared/jobs/jobTypes';
import { call } from '../../api/kedang';
import { AppDialog, DialogBody, DialogFooter } from '../../dialogs/AppDialog';
import { bytesOfBase64 } from '../../files/base64';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { JobProgress } from '../../jobs/JobProgress';
import { startedJob, useJob } from '../../jobs/useJob';

/** What to print: its name for the dialog, and the print channel's call (each call takes a serial). */
export interface PrintOrder {
  title: string;
  start: () => Promise<JobHandle>;
}

/**
 * Every print the same way: the job runs with its progress and 取消 (a cancelled print keeps its
 * serial, marked void), then the PDF shows from memory — a blob: URL in a frame, never a file — with
 * its serial, any characters the font lacks, 打印 through the system's dialog and 另存为 PDF.
 */
export function PrintDialog({ order, onClose }: { order: PrintOrder | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={order !== null} onClose={onClose} title={order ? t('documents.print.title', { title: order.title }) : ''} size="72rem">
      {order && <PrintBody order={order} onClose={onClose} />}
    </AppDialog>
  );
}

/**
 * `const printer = usePrint(); … printer.print({ title, start }); … {printer.dialog}`. `onClosed` runs
 * when the dialog closes (a screen listing printouts shows the new line).
 */
export function usePrint(onClosed?: () => void): { print(order: PrintOrder): void; dialog: ReactNode } {
  const [order, setOrder] = useState<PrintOrder | null>(null);
  const closed = useRef(onClosed);
  closed.current = onClosed;
  const close = useCallback(() => {
    setOrder(null);
    closed.current?.();
  }, []);
  return { print: setOrder, dialog: <PrintDialog order={order} onClose={close} /> };
}

function PrintBody({ order, onClose }: { order: PrintOrder; onClose: () => void }) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: order.start, onSuccess: (handle) => startedJob(handle) });
  const { mutate } = start;
  // One print per opening: every start takes a serial from the register.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);
  const jobId = start.data?.jobId ?? null;
  const control = useJob(jobId);
  const state = control.job?.state ?? (jobId ? 'running' : null);

  // Closing the dialog while the PDF is still being made stops the job: nobody will collect it.
  const running = useRef<(() => void) | undefined>(undefined);
  running.current = state === 'running' ? control.cancel : undefined;
  useEffect(() => () => running.current?.(), []);

  const [printed, setPrinted] = useState<{ pdf: PrintedPdf; url: string } | null>(null);
  const [fetchError, setFetchError] = useState<unknown>(null);
  useEffect(() => {
    if (!jobId || state !== 'succeeded') return undefined;
    let url: string | null = null;
    let live = true;
    void call('documents.result', { jobId }).then((pdf) => {
      if (!live) return;
      url = URL.createObjectURL(new Blob([bytesOfBase64(pdf.pdfBase64)], { type: 'application/pdf' }));
      setPrinted({ pdf, url });
    }, setFetchError);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [jobId, state]);

  const failure = start.error ?? fetchError ?? (state === 'failed' && control.job?.error ? KedangError.fromPayload(control.job.error) : null);
  let body: ReactNode;
  if (failure) body = <ErrorNotice error={failure} />;
  else if (state === 'cancelled') body = <Text size="sm">{t('documents.print.cancelled')}</Text>;
  else if (printed) body = <Preview printed={printed} title={order.title} />;
  else if (state === 'running') body = <JobProgress control={control} title={t('documents.print.making', { title: order.title })} />;
  else {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label={t('documents.print.making', { title: order.title })} />
      </Center>
    );
  }
  return (
    <>
      <DialogBody>{body}</DialogBody>
      <DialogFooter>
        <Group justify="flex-end">
          {printed && <PrintActions printed={printed} />}
          <Button variant="default" onClick={onClose}>
            {t('documents.print.done')}
          </Button>
        </Group>
      </DialogFooter>
    </>
  );
}

const FRAME_ID = 'kd-print-preview';

function Preview({ printed, title }: { printed: { pdf: PrintedPdf; url: string }; title: string }) {
  const { t } = useTranslation();
  const { record, missingGlyphs } = printed.pdf;
  return (
    <Stack gap="xs">
      <Group gap="md">
        <Text size="sm">
          {t('documents.print.serial')} <Code fz="sm">{record.serial}</Code>
        </Text>
        {record.pages !== null && <Text size="sm">{t('documents.print.pages', { count: record.pages })}</Text>}
        {record.reprintOf && <Text size="sm">{t('documents.print.copyOf', { serial: record.reprintOf })}</Text>}
        {record.unmasked && (
          <Text size="sm" c="red.8">
            {t('documents.print.unmasked')}
          </Text>
        )}
      </Group>
      {missingGlyphs.length > 0 && (
        <Alert color="orange" variant="light" title={t('documents.print.missingTitle')}>
          {t('documents.print.missingBody', { chars: missingGlyphs.map((g) => `${g.char}（${g.codePoint}）`).join('、') })}
        </Alert>
      )}
      <iframe id={FRAME_ID} src={printed.url} title={t('documents.print.previewOf', { title })} style={{ width: '100%', height: '58vh', border: '1px solid var(--mantine-color-gray-4)' }} />
    </Stack>
  );
}

function PrintActions({ printed }: { printed: { pdf: PrintedPdf; url: string } }) {
  const { t } = useTranslation();
  const print = () => {
    const frame = document.getElementById(FRAME_ID) as HTMLIFrameElement | null;
    frame?.contentWindow?.focus();
    frame?.contentWindow?.print();
  };
  const save = () => {
    const link = document.createElement('a');
    link.href = printed.url;
    link.download = `${printed.pdf.record.serial}.pdf`;
    link.click();
  };
  return (
    <>
      <Button variant="default" onClick={save}>
        {t('documents.print.save')}
      </Button>
      <Button onClick={print} data-autofocus>
        {t('documents.print.print')}
      </Button>
    </>
  );
}
