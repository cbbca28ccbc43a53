import type { ApiIssue } from '@dingpost/shared';

/** Issues found inside a part of the input, with paths from the input's root ("message.text.content"). */
export function issuesUnder(prefix: string, issues: readonly ApiIssue[]): ApiIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path === '' ? prefix : `${prefix}.${issue.path}` }));
}
