import { apiRequest } from '../../../lib/api-client.ts';

export async function deleteTemplate(id: string): Promise<void> {
  await apiRequest(`/api/templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
