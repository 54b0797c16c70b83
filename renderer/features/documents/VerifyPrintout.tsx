import { useState } from 'react';
import { Alert, Button, FileInput, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { documentKindLabels, type DocumentCheck } from '../../../shared/documents/documentTypes';
import { useKedangMutation } from '../../api/useKedang';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { formatTime } from '../loans/useLoanFormat';
import { fileSha256 } from './fileSha256';

/**
 * 验证打印件: a serial typed (or a page's QR scanned into the field — a scanner types it and presses
 * Enter), and optionally the PDF file to compare byte for byte; the answer in plain words.
 */
export function VerifyPrintout() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [hashing, setHashing] = useState(false);
  const [hashError, setHashError] = useState<unknown>(null);
  const verify = useKedangMutation('documents.verify');

  const submit = async () => {
    verify.reset();
    setHashError(null);
    if (!code.trim()) return setProblem(t('documents.verify.codeRequired'));
    setProblem(null);
    let sha256: string | undefined;
    if (file) {
      setHashing(true);
      try {
        sha256 = await fileSha256(file);
      } catch (error) {
        setHashError(error);
        return;
      } finally {
        setHashing(false);
      }
    }
    verify.mutate({ code: code.trim(), ...(sha256 ? { sha256 } : {}) });
  };

  return (
    <Stack maw={760}>
      <Text size="sm">{t('documents.verify.intro')}</Text>
      <form
        noValidate
        aria-label={t('documents.page.tabs.verify')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('documents.verify.code')}
            placeholder={t('documents.verify.codePlaceholder')}
            value={code}
            error={problem}
            autoComplete="off"
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <FileInput label={t('documents.verify.file')} accept="application/pdf,.pdf" clearable value={file} onChange={setFile} />
          <Group>
            <Button type="submit" loading={hashing || verify.isPending}>
              {t('documents.verify.submit')}
            </Button>
            {hashing && (
              <Text size="sm" c="dimmed">
                {t('documents.verify.hashing')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      <ErrorNotice error={hashError ?? verify.error} />
      {verify.data && <CheckAnswer check={verify.data} fileGiven={file !== null} />}
    </Stack>
  );
}

function CheckAnswer({ check, fileGiven }: { check: DocumentCheck; fileGiven: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('zh') ? 'zh' : 'en';
  const { record } = check;
  const title = documentKindLabels[record.kind][locale];
  const mismatch = check.qrMatches === false || check.fileMatches === false;
  const color = mismatch ? 'red' : record.state === 'printed' ? 'green' : 'orange';
  const at = formatTime(record.printedAt);
  const lines: Array<{ key: string; text: string; bad?: boolean }> = [];
  lines.push({ key: 'by', text: record.pages !== null ? t('documents.verify.printedBy', { at, by: record.printedByName, pages: record.pages }) : t('documents.verify.printedByNoPages', { at, by: record.printedByName }) });
  if (record.archiveNo) lines.push({ key: 'file', text: t('documents.verify.about', { file: `${record.archiveNo} ${record.name ?? ''}`.trim() }) });
  if (record.subject) lines.push({ key: 'subject', text: t('documents.verify.subject', { subject: record.subject }) });
  if (record.reprintOf) lines.push({ key: 'copyOf', text: t('documents.verify.copyOf', { serial: record.reprintOf }) });
  if (record.unmasked) lines.push({ key: 'unmasked', text: t('documents.verify.unmasked') });
  if (check.qrMatches !== null) lines.push({ key: 'qr', text: t(check.qrMatches ? 'documents.verify.qrMatch' : 'documents.verify.qrMismatch'), bad: !check.qrMatches });
  if (fileGiven && check.fileMatches !== null) {
    if (record.sha256 === null) lines.push({ key: 'pdf', text: t('documents.verify.fileNoHash'), bad: true });
    else lines.push({ key: 'pdf', text: t(check.fileMatches ? 'documents.verify.fileMatch' : 'documents.verify.fileMismatch'), bad: !check.fileMatches });
  }
  if (check.reprints.length > 0) lines.push({ key: 'reprints', text: t('documents.verify.reprints', { serials: check.reprints.join(t('loans.listSeparator')) }) });
  return (
    <Alert color={color} variant="light" role="status" aria-label={t('documents.verify.result')}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          <Text span ff="monospace" fw={600} size="sm">
            {record.serial}
          </Text>{' '}
          {t(record.state === 'void' ? 'documents.verify.foundVoid' : 'documents.verify.found', { title })}
        </Text>
        <List size="sm" spacing={2}>
          {lines.map((line) => (
            <List.Item key={line.key} c={line.bad ? 'red.9' : undefined}>
              {line.text}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
