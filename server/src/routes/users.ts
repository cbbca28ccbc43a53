import { idSchema, userCreateSchema, userUpdateSchema, type User } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { auditActor, type AppEnv } from '../http/auth.ts';
import { ApiException, notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { hashPassword } from '../services/accounts/passwords.ts';
import { UsernameTakenError } from '../services/accounts/user-store.ts';

const idParam = z.object({ id: idSchema });

const lastAdmin = () =>
  new ApiException(409, 'last_admin', 'This is the last admin who can log in: make another user admin first');

/** One change at a time, so two requests cannot each see "another admin remains" and remove both. */
function serialized() {
  let chain: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const result = chain.then(run, run);
    chain = result.catch(() => undefined);
    return result;
  };
}

export function userRoutes({ accounts }: Pick<AppDeps, 'accounts'>) {
  const { users, sessions, audit } = accounts;
  const exclusive = serialized();

  const existing = async (id: string): Promise<User> => {
    const user = await users.get(id);
    if (!user) throw notFound('User');
    return user;
  };
  /** Whether taking `user` out of the active admins would leave none. */
  const isLastAdmin = async (user: User) =>
    user.role === 'admin' && !user.disabled && (await users.activeAdminsOtherThan(user.id)) === 0;

  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ items: await users.list() }, 200))
    .post('/', validate('json', userCreateSchema), async (c) => {
      const input = c.req.valid('json');
      let user: User;
      try {
        user = await users.create({
          username: input.username,
          role: input.role,
          passwordHash: await hashPassword(input.password),
        });
      } catch (error) {
        if (error instanceof UsernameTakenError)
          throw new ApiException(409, 'username_taken', `There is already a user named ${input.username}`, [
            { path: 'username', message: 'Taken' },
          ]);
        throw error;
      }
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'user.create',
        target: user.id,
        details: { username: user.username, role: user.role },
      });
      return c.json(user, 201);
    })
    .patch('/:id', validate('param', idParam), validate('json', userUpdateSchema), async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const actor = c.get('actor');
      const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
      const updated = await exclusive(async () => {
        const user = await existing(id);
        const losesAdmin = (input.role !== undefined && input.role !== 'admin') || input.disabled === true;
        if (losesAdmin && (await isLastAdmin(user))) throw lastAdmin();
        return users.update(id, { role: input.role, disabled: input.disabled, passwordHash });
      });
      if (!updated) throw notFound('User');
      // A new password or a disabled account ends the sessions opened before; the admin making the
      // change to their own password stays signed in.
      if (passwordHash !== undefined || input.disabled === true) {
        const own = actor.kind === 'user' && actor.session.user.id === id ? actor.session.id : undefined;
        await sessions.revokeAllOf(id, input.disabled === true ? undefined : own);
      }
      await audit.record({
        actor: auditActor(actor),
        action: 'user.update',
        target: id,
        details: {
          username: updated.username,
          ...(input.role === undefined ? {} : { role: input.role }),
          ...(input.disabled === undefined ? {} : { disabled: input.disabled }),
          ...(passwordHash === undefined ? {} : { passwordChanged: true }),
        },
      });
      return c.json(updated, 200);
    })
    .delete('/:id', validate('param', idParam), async (c) => {
      const { id } = c.req.valid('param');
      const removed = await exclusive(async () => {
        const user = await existing(id);
        if (await isLastAdmin(user)) throw lastAdmin();
        await users.remove(id);
        return user;
      });
      await audit.record({
        actor: auditActor(c.get('actor')),
        action: 'user.delete',
        target: id,
        details: { username: removed.username },
      });
      return c.body(null, 204);
    });
}
