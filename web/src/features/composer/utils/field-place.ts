import type { LintWarning } from '@dingpost/shared/api/check';
import type { z } from 'zod';

export type Place = Pick<LintWarning, 'field' | 'line'>;
type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where a warning or issue is, in the reader's words: the field's label from the composer's
 * insights.fields ("按钮 2 链接"), with its line when it has one; '' for the whole message.
 */
export function where(warning: Place, t: T): string {
  if (!warning.field) return '';
  const index = /\.(\d+)\./.exec(warning.field)?.[1];
  const field = t(`insights.fields.${warning.field.replace(/\.\d+\./g, '.n.')}`, {
    defaultValue: warning.field,
    n: index === undefined ? '' : Number(index) + 1,
  });
  return warning.line ? t('insights.atLine', { field, line: warning.line }) : field;
}

/** A message's problem at one field: its dotted path ('' for the whole message) and what is wrong. */
export type FieldIssue = { field: string; message: string };

/** The first of each field's issues, in the order found, except those `skip` leaves out. */
export function firstIssuePerField(
  issues: readonly z.core.$ZodIssue[],
  skip: (issue: z.core.$ZodIssue, field: string) => boolean = () => false,
): FieldIssue[] {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const field = issue.path.join('.');
    if (!byField.has(field) && !skip(issue, field)) byField.set(field, issue.message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

/** "place：problem", or the problem alone when it is about the whole message. */
export function placedIssue(issue: FieldIssue, t: T): string {
  const place = where({ field: issue.field || null, line: null }, t);
  return place ? t('insights.placed', { place, text: issue.message }) : issue.message;
}
