import { apiRequest } from '../../../lib/api-client.ts';

/** Ends the session on the server (the cookie stops working at once). */
export async function logout(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', body: {} });
}
