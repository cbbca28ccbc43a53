import { apiRequest } from '../../../lib/api-client.ts';

/** `force` deletes a robot that still has deliveries waiting; the server marks them failed. */
export async function deleteRobot(id: string, { force = false }: { force?: boolean | undefined } = {}): Promise<void> {
  await apiRequest(`/api/robots/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    query: force ? { force: 1 } : undefined,
  });
}
