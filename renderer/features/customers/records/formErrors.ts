import type { FormErrors } from '@mantine/form';

/** Moves errors from the contract's field names to the form's where they differ (priceCents → price, typed in 元). */
export function renamedErrors(errors: FormErrors, names: Record<string, string>): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, error]) => [names[path] ?? path, error]));
}
