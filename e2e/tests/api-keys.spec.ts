import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '../fixtures/index.ts';

/** Runs a command as a shell would (the curl example as shown), returning the HTTP status and body. */
async function runCurl(command: string): Promise<{ status: number; body: string }> {
  const { stdout } = await promisify(execFile)('sh', ['-c', `${command} -sS -w '\\n%{http_code}'`], {
    timeout: 15_000,
  });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

test('an API key created in the UI sends with its curl example; revoked in the UI, it is refused (401)', async ({
  page,
  apiKeysPage,
  api,
}) => {
  const name = `e2e CI ${Date.now()}`;
  await apiKeysPage.open();
  const { token, curl } = await apiKeysPage.create(name);
  expect(token).toMatch(/^dp_\S{20,}$/);
  expect(curl).toContain(`Authorization: Bearer ${token}`);
  const card = apiKeysPage.card(name);
  await expect(card).toContainText(`${token.slice(0, 8)}…`);
  await expect(card).toContainText('从未使用');

  // The example works as shown: the Sandbox robot receives its message.
  const sent = await runCurl(curl);
  expect(sent.status, sent.body).toBe(202);
  await api.expectNewestSandboxMessage({ msgtype: 'text', text: { content: 'dingpost: hello from curl' } });

  // A key sends; it cannot manage users.
  const users = await runCurl(
    `curl ${JSON.stringify(`${new URL(page.url()).origin}/api/users`)} -H 'Authorization: Bearer ${token}'`,
  );
  expect(users.status).toBe(403);

  // Shown once: never again on the page, and its last use is listed.
  await page.reload();
  await expect(card).toBeVisible();
  expect(await page.content()).not.toContain(token);
  await expect(card).not.toContainText('从未使用');

  await apiKeysPage.revoke(name);
  const refused = await runCurl(curl);
  expect(refused.status, refused.body).toBe(401);
});

test('after a key is revoked from the keyboard the focus lands on the heading, not on the page body', async ({
  page,
  apiKeysPage,
}) => {
  const name = `e2e focus ${Date.now()}`;
  await apiKeysPage.open();
  await apiKeysPage.create(name);
  await apiKeysPage.card(name).getByRole('button', { name: '吊销' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: `吊销“${name}”？` });
  await dialog.getByRole('button', { name: '吊销', exact: true }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(apiKeysPage.card(name).getByText('已吊销', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'API 密钥' })).toBeFocused();
});
