import { useEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** Validation messages follow the language: when it changes, the fields showing an error are checked again. */
export function useRevalidateOnLanguageChange<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>) {
  const { i18n } = useTranslation();
  const first = useRef(true);
  const { trigger, formState } = form;
  const { errors } = formState;
  const language = i18n.language;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const names = Object.keys(errors) as Path<T>[];
    if (names.length > 0) void trigger(names);
    // Only a language change should re-run this, not every new error.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);
}
