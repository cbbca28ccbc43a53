import type { ApiIssue } from '@dingpost/shared';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

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
