import { Button } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/kedang';
import { usePrint } from '../documents/PrintDialog';
import type { AuditSearch } from './auditSearch';

/**
 * 打印审计报告: the entries of the filtered period (this month when none is chosen), by action and file
 * as filtered, with the chain's head printed as an anchor the paper keeps.
 */
export function AuditReportPrint({ search }: { search: AuditSearch }) {
  const { t } = useTranslation();
  const printer = usePrint();
  const print = () => {
    // An open end of the filter is closed by this month: from its first day, up to today.
    const earlier = (a: string, b: string) => (a < b ? a : b);
    const today = dayjs().format('YYYY-MM-DD');
    const to = search.to ?? (search.from && search.from > today ? search.from : today);
    const from = search.from ?? earlier(dayjs().startOf('month').format('YYYY-MM-DD'), to);
    const input = { from, to, ...(search.action ? { action: search.action } : {}), ...(search.file ? { archiveNo: search.file } : {}) };
    const title = search.file ? t('documents.audit.titleFile', { from, to, archiveNo: search.file }) : t('documents.audit.title', { from, to });
    printer.print({ title, start: () => call('documents.printAuditReport', input) });
  };
  return (
    <>
      <Button variant="light" onClick={print}>
        {t('documents.audit.print')}
      </Button>
      {printer.dialog}
    </>
  );
}
