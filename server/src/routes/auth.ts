import type { IncomingMessage } from 'node:http';
import { loginInputSchema } from '@dingpost/shared';
import { Hono, type Context } from 'hono';
import type { AppDeps } from '../app.ts';
import { auditActor, clearSessionCookie, setSessionCookie, type AppEnv } from '../http/auth.ts';
import { refuseForeignOrigin } from '../http/csrf.ts';
import { ApiException } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { verifyNothing, verifyPassword } from '../services/accounts/passwords.ts';

/** The peer's address (not X-Forwarded-For, which any client can write); in-process tests have none. */
function clientAddress(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined;
  return env?.incoming?.socket.remoteAddress ?? 'local';
}

const invalidCredentials = () => new ApiException(401, 'invalid_credentials', 'Wrong username or password');

export function authRoutes({ accounts }: Pick<AppDeps, 'accounts'>) {
  return new Hono<AppEnv>()
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
        const wait = accounts.loginLimiter.retryAfter(username, address);
        if (wait > 0) {
          const error = new ApiException(
            429,
            'too_many_attempts',
            `Too many failed logins: try again in ${Math.ceil(wait / 60)} min`,
          );
          error.retryAfterSeconds = wait;
          throw error;
        }
        const user = await accounts.users.byUsername(username);
        const matches = user ? await verifyPassword(password, user.passwordHash) : await verifyNothing(password);
        if (!user || !matches || user.disabled) {
          accounts.loginLimiter.fail(username, address);
          await accounts.audit.record({
            actor: { kind: 'user', id: user?.id ?? null, name: user?.username ?? username },
            action: 'auth.login_failed',
            target: user?.id ?? null,
            details: { reason: !user ? 'unknown_user' : !matches ? 'wrong_password' : 'disabled', address },
          });
          throw invalidCredentials();
        }
        accounts.loginLimiter.succeed(username);
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
        await accounts.audit.record({ actor: auditActor(actor), action: 'auth.logout', target: actor.session.user.id });
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .get('/me', (c) => {
      const actor = c.get('actor');
      if (actor.kind !== 'user') throw new ApiException(403, 'forbidden', 'An API key is not a user');
      return c.json({ user: actor.session.user }, 200);
    });
}
