import type { LintWarning } from '@dingpost/shared/api/check';
import type { z } from 'zod';

export type Place = Pick<LintWarning, 'field' | 'line'>;
type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * Where a warning or issue is, in the reader's words: the field's label from the common strings'
 * fieldPlace.fields ("按钮 2 链接"), else the nearest enclosing field's ("at.atMobiles.0" is in "@ 提醒"),
 * with its line when it has one; '' for the whole message.
 */
export function where(warning: Place, t: T): string {
  if (!warning.field) return '';
  const index = /\.(\d+)(\.|$)/.exec(warning.field)?.[1];
  const options = { n: index === undefined ? '' : Number(index) + 1 };
  const parts = warning.field.split('.').map((part) => (/^\d+$/.test(part) ? 'n' : part));
  let field = warning.field;
  for (let end = parts.length; end > 0; end--) {
    const key = `fieldPlace.fields.${parts.slice(0, end).join('.')}`;
    // An object (the labels of a field's parts) is no label: its caller's part had none.
    const label: unknown = t(key, { ...options, ns: 'common', defaultValue: '', returnObjects: true });
    if (typeof label === 'string' && label !== '' && label !== key) {
      field = label;
      break;
    }
  }
  return warning.line ? t('fieldPlace.atLine', { ns: 'common', field, line: warning.line }) : field;
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

/** "place：text", or the text alone when it is about the whole message. */
export function placed(place: Place, text: string, t: T): string {
  const at = where(place, t);
  return at ? t('fieldPlace.placed', { ns: 'common', place: at, text }) : text;
}

/** An issue as "place：problem". */
export function placedIssue(issue: FieldIssue, t: T): string {
  return placed({ field: issue.field || null, line: null }, issue.message, t);
}
