import type { Template, TemplateVariable, templateInputSchema } from '@dingpost/shared';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { newId } from '../../db/ids.ts';
import type { TemplatesTable } from '../../db/schema.ts';

export type TemplateFields = z.output<typeof templateInputSchema>;
export type TemplateStore = ReturnType<typeof createTemplateStore>;

function toTemplate(row: TemplatesTable): Template {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    message: JSON.parse(row.message) as Template['message'],
    variables: JSON.parse(row.variables) as TemplateVariable[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Plain storage: callers check a template (services/templates/template-checks.ts) before saving it. */
export function createTemplateStore(db: Db) {
  const get = async (id: string): Promise<Template | undefined> => {
    const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toTemplate(row);
  };

  return {
    get,

    async list(): Promise<Template[]> {
      const rows = await db.selectFrom('templates').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toTemplate);
    },

    async create(fields: TemplateFields): Promise<Template> {
      const now = new Date().toISOString();
      const row: TemplatesTable = {
        id: newId('tpl'),
        name: fields.name,
        description: fields.description,
        message: JSON.stringify(fields.message),
        variables: JSON.stringify(fields.variables),
        created_at: now,
        updated_at: now,
      };
      await db.insertInto('templates').values(row).execute();
      return toTemplate(row);
    },

    /** Replaces the editable fields; undefined when there is no such template. */
    async replace(id: string, fields: TemplateFields): Promise<Template | undefined> {
      const result = await db
        .updateTable('templates')
        .set({
          name: fields.name,
          description: fields.description,
          message: JSON.stringify(fields.message),
          variables: JSON.stringify(fields.variables),
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows === 0n ? undefined : get(id);
    },

    async remove(id: string): Promise<boolean> {
      const result = await db.deleteFrom('templates').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
