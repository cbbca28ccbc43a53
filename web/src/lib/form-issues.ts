import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { isApiError } from './api-client.ts';
import { errorText } from './error-text.ts';

/**
 * Puts a failed save's field issues (a 400 from the shared schema) on the form's fields, and returns what
 * is left for a form-level alert: issues on no known field, or the error's own message; empty when every
 * issue found its field.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  t: TFunction,
): string[] {
  if (!isApiError(error) || error.issues.length === 0) return [errorText(error, t)];
  const unmatched: string[] = [];
  for (const issue of error.issues) {
    const root = issue.path.split('.')[0] ?? '';
    if (fields.includes(root)) setError(issue.path as Path<T>, { type: 'server', message: issue.message });
    else unmatched.push(issue.path ? `${issue.path}: ${issue.message}` : issue.message);
  }
  return unmatched;
}
