import type { UseFormReturnType } from '@mantine/form';

/** What `form.getInputProps(path)` hands a field, for pieces of a form that live in their own component. */
export type FieldProps = ReturnType<UseFormReturnType<Record<string, unknown>>['getInputProps']>;
