import { apiRequest } from '../../../lib/api-client.ts';

export async function deleteRobot(id: string): Promise<void> {
  await apiRequest(`/api/robots/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
