import type { LintWarning } from '@dingpost/shared/api/check';

export type Place = Pick<LintWarning, 'field' | 'line'>;

/**
 * Where a warning or issue is, in the reader's words: the field's label from the composer's
 * insights.fields ("按钮 2 链接"), with its line when it has one; '' for the whole message.
 */
export function where(warning: Place, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!warning.field) return '';
  const index = /\.(\d+)\./.exec(warning.field)?.[1];
  const field = t(`insights.fields.${warning.field.replace(/\.\d+\./g, '.n.')}`, {
    defaultValue: warning.field,
    n: index === undefined ? '' : Number(index) + 1,
  });
  return warning.line ? t('insights.atLine', { field, line: warning.line }) : field;
}
