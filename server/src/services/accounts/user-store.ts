import type { Role, User } from '@dingpost/shared';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { UsersTable } from '../../db/schema.ts';

export type UserStore = ReturnType<typeof createUserStore>;

/** A user with the hash login needs; never in an answer. */
export type UserWithHash = User & { passwordHash: string };

export function toUser(row: Pick<UsersTable, 'id' | 'username' | 'role' | 'created_at' | 'disabled'>): User {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    createdAt: row.created_at,
    disabled: row.disabled === 1,
  };
}

export class UsernameTakenError extends Error {}

/** Plain storage: hashing passwords and guarding the last admin are the callers' work. */
export function createUserStore(db: Db, now: () => number) {
  const get = async (id: string): Promise<User | undefined> => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  };

  return {
    get,

    async byUsername(username: string): Promise<UserWithHash | undefined> {
      // The column's NOCASE collation makes this match regardless of case.
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },

    async list(): Promise<User[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toUser);
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Admins who can log in, other than `exceptId`. */
    async activeAdminsOtherThan(exceptId: string): Promise<number> {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .where('id', '!=', exceptId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async create(fields: { username: string; role: Role; passwordHash: string }): Promise<User> {
      const at = new Date(now()).toISOString();
      const row: UsersTable = {
        id: newId('usr'),
        username: fields.username,
        role: fields.role,
        password_hash: fields.passwordHash,
        disabled: 0,
        created_at: at,
        updated_at: at,
      };
      try {
        await db.insertInto('users').values(row).execute();
      } catch (error) {
        if (error instanceof Error && /UNIQUE constraint failed: users\.username/.test(error.message))
          throw new UsernameTakenError(fields.username);
        throw error;
      }
      return toUser(row);
    },

    async update(
      id: string,
      patch: { role?: Role; passwordHash?: string; disabled?: boolean },
    ): Promise<User | undefined> {
      const changes: Partial<UsersTable> = { updated_at: new Date(now()).toISOString() };
      if (patch.role !== undefined) changes.role = patch.role;
      if (patch.passwordHash !== undefined) changes.password_hash = patch.passwordHash;
      if (patch.disabled !== undefined) changes.disabled = patch.disabled ? 1 : 0;
      const result = await db.updateTable('users').set(changes).where('id', '=', id).executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      return get(id);
    },

    /** Their sessions go with them (ON DELETE CASCADE). */
    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
