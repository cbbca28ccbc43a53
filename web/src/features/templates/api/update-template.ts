import { templateSchema, type Template, type templateUpdateSchema } from '@dingpost/shared';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export type TemplateUpdate = z.input<typeof templateUpdateSchema>;

export function updateTemplate(id: string, patch: TemplateUpdate): Promise<Template> {
  return apiRequest(`/api/templates/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: patch,
    schema: templateSchema,
  });
}

export function useUpdateTemplate() {
  return useMutation(updateTemplate);
}
