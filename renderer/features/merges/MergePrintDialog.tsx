import { useEffect, useRef, useState } from 'react';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KedangError } from '../../../shared/contract/errors';
import type { PrintedPdf } from '../../../shared/documents/documentTypes';
import type { MergeView } from '../../../shared/merges/mergeTypes';
import { call } from '../../api/kedang';
import { AppDialog, DialogBody } from '../../dialogs/AppDialog';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { useJobProgress } from '../duplicates/useJobProgress';

/** 打印合并记录: the print job runs, then the PDF shows from memory (a blob: URL, never a file), with the viewer's own print button. */
export function MergePrintDialog({ opened, merge, onClose }: { opened: boolean; merge: MergeView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog opened={opened} onClose={onClose} title={merge ? t('merges.print.title', { id: merge.id }) : ''} size="70rem" closeOnClickOutside>
      <DialogBody>{merge && opened && <PrintBody merge={merge} />}</DialogBody>
    </AppDialog>
  );
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function PrintBody({ merge }: { merge: MergeView }) {
  const { t } = useTranslation();
  const start = useMutation({ mutationFn: () => call('documents.printMergeRecord', { id: merge.id }) });
  const { mutate } = start;
  // One print per opening: each print takes a serial from the register.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate();
  }, [mutate]);
  const jobId = start.data?.jobId ?? null;
  const watch = useJobProgress(jobId);
  const [pdf, setPdf] = useState<{ printed: PrintedPdf; url: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!jobId || watch.state !== 'succeeded') return undefined;
    let url: string | null = null;
    void call('documents.result', { jobId }).then(
      (printed) => {
        url = URL.createObjectURL(new Blob([bytesOf(printed.pdfBase64)], { type: 'application/pdf' }));
        setPdf({ printed, url });
      },
      setError,
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [jobId, watch.state]);

  const failure = start.error ?? error ?? (watch.state === 'failed' && watch.error ? KedangError.fromPayload(watch.error) : null);
  if (failure) return <ErrorNotice error={failure} />;
  if (!pdf) {
    return (
      <Center py="xl">
        <Stack align="center" gap="xs">
          <Loader size="sm" aria-label={t('merges.print.printing')} />
          <Text size="sm">{t('merges.print.printing')}</Text>
        </Stack>
      </Center>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" ff="monospace">
        {t('merges.print.serial', { serial: pdf.printed.record.serial })}
      </Text>
      <iframe src={pdf.url} title={t('merges.print.title', { id: merge.id })} style={{ width: '100%', height: '70vh', border: 0 }} />
    </Stack>
  );
}
