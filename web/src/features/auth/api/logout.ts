import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Ends the session on the server (the cookie stops working at once). A session that already ended answers
 * 401, which must not ask the user to log in again.
 */
export async function logout(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', body: {}, reauthenticate: false });
}
