import { templateSchema, type Template, type TemplateInput } from '@dingpost/shared/api/templates';
import { apiRequest } from '../../../lib/api-client.ts';

export function createTemplate(input: TemplateInput): Promise<Template> {
  return apiRequest('/api/templates', { method: 'POST', body: input, schema: templateSchema });
}

export function getTemplate(id: string, signal?: AbortSignal): Promise<Template> {
  return apiRequest(`/api/templates/${encodeURIComponent(id)}`, { schema: templateSchema, signal });
}
