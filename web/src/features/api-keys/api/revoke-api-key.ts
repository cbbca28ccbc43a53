import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Revokes a key: requests with it are refused (401) from then on. */
export async function revokeApiKey(id: string): Promise<void> {
  await apiRequest(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRevokeApiKey() {
  return useMutation(revokeApiKey);
}
