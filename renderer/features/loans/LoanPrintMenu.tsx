import { useRef } from 'react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import type { LoanRequest } from '../../../shared/loans/loanTypes';
import { call } from '../../api/kedang';
import type { PrintOrder } from '../documents/PrintDialog';

/**
 * A request's printouts, in one menu so the row stays narrow: its 申请审批表 always; the 催还通知 of
 * an overdue checkout for the archive room; and, under an approved 复制 request of the caller (or for
 * the archive room), the 个人信息副本 of each file it covers. Core checks each again.
 */
export function LoanPrintMenu({ loan, user, onPrint: print }: { loan: LoanRequest; user: SessionUser; onPrint: (order: PrintOrder) => void }) {
  const { t } = useTranslation();
  // The print dialog gives the focus back to whatever had it when it opened: this button, not the menu's item.
  const target = useRef<HTMLButtonElement>(null);
  const onPrint = (order: PrintOrder) => {
    target.current?.focus();
    print(order);
  };
  const handles = user.permissions.includes('loan.handle');
  const remind = handles && loan.status === 'checkedOut' && loan.overdue;
  const stage = loan.reminderStage === 2 ? 2 : 1;
  const copies = loan.kind === 'copy' && loan.status === 'approved' && (loan.requesterId === user.id || handles) ? loan.files : [];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button ref={target} size="compact-xs" variant="default" aria-label={t('documents.loans.printMenuOf', { id: loan.id })}>
          {t('documents.loans.printMenu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onPrint({ title: t('documents.loans.requestTitle', { id: loan.id }), start: () => call('documents.printLoanRequest', { id: loan.id }) })}>
          {t('documents.loans.request')}
        </Menu.Item>
        {remind && (
          <Menu.Item
            onClick={() =>
              onPrint({ title: t('documents.loans.reminderTitle', { id: loan.id, stage: t(`documents.loans.stages.${stage}`) }), start: () => call('documents.printReminder', { id: loan.id, stage }) })
            }
          >
            {t('documents.loans.reminder', { stage: t(`documents.loans.stages.${stage}`) })}
          </Menu.Item>
        )}
        {copies.map((file) => (
          <Menu.Item
            key={file.customerId}
            onClick={() =>
              onPrint({ title: t('documents.loans.copyTitle', { archiveNo: file.archiveNo, name: file.name ?? '' }), start: () => call('documents.printCopy', { id: file.customerId, loanId: loan.id }) })
            }
          >
            {t('documents.loans.copy', { archiveNo: file.archiveNo, name: file.name ?? '' })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
