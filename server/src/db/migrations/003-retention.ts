import type { Kysely } from 'kysely';

/** What retention (services/retention.ts) looks rows up by: their age. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('deliveries_created_at').on('deliveries').column('created_at').execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}
