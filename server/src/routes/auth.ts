import type { IncomingMessage } from 'node:http';
import { loginInputSchema, passwordChangeSchema } from '@dingpost/shared';
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../app.ts';
import { auditActor, clearSessionCookie, setSessionCookie, type AppEnv } from '../http/auth.ts';
import { refuseForeignOrigin } from '../http/csrf.ts';
import { ApiException } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { hashPassword, verifyNothing, verifyPassword } from '../services/accounts/passwords.ts';

/** The peer's address (not X-Forwarded-For, which any client can write); in-process tests have none. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket.remoteAddress ?? 'local';
}

const invalidCredentials = () => new ApiException(401, 'invalid_credentials', 'Wrong username or password');

function tooManyAttempts(waitSeconds: number): ApiException {
  const error = new ApiException(
    429,
    'too_many_attempts',
    `Too many failed logins: try again in ${Math.ceil(waitSeconds / 60)} min`,
  );
  error.retryAfterSeconds = waitSeconds;
  return error;
}

export function authRoutes({ accounts }: Pick<AppDeps, 'accounts'>) {
  return (
    new Hono<AppEnv>()
      .post(
        '/login',
        async (c, next) => {
          refuseForeignOrigin(c);
          await next();
        },
        validate('json', loginInputSchema),
        async (c) => {
          const { username, password } = c.req.valid('json');
          const address = clientAddress(c);
          const wait = accounts.loginLimiter.attempt(username, address);
          if (wait > 0) throw tooManyAttempts(wait);
          const user = await accounts.users.byUsername(username);
          const matches = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
          if (!user || !matches || user.disabled) {
            await accounts.audit.record({
              actor: { kind: 'user', id: user?.id ?? null, name: user?.username ?? username },
              action: 'auth.login_failed',
              target: user?.id ?? null,
              details: { reason: !user ? 'unknown_user' : !matches ? 'wrong_password' : 'disabled', address },
            });
            throw invalidCredentials();
          }
          accounts.loginLimiter.succeed(username, address);
          const { token, session } = await accounts.sessions.create(user.id);
          setSessionCookie(c, token);
          await accounts.audit.record({
            actor: { kind: 'user', id: user.id, name: user.username },
            action: 'auth.login',
            target: user.id,
            details: { address },
          });
          return c.json({ user: session.user }, 200);
        },
      )
      .post('/logout', async (c) => {
        const actor = c.get('actor');
        if (actor.kind === 'user') {
          await accounts.sessions.revoke(actor.session.id);
          await accounts.audit.record({
            actor: auditActor(actor),
            action: 'auth.logout',
            target: actor.session.user.id,
          });
        }
        clearSessionCookie(c);
        return c.body(null, 204);
      })
      // Someone at an unlocked screen must not lock the owner out: the current password is asked for, and
      // wrong guesses count against the login limit. The other sessions end (a leaked one among them).
      .post('/password', validate('json', passwordChangeSchema), async (c) => {
        const actor = c.get('actor');
        if (actor.kind !== 'user') throw new ApiException(403, 'forbidden', 'An API key has no password to change');
        const { currentPassword, newPassword } = c.req.valid('json');
        const { user: me, id: sessionId } = actor.session;
        const address = clientAddress(c);
        const wait = accounts.loginLimiter.attempt(me.username, address);
        if (wait > 0) throw tooManyAttempts(wait);
        const stored = await accounts.users.byUsername(me.username);
        if (!stored || !(await verifyPassword(currentPassword, stored.passwordHash))) {
          throw new ApiException(400, 'wrong_password', 'The current password is wrong', [
            { path: 'currentPassword', message: 'The current password is wrong' },
          ]);
        }
        accounts.loginLimiter.succeed(me.username, address);
        await accounts.users.update(me.id, { passwordHash: await hashPassword(newPassword) });
        await accounts.sessions.revokeAllOf(me.id, sessionId);
        await accounts.audit.record({ actor: auditActor(actor), action: 'auth.password_change', target: me.id });
        return c.body(null, 204);
      })
      .get('/me', (c) => {
        const actor = c.get('actor');
        if (actor.kind !== 'user') throw new ApiException(403, 'forbidden', 'An API key is not a user');
        return c.json({ user: actor.session.user }, 200);
      })
  );
}
