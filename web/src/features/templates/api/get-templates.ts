import { templateListSchema, type Template } from '@dingpost/shared';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

export async function getTemplates(signal?: AbortSignal): Promise<Template[]> {
  const { items } = await apiRequest('/api/templates', { schema: templateListSchema, signal });
  return items;
}

export function useTemplates() {
  return useResource(getTemplates);
}
