import type { LabelLocale } from '../i18n/label';
import type { PaperLocation } from './customerTypes';

/**
 * A paper file's place written the way the box is labelled: 档案室 C柜 4架 13盒 85卷.
 * Empty parts are left out; the room is written as it was typed.
 */
export function paperLocationText(l: PaperLocation | null, locale: LabelLocale = 'zh'): string {
  if (!l) return '';
  if (locale === 'zh') {
    return [l.room, l.cabinet && `${l.cabinet}柜`, l.shelf && `${l.shelf}架`, l.box && `${l.box}盒`, l.folder && `${l.folder}卷`].filter(Boolean).join(' ');
  }
  return [l.room, l.cabinet && `cabinet ${l.cabinet}`, l.shelf && `shelf ${l.shelf}`, l.box && `box ${l.box}`, l.folder && `folder ${l.folder}`].filter(Boolean).join(', ');
}

export function sameLocation(a: PaperLocation | null, b: PaperLocation | null): boolean {
  return paperLocationText(a) === paperLocationText(b);
}
