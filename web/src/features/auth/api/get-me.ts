import { meSchema, type User } from '@dingpost/shared/api/auth';
import { apiRequest } from '../../../lib/api-client.ts';

/** Who is logged in; rejects with a 401 ApiError when nobody is (never waiting for a new login). */
export async function getMe(signal?: AbortSignal): Promise<User> {
  const { user } = await apiRequest('/api/auth/me', { schema: meSchema, signal, reauthenticate: false });
  return user;
}
