import { useRef, useState } from 'react';
import { Button, Select, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/kedang';
import { AppDialog } from '../../dialogs/AppDialog';
import { DialogForm } from '../../dialogs/DialogForm';
import { useDialogState } from '../../dialogs/useDialogState';
import { usePrint } from '../documents/PrintDialog';
import { registerViews, type RegisterView } from './loansSearch';

interface Props {
  /** The register's filters as they are on screen: the print starts from them. */
  view: RegisterView;
  from?: string;
  to?: string;
}

/** 打印登记册: the checkouts of a period (the one filtered, else this month) and view, for approvers and the archive room. */
export function LoanRegisterPrint(props: Props) {
  const { t } = useTranslation();
  const choosing = useDialogState();
  const printer = usePrint();
  // The print dialog opens as this one closes: the focus it gives back afterwards is this button's.
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button ref={opener} variant="default" onClick={() => choosing.open(true)}>
        {t('documents.loans.register')}
      </Button>
      <AppDialog opened={choosing.opened} onClose={choosing.close} title={t('documents.loans.registerDialog')} size="md">
        <RegisterPrintForm
          {...props}
          onPrint={(choice) => {
            choosing.close();
            opener.current?.focus();
            const view = t(`loans.register.views.${choice.view}`);
            printer.print({ title: t('documents.loans.registerTitle', { ...choice, view }), start: () => call('documents.printRegister', choice) });
          }}
        />
      </AppDialog>
      {printer.dialog}
    </>
  );
}

function RegisterPrintForm({ view, from, to, onPrint }: Props & { onPrint: (choice: { from: string; to: string; view: RegisterView }) => void }) {
  const { t } = useTranslation();
  const month = dayjs();
  const [period, setPeriod] = useState<[string | null, string | null]>([from ?? month.startOf('month').format('YYYY-MM-DD'), to ?? month.endOf('month').format('YYYY-MM-DD')]);
  const [chosenView, setChosenView] = useState<RegisterView>(view);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <DialogForm
      onSubmit={(event) => {
        event?.preventDefault();
        const [start, end] = period;
        if (!start || !end) return setProblem(t('documents.loans.periodRequired'));
        onPrint({ from: dayjs(start).format('YYYY-MM-DD'), to: dayjs(end).format('YYYY-MM-DD'), view: chosenView });
      }}
      submitLabel={t('documents.loans.registerPrint')}
    >
      <Text size="sm">{t('documents.loans.registerIntro')}</Text>
      <DatePickerInput
        type="range"
        label={t('documents.loans.registerPeriod')}
        valueFormat="YYYY-MM-DD"
        allowSingleDateInRange
        value={period}
        error={problem}
        data-autofocus
        onChange={(value) => {
          setPeriod(value);
          setProblem(null);
        }}
      />
      <Select
        label={t('documents.loans.registerView')}
        allowDeselect={false}
        data={registerViews.map((v) => ({ value: v, label: t(`loans.register.views.${v}`) }))}
        value={chosenView}
        onChange={(value) => setChosenView(registerViews.find((known) => known === value) ?? 'all')}
      />
    </DialogForm>
  );
}
