import { validationMessages, type ValidationCode } from '../../shared/validation/messages';

/** The shared validators' field codes (ID_CHECKSUM, VIN_CHECK_DIGIT…) in one language, for `fieldIssues`. */
export function validationIssues(lang: 'zh' | 'en'): Record<ValidationCode, string> {
  return Object.fromEntries(Object.entries(validationMessages).map(([code, text]) => [code, text[lang]])) as Record<ValidationCode, string>;
}
