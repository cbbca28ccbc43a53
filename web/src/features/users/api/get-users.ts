import { userListSchema, type User } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useResource } from '../../../hooks/use-request.ts';

export async function getUsers(signal?: AbortSignal): Promise<User[]> {
  const { items } = await apiRequest('/api/users', { schema: userListSchema, signal });
  return items;
}

export function useUsers() {
  return useResource(getUsers);
}
