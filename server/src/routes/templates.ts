import { idSchema, templateInputSchema, templateRenderInputSchema, templateUpdateSchema } from '@dingpost/shared';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { notFound } from '../http/errors.ts';
import { validate } from '../http/validate.ts';
import { checkTemplate, renderTemplateMessage } from '../services/templates/template-checks.ts';

const idParam = z.object({ id: idSchema });

export function templateRoutes({ templates }: Pick<AppDeps, 'templates'>) {
  const existing = async (id: string) => {
    const template = await templates.get(id);
    if (!template) throw notFound('Template');
    return template;
  };

  return new Hono()
    .get('/', async (c) => c.json({ items: await templates.list() }, 200))
    .post('/', validate('json', templateInputSchema), async (c) => {
      const input = c.req.valid('json');
      checkTemplate(input.message, input.variables);
      return c.json(await templates.create(input), 201);
    })
    .get('/:id', validate('param', idParam), async (c) => c.json(await existing(c.req.valid('param').id), 200))
    .patch('/:id', validate('param', idParam), validate('json', templateUpdateSchema), async (c) => {
      const { id } = c.req.valid('param');
      const current = await existing(id);
      const input = c.req.valid('json');
      const next = {
        name: input.name ?? current.name,
        description: input.description ?? current.description,
        message: input.message ?? current.message,
        variables: input.variables ?? current.variables,
      };
      checkTemplate(next.message, next.variables);
      const updated = await templates.replace(id, next);
      if (!updated) throw notFound('Template');
      return c.json(updated, 200);
    })
    .delete('/:id', validate('param', idParam), async (c) => {
      if (!(await templates.remove(c.req.valid('param').id))) throw notFound('Template');
      return c.body(null, 204);
    })
    .post('/:id/render', validate('param', idParam), validate('json', templateRenderInputSchema), async (c) => {
      const template = await existing(c.req.valid('param').id);
      return c.json(renderTemplateMessage(template, c.req.valid('json').variables), 200);
    });
}
