import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../shared/app/status';
import { normaliseRecoveryCode, RECOVERY_ALPHABET, RECOVERY_GROUP_LENGTH, RECOVERY_GROUPS } from '../../../shared/auth/recoveryCode';
import { KedangError } from '../../../shared/contract/errors';
import { useKedangMutation } from '../../api/useKedang';
import { refreshStatus } from '../../app/appStatus';
import { GateLayout } from '../../app/GateLayout';
import { ErrorNotice } from '../../forms/ErrorNotice';
import { FormActions } from '../../forms/FormActions';
import { FieldIssueText } from '../../forms/fieldIssues';
import { RecoveryCodeSheet } from './RecoveryCodeSheet';
import { useRecoverySheet } from './RecoverySheetContext';

const allGroups = Array.from({ length: RECOVERY_GROUPS }, (_, i) => i);

function isGroup(value: string): boolean {
  const raw = normaliseRecoveryCode(value);
  return raw.length === RECOVERY_GROUP_LENGTH && [...raw].every((c) => RECOVERY_ALPHABET.includes(c));
}

/**
 * Shown while a recovery code waits for confirmation: first the sheet (once), then the admin types
 * back the groups core asked for. If the sheet is gone (the page was reloaded), all groups are asked.
 */
export function RecoveryScreen({ user }: { user: SessionUser }) {
  const { sheet } = useRecoverySheet();
  // A new sheet (after "new recovery code") starts the flow again from the sheet.
  return <RecoveryFlow key={sheet?.recoveryCode ?? 'lost'} user={user} />;
}

function RecoveryFlow({ user }: { user: SessionUser }) {
  const { sheet } = useRecoverySheet();
  const [stage, setStage] = useState<'sheet' | 'confirm'>(sheet ? 'sheet' : 'confirm');
  return (
    <GateLayout width={640}>
      {stage === 'sheet' && sheet ? (
        <RecoveryCodeSheet recoveryCode={sheet.recoveryCode} onKept={() => setStage('confirm')} />
      ) : (
        <ConfirmGroups user={user} onShowSheet={sheet ? () => setStage('sheet') : undefined} />
      )}
    </GateLayout>
  );
}

function ConfirmGroups({ user, onShowSheet }: { user: SessionUser; onShowSheet?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const recovery = useRecoverySheet();
  const asked = recovery.sheet?.confirmGroups ?? allGroups;

  const form = useForm({
    initialValues: { groups: asked.map(() => '') },
    validate: (values) => {
      const errors: FormErrors = {};
      values.groups.forEach((value, i) => {
        if (!isGroup(value)) errors[`groups.${i}`] = <FieldIssueText issue={{ code: 'RECOVERY_GROUP' }} />;
      });
      return errors;
    },
  });

  const confirm = useKedangMutation('setup.confirmRecovery', {
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('recovery.confirmed') });
      await refreshStatus(queryClient);
      // Only now: clearing first would flash the "sheet lost" form before the app appears.
      recovery.clear();
    },
    onError: (error) => {
      if (error instanceof KedangError && error.code === 'RECOVERY_CONFIRM_MISMATCH') {
        const errors: FormErrors = {};
        asked.forEach((_, i) => (errors[`groups.${i}`] = <FieldIssueText issue={{ code: 'RECOVERY_CONFIRM_MISMATCH' }} />));
        form.setErrors(errors);
      }
    },
  });

  const rotate = useKedangMutation('settings.rotateRecovery', {
    onSuccess: (sheet) => recovery.show(sheet),
  });

  const logout = useKedangMutation('auth.logout', {
    onSettled: () => refreshStatus(queryClient),
  });

  return (
    <form noValidate onSubmit={form.onSubmit((values) => confirm.mutate({ groups: asked.map((index, i) => ({ index, value: normaliseRecoveryCode(values.groups[i] ?? '') })) }))}>
      <Stack>
        <Title order={2}>{t('recovery.confirmTitle')}</Title>
        <Text size="sm">{recovery.sheet ? t('recovery.confirmIntro') : t('recovery.lostSheet')}</Text>
        <SimpleGrid cols={asked.length > 2 ? 4 : 2}>
          {asked.map((index, i) => (
            <TextInput
              key={index}
              label={t('recovery.groupLabel', { n: index + 1 })}
              autoFocus={i === 0}
              autoComplete="off"
              maxLength={RECOVERY_GROUP_LENGTH + 1}
              styles={{ input: { fontFamily: 'monospace', fontSize: 22, letterSpacing: 3, textTransform: 'uppercase' } }}
              {...form.getInputProps(`groups.${i}`)}
            />
          ))}
        </SimpleGrid>
        <ErrorNotice error={confirm.error ?? rotate.error} />
        <FormActions
          submitLabel={t('recovery.confirm')}
          saving={confirm.isPending}
          start={
          <Group gap="xs">
            {onShowSheet && (
              <Button variant="default" onClick={onShowSheet}>
                {t('recovery.backToSheet')}
              </Button>
            )}
            {!recovery.sheet && user.permissions.includes('settings.manage') && (
              <Button variant="default" onClick={() => rotate.mutate({})} loading={rotate.isPending}>
                {t('settings.rotate')}
              </Button>
            )}
            {!recovery.sheet && (
              <Button variant="subtle" onClick={() => logout.mutate({})} loading={logout.isPending}>
                {t('app.header.logout')}
              </Button>
            )}
          </Group>
          }
        />
        {!recovery.sheet && (
          <Alert color="gray" variant="light">
            {t('recovery.lostSheetHint')}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
