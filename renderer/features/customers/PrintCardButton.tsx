import { useRef } from 'react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/kedang';
import { openConfirm } from '../../dialogs/confirm';
import { usePrint } from '../documents/PrintDialog';

/**
 * 打印档案卡: masked, as the card shows it. Whoever may reveal numbers also gets a second choice with
 * the full numbers, asked once more because it is audited and every page carries their name.
 */
export function PrintCardButton({ id, archiveNo, name, canReveal }: { id: number; archiveNo: string; name: string; canReveal: boolean }) {
  const { t } = useTranslation();
  const printer = usePrint();
  // The dialog gives the focus back to whatever had it when it opened: the button, not the menu's item.
  const target = useRef<HTMLButtonElement>(null);
  const print = (order: Parameters<typeof printer.print>[0]) => {
    target.current?.focus();
    printer.print(order);
  };
  const title = t('documents.card.title', { archiveNo, name });
  const printMasked = () => print({ title, start: () => call('documents.printCard', { id, reveal: false }) });
  const printFull = () =>
    openConfirm({
      title: t('documents.card.revealTitle'),
      message: t('documents.card.revealBody'),
      confirmLabel: t('documents.card.revealConfirm'),
      color: 'orange',
      onConfirm: () => print({ title: t('documents.card.titleFull', { archiveNo, name }), start: () => call('documents.printCard', { id, reveal: true }) }),
    });

  if (!canReveal) {
    return (
      <>
        <Button ref={target} variant="default" onClick={printMasked}>
          {t('documents.card.print')}
        </Button>
        {printer.dialog}
      </>
    );
  }
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button ref={target} variant="default">
            {t('documents.card.print')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={printMasked}>{t('documents.card.masked')}</Menu.Item>
          <Menu.Item onClick={printFull} color="orange.9">
            {t('documents.card.full')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {printer.dialog}
    </>
  );
}
