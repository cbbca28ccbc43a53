import { expect } from 'vitest';
import { lintWarningSchema, type LintCode, type LintWarning } from '../api/check.ts';
import { lintMessage } from '../lint/lint-message.ts';

// What the linter's tests share. Each test file gets its own instance, so `produced` is that file's.

export const md = (text: string, extra: object = {}) => ({
  msgtype: 'markdown',
  markdown: { title: '标题', text },
  ...extra,
});
export const card = (fields: object) => ({
  msgtype: 'actionCard',
  actionCard: { title: '标题', text: '正文', singleTitle: '查看', singleURL: 'https://x.cn/', ...fields },
});
/** [code, field, line] of every warning, the shape most assertions compare. */
export const brief = (warnings: LintWarning[]) => warnings.map((w) => [w.code, w.field, w.line]);
export const lintMd = (text: string) => brief(lint(md(text)));

/** The codes this file's tests made the linter give. */
export const produced = new Set<LintCode>();

/** lintMessage, checking each warning's shape and both languages, and noting its code. */
export function lint(message: unknown, keywords?: string[]): LintWarning[] {
  const warnings = lintMessage(message, keywords ? { keywords } : {});
  for (const warning of warnings) {
    produced.add(warning.code);
    expect(lintWarningSchema.parse(warning)).toEqual(warning);
    expect(warning.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(warning.hint.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(warning.message.en).not.toBe(warning.message.zh);
    expect(warning.hint.en).toMatch(/^[A-Z]/);
  }
  return warnings;
}

/** The codes lint-syntax.test.ts answers for: the markdown DingTalk does not render. */
export const SYNTAX_CODES: readonly LintCode[] = [
  'code',
  'table',
  'html',
  'strikethrough',
  'rule',
  'color-name',
  'single-newline',
];
