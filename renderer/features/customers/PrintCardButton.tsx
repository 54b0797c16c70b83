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
  const title = t('documents.card.title', { archiveNo, name });
  const printMasked = () => printer.print({ title, start: () => call('documents.printCard', { id, reveal: false }) });
  const printFull = () =>
    openConfirm({
      title: t('documents.card.revealTitle'),
      message: t('documents.card.revealBody'),
      confirmLabel: t('documents.card.revealConfirm'),
      color: 'orange',
      onConfirm: () => printer.print({ title: t('documents.card.titleFull', { archiveNo, name }), start: () => call('documents.printCard', { id, reveal: true }) }),
    });

  if (!canReveal) {
    return (
      <>
        <Button variant="default" onClick={printMasked}>
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
          <Button variant="default">{t('documents.card.print')}</Button>
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
