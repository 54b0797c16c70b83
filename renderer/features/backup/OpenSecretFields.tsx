import { useState } from 'react';
import { Button, FileButton, Group, Input, PasswordInput, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from '../../forms/fieldProps';
import { mandatory } from '../../forms/mandatory';

/** The largest key file read into the form; an age identity file is a few hundred bytes. */
const MAX_KEY_FILE_BYTES = 20_000;

interface Props {
  kind: FieldProps;
  passphrase: FieldProps;
  identity: FieldProps;
  /** The key file's text, read in memory only. */
  onIdentity: (text: string) => void;
  disabled?: boolean;
}

/** How an existing backup is opened: the passphrase it was made with, or the store's private key (pasted or read from its file). */
export function OpenSecretFields({ kind, passphrase, identity, onIdentity, disabled }: Props) {
  const { t } = useTranslation();
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const readKeyFile = async (file: File | null) => {
    if (!file) return;
    setTooBig(file.size > MAX_KEY_FILE_BYTES);
    if (file.size > MAX_KEY_FILE_BYTES) return;
    setFileName(file.name);
    onIdentity(await file.text());
  };
  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('backup.open.how')} labelElement="div">
        <SegmentedControl
          mt={4}
          fullWidth
          aria-label={t('backup.open.how')}
          disabled={disabled}
          data={[
            { value: 'passphrase', label: t('backup.open.passphrase') },
            { value: 'identity', label: t('backup.open.identity') },
          ]}
          {...kind}
        />
      </Input.Wrapper>
      {kind.value === 'passphrase' ? (
        <PasswordInput label={t('backup.open.passphraseLabel')} {...mandatory} autoComplete="off" disabled={disabled} {...passphrase} />
      ) : (
        <Stack gap={6}>
          <Textarea
            label={t('backup.open.identityLabel')}
            description={t('backup.open.identityHint')}
            placeholder="AGE-SECRET-KEY-1…"
            {...mandatory}
            autosize
            minRows={2}
            maxRows={4}
            spellCheck={false}
            autoComplete="off"
            disabled={disabled}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
            {...identity}
            error={identity.error ?? (tooBig ? t('backup.open.keyFileTooBig') : undefined)}
          />
          <Group gap="xs">
            <FileButton onChange={(file) => void readKeyFile(file)} accept=".txt,.key,text/plain" disabled={disabled}>
              {(props) => (
                <Button variant="default" size="xs" {...props}>
                  {t('backup.open.readKeyFile')}
                </Button>
              )}
            </FileButton>
            {fileName && (
              <Text size="xs" c="dimmed">
                {t('backup.open.keyFileRead', { name: fileName })}
              </Text>
            )}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
