import { randomBytes } from 'node:crypto';
import {
  SESSION_COOKIE,
  type ApiKeyCreated,
  type Delivery,
  type DeliveryStatus,
  type DingtalkMessage,
  type Robot,
} from '@dingpost/shared';
import type { FaultRequest } from '../emulator/faults.ts';
import type { InboxEntry } from '../emulator/store.ts';

export type Answer<T = unknown> = { status: number; json: T; text: string };

/** How a client proves who it is: a session cookie (as a browser on the site) or an API key (as a script). */
export type ClientAuth = { cookie: string } | { apiKey: string };

/** The headers a browser on this site (cookie + Origin) or a script (Bearer) would send. */
export function authHeaders(url: string, auth: ClientAuth | null | undefined): Record<string, string> {
  if (!auth) return {};
  if ('apiKey' in auth) return { authorization: `Bearer ${auth.apiKey}` };
  return { cookie: auth.cookie, origin: new URL(url).origin };
}

/** One JSON request over real HTTP (keep-alive, as a browser would). */
export async function call<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: callers look at text
  }
  return { status: response.status, json: json as T, text };
}

/** A robot's credentials as DingTalk would issue them: a 64-hex token and a SEC… secret. */
export function newRobotCredentials(): { token: string; secret: string } {
  // Base62 secret so signatures over it hit every Base64 character, `+ / =` included, across sends.
  const secret = `SEC${randomBytes(48)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 60)}`;
  return { token: randomBytes(32).toString('hex'), secret };
}

export const FINAL: readonly DeliveryStatus[] = ['sent', 'failed', 'digested'];

/** Logs in over HTTP as a browser would; the answer's session cookie, as `name=value`. */
export async function login(url: string, username: string, password: string): Promise<{ cookie: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0]!)
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('login answered 200 without a session cookie');
  return { cookie };
}

/** The dingpost API of a running server, as the given user (cookie) or script (API key). */
export function dingpostClient(url: string, auth?: ClientAuth | null) {
  const api = `${url}/api`;
  const headers = authHeaders(url, auth);
  const request = <T = unknown>(method: string, path: string, body?: unknown) =>
    call<T>(api, method, path, body, headers);
  return {
    call: request,

    /** A new API key (needs an admin's session); the token is only in this answer. */
    async createApiKey(name = 'integration'): Promise<ApiKeyCreated> {
      const answer = await request<ApiKeyCreated>('POST', '/api-keys', { name });
      if (answer.status !== 201) throw new Error(`API key not created: ${answer.status} ${answer.text}`);
      return answer.json;
    },

    async createRobot(input: {
      name: string;
      webhook: string;
      secret?: string;
      keywords?: string[];
      coalesce?: boolean;
    }) {
      const answer = await request<Robot>('POST', '/robots', input);
      if (answer.status !== 201) throw new Error(`robot not created: ${answer.status} ${answer.text}`);
      return answer.json;
    },

    /** POST /api/deliveries; `wait` asks the server to hold the answer until a final state. */
    send(robotId: string, message: DingtalkMessage, wait = false) {
      return request<Delivery>('POST', `/deliveries${wait ? '?wait=1' : ''}`, { robotId, message });
    },

    async delivery(id: string): Promise<Delivery> {
      const answer = await request<Delivery>('GET', `/deliveries/${id}`);
      if (answer.status !== 200) throw new Error(`delivery ${id}: ${answer.status} ${answer.text}`);
      return answer.json;
    },

    /** Every delivery (all pages), newest first. */
    async allDeliveries(query = ''): Promise<Delivery[]> {
      const items: Delivery[] = [];
      let cursor: string | null = null;
      do {
        const page: Answer<{ items: Delivery[]; nextCursor: string | null }> = await request(
          'GET',
          `/deliveries?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        if (page.status !== 200) throw new Error(`deliveries: ${page.status} ${page.text}`);
        items.push(...page.json.items);
        cursor = page.json.nextCursor;
      } while (cursor);
      return items;
    },

    /** Polls until every given delivery is in a final state (or the time is up: then returns what it has). */
    async settle(ids: readonly string[], timeoutMs = 20_000, pollMs = 100): Promise<Delivery[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const all = new Map((await this.allDeliveries()).map((d) => [d.id, d]));
        const wanted = ids.map((id) => all.get(id)!);
        if (wanted.every((d) => d && FINAL.includes(d.status)) || Date.now() > deadline) return wanted;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
  };
}

export type DingpostClient = ReturnType<typeof dingpostClient>;

/** The emulator's test controls (/_admin). */
export function emulatorAdmin(url: string) {
  const admin = `${url}/_admin`;
  return {
    async registerRobot(robot: { token: string; secret: string | null; keywords?: string[]; name?: string }) {
      const answer = await call(admin, 'POST', '/robots', robot);
      if (answer.status !== 201) throw new Error(`emulator robot not registered: ${answer.status} ${answer.text}`);
    },
    /** Accepted messages, newest first. */
    async inbox(token?: string, limit = 10_000): Promise<InboxEntry[]> {
      const query = `?limit=${limit}${token ? `&token=${token}` : ''}`;
      return (await call<{ items: InboxEntry[] }>(admin, 'GET', `/inbox${query}`)).json.items;
    },
    async fault(request: FaultRequest) {
      const answer = await call(admin, 'POST', '/faults', request);
      if (answer.status !== 201) throw new Error(`fault not accepted: ${answer.status} ${answer.text}`);
    },
    async reset(robots = false) {
      await call(admin, 'POST', '/reset', { robots });
    },
  };
}

export type EmulatorAdmin = ReturnType<typeof emulatorAdmin>;

/**
 * Largest number of receive times inside any window of `windowMs` as DingTalk counts it: the times t
 * with t > now - windowMs (so two sends exactly windowMs apart are in different windows).
 */
export function busiestWindow(timesMs: readonly number[], windowMs: number): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
