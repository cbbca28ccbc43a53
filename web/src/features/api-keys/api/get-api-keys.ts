import { apiKeyListSchema, type ApiKey } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

export async function getApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  const { items } = await apiRequest('/api/api-keys', { schema: apiKeyListSchema, signal });
  return items;
}

export function useApiKeys() {
  return useResource(getApiKeys);
}
