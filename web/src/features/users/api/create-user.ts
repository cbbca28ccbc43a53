import { userSchema, type User, type UserCreate } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';
import { useMutation } from '../../../hooks/use-request.ts';

export async function createUser(input: UserCreate): Promise<User> {
  return apiRequest('/api/users', { method: 'POST', body: input, schema: userSchema });
}

export function useCreateUser() {
  return useMutation(createUser);
}
