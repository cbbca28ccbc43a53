import { apiRequest } from '../../../lib/api-client.ts';

/** Deletes a user and ends their sessions; the last admin cannot be deleted (409). */
export async function deleteUser(id: string): Promise<void> {
  await apiRequest(`/api/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
