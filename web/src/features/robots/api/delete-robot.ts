import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export async function deleteRobot(id: string): Promise<void> {
  await apiRequest(`/api/robots/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteRobot() {
  return useMutation(deleteRobot);
}
