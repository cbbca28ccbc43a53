import type { PasswordChange } from '@dingpost/shared/api/auth';
import { useMutation } from '../../../hooks/use-request.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Sets a new password for the signed-in user; the account's other sessions end. */
export async function changePassword(input: PasswordChange): Promise<void> {
  await apiRequest('/api/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  return useMutation(changePassword);
}
