import { apiErrorSchema, type ApiIssue } from '@dingpost/shared/api/errors';
import type { z } from 'zod';

/** A failed API call: the server's error code and message, with field issues when it rejected input. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** Seconds to wait before trying again, from a 429's Retry-After header. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }

  /** Issues by dotted path, for mapping onto form fields. */
  issuesByPath(): Map<string, string> {
    return new Map(this.issues.map((issue) => [issue.path, issue.message]));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Query values: undefined and null are left out, everything else is written with String(). */
type Query = Record<string, unknown>;

export interface RequestOptions<T extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Parses the answer; omit for answers without a body (204). */
  schema?: T;
  signal?: AbortSignal;
  /**
   * Whether a 401 because the session ended waits for the user to log in again and is then tried once
   * more (the default); false for the calls that ask about the session itself (who am I, log out).
   */
  reauthenticate?: boolean;
}

function urlOf(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null) params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function retryAfterOf(response: Response): number | undefined {
  const value = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, issues } = parsed.data.error;
    return new ApiError(response.status, code, message, issues ?? [], retryAfterOf(response));
  }
  return new ApiError(response.status, 'http_error', `HTTP ${response.status} ${response.statusText}`.trim());
}

/**
 * What a 401 "unauthenticated" (the session ended) means to the app: resolves true once the same user has
 * logged in again, so the call is made once more, or false when they will not (the call then fails).
 */
export type UnauthenticatedHandler = (error: ApiError) => Promise<boolean>;

let unauthenticatedHandler: UnauthenticatedHandler | undefined;

/**
 * Registers who hears that the session is gone (a 401 from any call), so the app can ask the user to log
 * in again wherever it happened, keeping the page and what they typed. Returns the unregister function.
 */
export function onUnauthenticated(handler: UnauthenticatedHandler): () => void {
  unauthenticatedHandler = handler;
  return () => {
    if (unauthenticatedHandler === handler) unauthenticatedHandler = undefined;
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** Waits for the handler's word on a 401, unless the caller gives up (aborts) first. */
function renewed(error: ApiError, signal: AbortSignal | undefined): Promise<boolean> {
  if (!unauthenticatedHandler) return Promise.resolve(false);
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const answer = unauthenticatedHandler(error);
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (reason: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      },
    );
  });
}

/**
 * The only place in the web app that calls fetch. Answers are parsed with the shared schemas, so a
 * server that drifts from the contract fails loudly here instead of deep inside a component.
 * A 401 because the session ended waits while the user logs in again (see onUnauthenticated), then the
 * call is made once more: the server refused it before doing anything, so nothing happens twice.
 */
export async function apiRequest<T extends z.ZodType>(
  path: string,
  options: RequestOptions<T> & { schema: T },
): Promise<z.infer<T>>;
export async function apiRequest(path: string, options?: RequestOptions<z.ZodType>): Promise<undefined>;
export async function apiRequest<T extends z.ZodType>(path: string, options: RequestOptions<T> = {}): Promise<unknown> {
  const { method = options.body === undefined ? 'GET' : 'POST', query, body, schema, signal } = options;
  const { reauthenticate = true } = options;
  const send = async (): Promise<Response> => {
    try {
      return await fetch(urlOf(path, query), {
        method,
        headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
  };
  let response = await send();
  if (!response.ok) {
    const error = await errorOf(response);
    if (!(reauthenticate && error.status === 401 && error.code === 'unauthenticated')) throw error;
    if (!(await renewed(error, signal))) throw error;
    response = await send();
    if (!response.ok) throw await errorOf(response);
  }
  if (!schema || response.status === 204) return undefined;
  const data: unknown = await response.json();
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(response.status, 'bad_response', parsed.error.message);
  return parsed.data;
}
