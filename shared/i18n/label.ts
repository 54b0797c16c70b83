/**
 * A text printed in both of the app's languages. Labels that several places print (the screens, audit
 * summaries, printed documents) are defined once in shared, next to the codes they name.
 */
export interface Label {
  zh: string;
  en: string;
}

export type LabelLocale = keyof Label;

/** `{ normal: { zh: '普通', … } }` → `{ normal: '普通' }`, for one language. */
export function labelsIn<K extends string>(labels: Record<K, Label>, locale: LabelLocale): Record<K, string> {
  return Object.fromEntries(Object.entries<Label>(labels).map(([code, label]) => [code, label[locale]])) as Record<K, string>;
}
