import { userSchema, type User, type UserUpdate } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

/** Changes a user's role, password or disabled flag; the server refuses (409) to leave no active admin. */
export async function updateUser(id: string, input: UserUpdate): Promise<User> {
  return apiRequest(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input, schema: userSchema });
}

export function useUpdateUser() {
  return useMutation(updateUser);
}
