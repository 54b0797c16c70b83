import { useState } from 'react';
import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../../shared/attachments/attachments';
import { useKedangMutation } from '../../../api/useKedang';
import { AppDialog } from '../../../dialogs/AppDialog';
import { useDialogState } from '../../../dialogs/useDialogState';
import { AttachmentPreview } from './AttachmentPreview';
import { AttachmentUpload } from './AttachmentUpload';
import { fileSizeText, formatDateTime } from './recordFormat';
import type { RecordTabProps } from './recordTabProps';
import { RecordTable, RecordTabHeader, TextCell } from './RecordTable';

/** 附件: scans of ID cards, licences, contracts and invoices, kept inside the encrypted archive; each opening is audited. */
export function AttachmentsTab({ card, canWrite }: RecordTabProps) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const previewing = useDialogState<AttachmentInfo>();
  // A command, not a cached query: every opening is audited, and the decrypted file should not outlive its preview.
  const open = useKedangMutation('attachments.open');
  const attachments = [...card.attachments].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  const columns = ['kind', 'fileName', 'type', 'size', 'createdAt', 'actions'].map((c) => t(`customerRecords.attachments.columns.${c}`));
  const preview = (attachment: AttachmentInfo) => {
    previewing.open(attachment);
    open.mutate({ id: attachment.id });
  };
  const closePreview = () => {
    previewing.close();
    open.reset();
  };

  return (
    <>
      <RecordTabHeader summary={t('customerRecords.attachments.summary', { count: attachments.length })} addLabel={t('customerRecords.attachments.add')} onAdd={() => setUploading(true)} canWrite={canWrite} />
      <RecordTable label={t('customerRecords.attachments.label')} columns={columns} empty={t('customerRecords.attachments.empty')} count={attachments.length}>
        {attachments.map((attachment) => (
          <Table.Tr key={attachment.id}>
            <Table.Td>
              <Badge variant="light" color="gray" tt="none">
                {t(`customers.vocab.attachmentKind.${attachment.kind}`)}
              </Badge>
            </Table.Td>
            <Table.Td maw={320}>
              <TextCell value={attachment.fileName} />
            </Table.Td>
            <Table.Td>{t(attachment.mime === 'application/pdf' ? 'customerRecords.attachments.pdf' : 'customerRecords.attachments.image')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} ta="right">
              {fileSizeText(attachment.size)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(attachment.createdAt)}</Table.Td>
            <Table.Td>
              <Button
                size="compact-xs"
                variant="light"
                aria-label={t('customerRecords.attachments.previewOf', { name: attachment.fileName })}
                loading={open.isPending && open.variables.id === attachment.id}
                onClick={() => preview(attachment)}
              >
                {t('customerRecords.attachments.preview')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </RecordTable>
      <AppDialog opened={uploading} onClose={() => setUploading(false)} title={t('customerRecords.attachments.addTitle')}>
        <AttachmentUpload card={card} onClose={() => setUploading(false)} />
      </AppDialog>
      <AttachmentPreview opened={previewing.opened} attachment={previewing.value} file={open.data} error={open.error} onClose={closePreview} />
    </>
  );
}
