import { templateSchema, type Template, type TemplateInput } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export function createTemplate(input: TemplateInput): Promise<Template> {
  return apiRequest('/api/templates', { method: 'POST', body: input, schema: templateSchema });
}

export function useCreateTemplate() {
  return useMutation(createTemplate);
}
