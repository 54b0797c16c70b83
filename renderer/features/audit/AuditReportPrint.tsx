import { useRef } from 'react';
import { Button } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/kedang';
import { openConfirm } from '../../dialogs/confirm';
import { usePrint } from '../documents/PrintDialog';
import type { AuditSearch } from './auditSearch';

/**
 * 打印审计报告: the entries of the filtered period (this month when none is chosen), by action and file
 * as filtered, with the chain's head printed as an anchor the paper keeps.
 */
export function AuditReportPrint({ search }: { search: AuditSearch }) {
  const { t } = useTranslation();
  const printer = usePrint();
  // The print dialog gives the focus back to whatever had it when it opened: this button, not a closed confirmation's.
  const button = useRef<HTMLButtonElement>(null);
  const print = () => {
    button.current?.focus();
    // An open end of the filter is closed by this month: from its first day, up to today.
    const earlier = (a: string, b: string) => (a < b ? a : b);
    const today = dayjs().format('YYYY-MM-DD');
    const to = search.to ?? (search.from && search.from > today ? search.from : today);
    const from = search.from ?? earlier(dayjs().startOf('month').format('YYYY-MM-DD'), to);
    const input = { from, to, ...(search.action ? { action: search.action } : {}), ...(search.file ? { archiveNo: search.file } : {}) };
    const title = search.file ? t('documents.audit.titleFile', { from, to, archiveNo: search.file }) : t('documents.audit.title', { from, to });
    printer.print({ title, start: () => call('documents.printAuditReport', input) });
  };
  // The report is chosen by period, action and file; a filter by who acted is not on paper, so say so first.
  const ask = () =>
    search.actor || search.by
      ? openConfirm({ title: t('documents.audit.print'), message: t('documents.audit.allActors'), confirmLabel: t('documents.audit.printAnyway'), onConfirm: print })
      : print();
  return (
    <>
      <Button ref={button} variant="light" onClick={ask}>
        {t('documents.audit.print')}
      </Button>
      {printer.dialog}
    </>
  );
}
