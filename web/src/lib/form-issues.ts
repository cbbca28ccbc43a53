import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import type { ApiIssue } from '@dingpost/shared/api/errors';
import { isApiError } from './api-client.ts';
import { errorText } from './error-text.ts';

/**
 * An issue in the reader's language: an issue with a code is worded by the form's namespace under
 * `issues.<code>` (with the issue's params) when it has those words; anything else keeps the server's own message.
 */
function issueText(issue: ApiIssue, t: TFunction): string {
  return issue.code ? t(`issues.${issue.code}`, { ...issue.params, defaultValue: issue.message }) : issue.message;
}

/**
 * Puts a failed save's field issues (a 400 from the shared schema) on the form's fields, moving the focus
 * to the first of them, and returns what is left for a form-level alert: issues on no known field, or the
 * error's own message; empty when every issue found its field.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  t: TFunction,
): string[] {
  if (!isApiError(error) || error.issues.length === 0) return [errorText(error, t)];
  const unmatched: string[] = [];
  let focused = false;
  for (const issue of error.issues) {
    const root = issue.path.split('.')[0] ?? '';
    const message = issueText(issue, t);
    if (fields.includes(root)) {
      setError(issue.path as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else unmatched.push(issue.path ? `${issue.path}: ${message}` : message);
  }
  return unmatched;
}
