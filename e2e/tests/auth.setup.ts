import { expect, test as setup } from '@playwright/test';
import { ADMIN, adminStatePath } from '../fixtures/accounts.ts';

setup('log in as the first admin', async ({ request, baseURL }) => {
  const response = await request.post('/api/auth/login', {
    data: { username: ADMIN.username, password: ADMIN.password },
    headers: { Origin: baseURL! },
  });
  expect(response.status(), await response.text()).toBe(200);
  await request.storageState({ path: adminStatePath() });
});
