export { lintMessage } from './lint-message.ts';
export type { LintOptions } from './lint-message.ts';
export { keywordCheck } from './keywords.ts';
export type { KeywordCheckResult } from './keywords.ts';
