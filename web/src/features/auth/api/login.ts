import { meSchema, type LoginInput, type User } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';

/** Starts a session: the server sets the HttpOnly session cookie and answers with the user. */
export async function login(input: LoginInput): Promise<User> {
  const { user } = await apiRequest('/api/auth/login', { method: 'POST', body: input, schema: meSchema });
  return user;
}
