import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export async function deleteTemplate(id: string): Promise<void> {
  await apiRequest(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteTemplate() {
  return useMutation(deleteTemplate);
}
