import { apiKeyCreatedSchema, type ApiKeyCreate, type ApiKeyCreated } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Creates a key; the answer holds its token, which the server never shows again. */
export async function createApiKey(input: ApiKeyCreate): Promise<ApiKeyCreated> {
  return apiRequest('/api/api-keys', { method: 'POST', body: input, schema: apiKeyCreatedSchema });
}

export function useCreateApiKey() {
  return useMutation(createApiKey);
}
