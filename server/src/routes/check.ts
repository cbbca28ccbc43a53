import {
  bodyBytes,
  dingtalkMessageSchema,
  keywordCheck,
  lintMessage,
  MAX_BODY_BYTES,
  messageCheckInputSchema,
  toApiIssues,
  type ApiIssue,
  type MessageCheckResult,
} from '@dingpost/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { notFound } from '../http/errors.ts';
import { issuesUnder } from '../http/issues.ts';
import { validate } from '../http/validate.ts';

const LINT_MAX_BYTES = 5 * MAX_BODY_BYTES;

/**
 * POST /messages/check: would DingTalk take this message, and would it show as meant? `issues` are what
 * DingTalk refuses (wire format, size, and with a robot its keywords: a 310000 refusal, so an issue and
 * not only a warning); `warnings` come from the shared linter, the same one the composer runs.
 */
export function checkRoutes({ robots }: Pick<AppDeps, 'robots'>) {
  return new Hono().post('/check', validate('json', messageCheckInputSchema), async (c) => {
    const { message, robotId } = c.req.valid('json');
    let keywords: string[] = [];
    if (robotId !== undefined) {
      const robot = await robots.get(robotId);
      if (!robot) throw notFound('Robot');
      keywords = robot.keywords;
    }
    const parsed = dingtalkMessageSchema.safeParse(message);
    const issues: ApiIssue[] = parsed.success ? [] : issuesUnder('message', toApiIssues(parsed.error));
    if (keywords.length > 0 && !keywordCheck(message, keywords).ok)
      issues.push({
        path: 'message',
        message: `None of the robot’s keywords (${keywords.join(', ')}) appears in the message: DingTalk would refuse it (310000)`,
      });
    // Far over DingTalk's limit the size issue says all; linting megabytes would only cost time.
    const lintable = parsed.success || bodyBytes(message) <= LINT_MAX_BYTES;
    const result: MessageCheckResult = {
      valid: issues.length === 0,
      issues,
      warnings: lintable ? lintMessage(message, { keywords }) : [],
    };
    return c.json(result, 200);
  });
}
