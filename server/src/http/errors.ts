import { isOverSizeLimit, MAX_BODY_BYTES, toApiIssues, type ApiIssue } from '@dingpost/shared';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { issuesUnder } from './issues.ts';

/** An expected failure, answered as `{error: {code, message, issues?}}` by the app's onError. */
export class ApiException extends HTTPException {
  readonly code: string;
  readonly issues: ApiIssue[] | undefined;
  /** Sent as Retry-After (429, 503). */
  retryAfterSeconds: number | undefined;

  constructor(status: ContentfulStatusCode, code: string, message: string, issues?: ApiIssue[]) {
    super(status, { message });
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what: string) => new ApiException(404, 'not_found', `${what} not found`);

export const invalid = (message: string, issues?: ApiIssue[]) =>
  new ApiException(400, 'validation_failed', message, issues);

/**
 * A 400 for input a shared schema refused, naming each field (under `prefix`, as "message"): with the code
 * `message_too_long` when what fails is DingTalk's size limit, so clients can say so in their own words.
 */
export function refused(message: string, error: z.ZodError, prefix?: string): ApiException {
  const issues = prefix === undefined ? toApiIssues(error) : issuesUnder(prefix, toApiIssues(error));
  if (isOverSizeLimit(error))
    return new ApiException(
      400,
      'message_too_long',
      `The message is over DingTalk's limit of ${MAX_BODY_BYTES} bytes (it would answer 460101): shorten it`,
      issues,
    );
  return invalid(message, issues);
}
