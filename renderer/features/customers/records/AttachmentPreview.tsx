import { useEffect, useState } from 'react';
import { Center, Image, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import type { AttachmentInfo } from '../../../../shared/attachments/attachments';
import { AppDialog, DialogBody } from '../../../dialogs/AppDialog';
import { ErrorNotice } from '../../../forms/ErrorNotice';
import { bytesOfBase64 } from '../../../files/base64';

type OpenedFile = ChannelOutput<'attachments.open'>;
const imageMimes = ['image/jpeg', 'image/png', 'image/webp'];


/** A PDF shown from memory: a blob: URL that lives only while the preview is open (the CSP allows frames from blob: only). */
function PdfFrame({ file }: { file: OpenedFile }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([bytesOfBase64(file.dataBase64)], { type: 'application/pdf' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  if (!url) return null;
  return <iframe src={url} title={file.fileName} style={{ width: '100%', height: '75vh', border: 0 }} />;
}

/** Shows a stored scan without it ever touching the disk: images as data: URLs, PDFs in a frame of a blob: URL. */
export function AttachmentPreview({ opened, attachment, file, error, onClose }: { opened: boolean; attachment: AttachmentInfo | null; file: OpenedFile | undefined; error: unknown; onClose: () => void }) {
  const { t } = useTranslation();
  let body;
  if (error) body = <ErrorNotice error={error} />;
  else if (!file) {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label={t('customerRecords.attachments.opening')} />
      </Center>
    );
  } else if (imageMimes.includes(file.mime)) {
    body = <Image src={`data:${file.mime};base64,${file.dataBase64}`} alt={file.fileName} fit="contain" w="auto" maw="100%" mah="75vh" mx="auto" />;
  } else if (file.mime === 'application/pdf') {
    body = <PdfFrame file={file} />;
  } else {
    body = (
      <Text size="sm" c="dimmed">
        {t('customerRecords.attachments.cannotPreview')}
      </Text>
    );
  }
  return (
    <AppDialog opened={opened} onClose={onClose} title={attachment ? t('customerRecords.attachments.previewTitle', { name: attachment.fileName }) : ''} size="80rem" closeOnClickOutside>
      <DialogBody>{body}</DialogBody>
    </AppDialog>
  );
}
