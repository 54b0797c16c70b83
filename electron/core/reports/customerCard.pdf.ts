import type { CustomerCard, MaskedPhone } from '../../../shared/customers/customerTypes';
import { documentTitle } from './documentBlocks';
import { frameDocument, type PrintableDocument, type PrintFrame } from './documentFrame';
import { printTime } from './printTime';
import {
  archiveSection,
  consentsSection,
  contactSection,
  contactsSection,
  feedbackSection,
  identitySection,
  intentionsSection,
  salesSection,
  servicesSection,
  vehicleSections,
  type Shown,
} from './customerSections';

/** Full values the caller revealed (and audited) for this print; anything absent prints masked. */
export interface RevealedValues {
  idNumber?: string | null;
  /** Full numbers by phone id. */
  phones?: Record<number, string>;
}

export interface CustomerCardPrint {
  card: CustomerCard;
  revealed?: RevealedValues;
}

export function shownValues(card: CustomerCard, revealed: RevealedValues | undefined): Shown & { unmasked: boolean } {
  const idNumber = revealed?.idNumber || null;
  const phones = revealed?.phones ?? {};
  return {
    idNumber: idNumber ?? card.customer.idNumberMasked,
    phone: (p: MaskedPhone) => phones[p.id] || p.masked,
    unmasked: !!idNumber || card.customer.phones.some((p) => !!phones[p.id]),
  };
}

/** 客户档案卡 (三表一卡): the file and the first page of every record, masked unless revealed. */
export function customerCardDocument(data: CustomerCardPrint, frame: PrintFrame): PrintableDocument {
  const { card } = data;
  const time = printTime(frame.timeZone);
  const shown = shownValues(card, data.revealed);
  const file = card.customer;
  return frameDocument(
    {
      kind: 'customerCard',
      title: '客户档案卡',
      data,
      secrecy: file.secrecy,
      unmaskedPersonalData: shown.unmasked,
      content: [
        documentTitle('客户档案卡', `${file.archiveNo} · ${file.name}`),
        ...identitySection(file, shown),
        ...contactSection(file, shown),
        ...salesSection(file, time),
        ...vehicleSections(card, time),
        ...intentionsSection(card, time),
        ...contactsSection(card, time),
        ...servicesSection(card, time),
        ...feedbackSection(card, time),
        ...consentsSection(card, time),
        ...archiveSection(card, time),
      ],
    },
    frame,
  );
}
