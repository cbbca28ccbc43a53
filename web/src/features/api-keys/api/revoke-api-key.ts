import { apiRequest } from '../../../lib/api-client.ts';

/** Revokes a key: requests with it are refused (401) from then on. */
export async function revokeApiKey(id: string): Promise<void> {
  await apiRequest(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
