import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { applyServerIssues } from '../lib/form-issues.ts';
import { useRevalidateOnLanguageChange } from './use-revalidate-on-language-change.ts';

/**
 * The save of a dialog's form: its messages follow the language (fields in error are checked again when
 * it changes), and a failed save's issues land on their `fields`; what no field takes, or the error
 * itself, is `formError` for the dialog's alert, worded by the `failedKey` string (with `{{message}}`).
 * `handled` may take an error first (say, one code put on one field) by returning true.
 */
export function useFormSave<T extends FieldValues, O>(
  form: UseFormReturn<T, unknown, O>,
  fields: readonly string[],
  t: TFunction,
  failedKey: string,
) {
  const [formErrors, setFormErrors] = useState<string[]>([]);
  useRevalidateOnLanguageChange(form);
  const submitWith = (save: (values: O) => Promise<void>, handled: (error: unknown) => boolean = () => false) =>
    form.handleSubmit(async (values) => {
      setFormErrors([]);
      try {
        await save(values);
      } catch (error) {
        if (!handled(error)) setFormErrors(applyServerIssues(error, fields, form.setError, t));
      }
    });
  const formError = formErrors.length > 0 ? t(failedKey, { message: formErrors.join('; ') }) : undefined;
  return { formError, submitWith };
}
