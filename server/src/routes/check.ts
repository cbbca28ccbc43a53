import {
  bodyBytes,
  keywordCheck,
  lintMessage,
  MAX_BODY_BYTES,
  messageCheckInputSchema,
  sendableMessageSchema,
  toApiIssues,
  type ApiIssue,
  type LintWarning,
  type MessageCheckResult,
} from '@dingpost/shared';
import { Hono } from 'hono';
import type { AppDeps } from '../app.ts';
import { viewerRole, type AppEnv } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import { issuesUnder } from '../http/issues.ts';
import { validate } from '../http/validate.ts';
import { KEYWORD_MISSING_FOR_EDITOR, keywordsVisible } from '../services/robots/robot-view.ts';

const LINT_MAX_BYTES = 5 * MAX_BODY_BYTES;

/** The keyword warning as an editor sees it: the robot's keywords are not theirs to read. */
function withoutKeywords(warning: LintWarning): LintWarning {
  if (warning.code !== 'keyword-missing') return warning;
  return {
    ...warning,
    message: KEYWORD_MISSING_FOR_EDITOR,
    hint: { zh: '请管理员告诉你这个机器人的关键词', en: 'Ask an admin for this robot’s keywords' },
  };
}

/**
 * POST /messages/check: would DingTalk take this message, and would it show as meant? `issues` are what
 * DingTalk refuses (wire format, size, and with a robot its keywords: a 310000 refusal, so an issue and
 * not only a warning); `warnings` come from the shared linter, the same one the composer runs.
 */
export function checkRoutes({ robots }: Pick<AppDeps, 'robots'>) {
  return new Hono<AppEnv>().post('/check', validate('json', messageCheckInputSchema), async (c) => {
    const { message, robotId } = c.req.valid('json');
    let keywords: string[] = [];
    let revealKeywords = true;
    if (robotId !== undefined) {
      const robot = await robots.get(robotId);
      if (!robot) throw notFound('Robot');
      keywords = robot.keywords;
      revealKeywords = keywordsVisible(viewerRole(c.get('actor')), robot);
    }
    // Measured as the queue sends it (with a msgUuid), so `valid` agrees with POST /deliveries.
    const parsed = sendableMessageSchema.safeParse(message);
    const issues: ApiIssue[] = parsed.success ? [] : issuesUnder('message', toApiIssues(parsed.error));
    if (keywords.length > 0 && !keywordCheck(message, keywords).ok)
      issues.push({
        path: 'message',
        message: revealKeywords
          ? `None of the robot’s keywords (${keywords.join(', ')}) appears in the message: DingTalk would refuse it (310000)`
          : KEYWORD_MISSING_FOR_EDITOR.en,
      });
    // Far over DingTalk's limit the size issue says all; linting megabytes would only cost time.
    const lintable = parsed.success || bodyBytes(message) <= LINT_MAX_BYTES;
    const result: MessageCheckResult = {
      valid: issues.length === 0,
      issues,
      warnings: lintable
        ? lintMessage(message, { keywords }).map((w) => (revealKeywords ? w : withoutKeywords(w)))
        : [],
    };
    return c.json(result, 200);
  });
}
