import { useState } from 'react';
import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatAnchor, parseAnchor, type AnchorVerifyResult, type AuditAnchor } from '../../../shared/audit/auditAnchor';
import { channelKey } from '../../api/queryKey';
import { useKedangMutation } from '../../api/useKedang';
import { AppDialog, DialogBody, DialogFooter } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { useDialogState } from '../../dialogs/useDialogState';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';

const MAX_ANCHORS = 50;

/**
 * 生成锚点 and 核对锚点: the chain's head as a short code grouped for reading aloud, to copy onto paper;
 * and anchors typed back from paper, checked against the chain, answered in plain words (which hold,
 * and where a change lies when one does not).
 */
export function AuditAnchors() {
  const { t } = useTranslation();
  const issuing = useDialogState();
  const checking = useDialogState();
  const queryClient = useQueryClient();
  const issue = useKedangMutation('audit.anchor', {
    // Issuing is itself recorded: the list gets the new entry.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: channelKey('audit.list') }),
  });
  return (
    <>
      <Button
        variant="light"
        loading={issue.isPending}
        onClick={() => {
          issue.reset();
          issuing.open(true);
          issue.mutate({ purpose: 'screen' });
        }}
      >
        {t('audit.anchors.issue')}
      </Button>
      <Button variant="light" onClick={() => checking.open(true)}>
        {t('audit.anchors.check')}
      </Button>
      <AppDialog opened={issuing.opened} onClose={issuing.close} title={t('audit.anchors.issue')} size="md">
        <DialogBody>
          <Stack gap="sm">
            <Text size="sm">{t('audit.anchors.intro')}</Text>
            <ErrorNotice error={issue.error} />
            {issue.data && <IssuedAnchor anchor={issue.data} />}
          </Stack>
        </DialogBody>
        <DialogFooter>
          <FormActions submitLabel={t('audit.anchors.done')} onSubmit={issuing.close} />
        </DialogFooter>
      </AppDialog>
      <AppDialog opened={checking.opened} onClose={checking.close} title={t('audit.anchors.check')} size="lg">
        <CheckAnchorsForm />
      </AppDialog>
    </>
  );
}

function IssuedAnchor({ anchor }: { anchor: AuditAnchor & { text: string } }) {
  const { t } = useTranslation();
  const text = formatAnchor(anchor);
  return (
    <Paper withBorder p="md" role="group" aria-label={t('audit.anchors.issued')}>
      <Text size="xs" c="dimmed">
        {t('audit.anchors.issued')}
      </Text>
      <Text ff="monospace" fz={24} fw={700} mt={4} style={{ letterSpacing: '0.04em', whiteSpace: 'nowrap' }} data-testid="anchor-text">
        {text}
      </Text>
      <Group justify="space-between" wrap="nowrap" mt={6}>
        <Text size="xs" c="dimmed">
          {t('audit.anchors.issuedAt', { seq: anchor.seq, time: dayjs().format('YYYY-MM-DD HH:mm') })}
        </Text>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button variant="default" size="compact-sm" onClick={copy}>
              {copied ? t('audit.anchors.copied') : t('audit.anchors.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Paper>
  );
}

type Parsed = { ok: true; anchors: AuditAnchor[] } | { ok: false; message: string };

/** Each non-empty line one anchor, as typed from paper (any spacing, case, dots or dashes). */
function parseLines(text: string, t: (key: string, values?: Record<string, unknown>) => string): Parsed {
  const lines = text.split('\n').map((line, i) => ({ line: i + 1, text: line.trim() })).filter((l) => l.text);
  if (lines.length === 0) return { ok: false, message: t('audit.anchors.none') };
  if (lines.length > MAX_ANCHORS) return { ok: false, message: t('audit.anchors.tooMany') };
  const anchors: AuditAnchor[] = [];
  for (const l of lines) {
    const anchor = parseAnchor(l.text);
    if (!anchor || anchor.seq < 1) return { ok: false, message: t('audit.anchors.unreadable', { line: l.line, text: l.text }) };
    anchors.push(anchor);
  }
  return { ok: true, anchors };
}

function CheckAnchorsForm() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const verify = useKedangMutation('audit.verifyAnchor');
  return (
    <DialogForm
      onSubmit={(event) => {
        event?.preventDefault();
        const parsed = parseLines(text, t);
        verify.reset();
        if (!parsed.ok) return setProblem(parsed.message);
        setProblem(null);
        verify.mutate({ anchors: parsed.anchors });
      }}
      saving={verify.isPending}
      error={verify.error}
      submitLabel={t('audit.anchors.checkButton')}
      cancelLabel={t('common.close')}
    >
      <Textarea
        label={t('audit.anchors.checkLabel')}
        description={t('audit.anchors.checkHint')}
        placeholder="#1234 · 3f9a 0c1d 77e2 b845"
        autosize
        minRows={3}
        maxRows={8}
        data-autofocus
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        value={text}
        error={problem}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setProblem(null);
        }}
      />
      {verify.data && <AnchorAnswer result={verify.data} />}
    </DialogForm>
  );
}

function AnchorAnswer({ result }: { result: AnchorVerifyResult }) {
  const { t } = useTranslation();
  const allHold = result.anchors.every((a) => a.matches);
  const last = result.anchors.at(-1)?.seq ?? 0;
  const overall = allHold
    ? t('audit.anchors.allHold', { seq: last })
    : result.changedRange && result.changedRange.afterSeq > 0
      ? t('audit.anchors.changedRange', { from: result.changedRange.afterSeq, to: result.changedRange.upToSeq })
      : t('audit.anchors.changedFromStart', { to: result.changedRange?.upToSeq ?? last });
  return (
    <Alert color={allHold && result.chainOk ? 'green' : 'red'} variant="light" role="status" aria-label={t('audit.anchors.check')}>
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {overall}
          {result.chainOk ? '' : ` ${t('audit.anchors.chainBroken', { seq: result.brokenSeq })}`}
        </Text>
        <List size="sm" spacing={2}>
          {result.anchors.map((a) => {
            const anchor = formatAnchor(a);
            const key = a.matches ? 'holds' : a.problem === 'missing' ? 'missing' : 'differs';
            return <List.Item key={`${a.seq}-${a.hash}`}>{t(`audit.anchors.${key}`, { anchor, seq: a.seq })}</List.Item>;
          })}
        </List>
      </Stack>
    </Alert>
  );
}
