import { SESSION_COOKIE, type ApiKey, type AuditActor, type Role } from '@dingpost/shared';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import type { Accounts } from '../services/accounts/index.ts';
import { SESSION_MAX_MS, type Session } from '../services/accounts/session-store.ts';
import { requireSameOrigin } from './csrf.ts';
import { ApiException } from './errors.ts';

/**
 * Who may call an operation: anyone (`public`), any signed-in user (`editor`), or admins only. `apiKey`
 * puts the operation in an API key's scope; nothing else is.
 */
export type AccessRule = { allow: 'public' | 'editor' | 'admin'; apiKey?: boolean };

/** Who is calling: a signed-in user (by session cookie) or a script (by API key). */
export type Actor = { kind: 'user'; session: Session } | { kind: 'apiKey'; key: ApiKey };

export type AppEnv = { Variables: { actor: Actor } };

export const unauthenticated = (message = 'Log in, or send an API key as Authorization: Bearer dp_…') =>
  new ApiException(401, 'unauthenticated', message);

export const forbidden = (message: string) => new ApiException(403, 'forbidden', message);

/** The actor as the audit log names it. */
export function auditActor(actor: Actor): AuditActor {
  return actor.kind === 'user'
    ? { kind: 'user', id: actor.session.user.id, name: actor.session.user.username }
    : { kind: 'apiKey', id: actor.key.id, name: actor.key.name };
}

/** The role whose view applies: an API key sees what an admin would in its scope (keyword names included). */
export function viewerRole(actor: Actor): Role {
  return actor.kind === 'user' ? actor.session.user.role : 'admin';
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function setSessionCookie(c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: Math.floor(SESSION_MAX_MS / 1000),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c) });
}

/** The operation's route as mounted (`/api/robots/:id`), found among the routes the request matched. */
function routeOf(c: Context): { method: string; path: string } | undefined {
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
  const route = matchedRoutes(c).find((r) => r.method === method);
  return route && { method, path: route.path };
}

async function identify(c: Context, accounts: Accounts): Promise<Actor> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    const key = token === undefined ? undefined : await accounts.apiKeys.resolve(token);
    if (!key) throw unauthenticated('The API key is unknown or revoked');
    return { kind: 'apiKey', key };
  }
  const token = getCookie(c, SESSION_COOKIE);
  if (token === undefined) throw unauthenticated();
  const session = await accounts.sessions.resolve(token);
  if (!session) {
    clearSessionCookie(c);
    throw unauthenticated('Your session has ended: log in again');
  }
  return { kind: 'user', session };
}

function authorize(actor: Actor, rule: AccessRule | undefined): void {
  // A route no rule covers is only the 404 catch-all: any signed-in caller may learn it is not there.
  if (rule === undefined) return;
  if (actor.kind === 'apiKey') {
    if (!rule.apiKey)
      throw forbidden(
        'API keys may send (deliveries, template render), check messages and read templates, robots and history; log in for the rest',
      );
    return;
  }
  if (rule.allow === 'admin' && actor.session.user.role !== 'admin') throw forbidden('Only an admin may do this');
}

/**
 * Authentication and authorization for every route under it: `ruleFor` says who may call each
 * operation (from the OpenAPI operation list, so a documented route always has a rule). Routes no rule
 * covers need a signed-in caller and nothing more. Sets `actor` for the routes.
 */
export function accessControl(deps: {
  accounts: Accounts;
  ruleFor: (method: string, path: string) => AccessRule | undefined;
}): MiddlewareHandler<AppEnv> {
  const { accounts } = deps;
  return async (c, next) => {
    const route = routeOf(c);
    const rule = route && deps.ruleFor(route.method, route.path);
    if (rule?.allow === 'public') return next();
    const actor = await identify(c, accounts);
    if (actor.kind === 'user') requireSameOrigin(c);
    authorize(actor, rule);
    c.set('actor', actor);
    if (actor.kind === 'apiKey' && (await accounts.apiKeys.recordUse(actor.key)))
      await accounts.audit.record({
        actor: auditActor(actor),
        action: 'apikey.use',
        target: actor.key.id,
        details: { method: c.req.method, path: c.req.path },
      });
    return next();
  };
}

/** For routes outside /api (the emulator's test controls): an admin's session, nothing less. */
export function requireAdminSession(accounts: Accounts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await identify(c, accounts);
    if (actor.kind !== 'user' || actor.session.user.role !== 'admin')
      throw forbidden('The emulator’s controls are for admins, signed in');
    requireSameOrigin(c);
    c.set('actor', actor);
    return next();
  };
}
