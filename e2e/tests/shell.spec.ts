import { expect, test } from '@playwright/test';

test('the app opens in Chinese and switches to English', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/dingpost/);
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: '撰写' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(nav.getByRole('link', { name: 'Composer' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(nav.getByRole('link', { name: '撰写' })).toBeVisible();
});

test('the API answers health through the same server', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});
