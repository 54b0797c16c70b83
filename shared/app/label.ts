/** A display name in both UI languages. Codes are stored; labels are for display and print only. */
export interface Label {
  zh: string;
  en: string;
}

export type Labels<K extends string> = Readonly<Record<K, Label>>;
