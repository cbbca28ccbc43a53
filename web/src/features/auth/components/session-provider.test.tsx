import type { User } from '@dingpost/shared/api/auth';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useSession } from '../hooks/use-session.ts';
import { SessionProvider } from './session-provider.tsx';

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => changeLang('zh'));
});

const ALICE: User = {
  id: 'u_alice',
  username: 'alice',
  role: 'admin',
  createdAt: '2026-01-01T00:00:00.000Z',
  disabled: false,
};
const PASSWORD = 'alice-password-2026';

const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers });

/**
 * The server: Alice is logged in until `endSession()`; logging in again needs her password (a wrong one is
 * refused, "many" gets a 429); the robot's rename needs a session.
 */
function serve(loginAs: User = ALICE) {
  let live = true;
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url}`);
    if (url === '/api/auth/login') {
      const { password } = JSON.parse(String(init.body)) as { password: string };
      if (password === 'many')
        return error(429, 'too_many_attempts', 'Too many failed logins', { 'Retry-After': '900' });
      if (password !== PASSWORD) return error(401, 'invalid_credentials', 'Wrong username or password');
      live = true;
      return Response.json({ user: loginAs });
    }
    if (!live) return error(401, 'unauthenticated', 'Your session has ended: log in again');
    if (url === '/api/auth/me') return Response.json({ user: ALICE });
    if (url === '/api/auth/logout') {
      live = false;
      return new Response(null, { status: 204 });
    }
    return Response.json({ ok: true });
  });
  return {
    calls,
    endSession: () => {
      live = false;
    },
  };
}

/** A page with unsaved input: a robot's name, saved with PATCH. */
function RenameRobot() {
  const { session } = useSession();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState('');
  if (session.status !== 'authenticated') return <p>{`page gone: ${session.status}`}</p>;
  const save = () =>
    apiRequest('/api/robots/r1', { method: 'PATCH', body: { name } }).then(
      () => setOutcome(`saved ${name}`),
      (failure: unknown) => setOutcome(`failed: ${String(failure)}`),
    );
  return (
    <>
      <label>
        name
        <input value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button onClick={() => void save()}>save</button>
      <output>{outcome}</output>
    </>
  );
}

async function renderPage() {
  render(
    <SessionProvider>
      <RenameRobot />
    </SessionProvider>,
  );
  const input = await screen.findByRole('textbox', { name: 'name' });
  fireEvent.change(input, { target: { value: '值班机器人' } });
  return input;
}

async function saveIntoEndedSession() {
  fireEvent.click(screen.getByRole('button', { name: 'save' }));
  return screen.findByRole('dialog', { name: '登录已过期，请重新登录' });
}

async function logInAgain(dialog: HTMLElement, password: string) {
  fireEvent.change(within(dialog).getByLabelText(/^密码/), { target: { value: password } });
  fireEvent.submit(within(dialog).getByLabelText(/^密码/).closest('form')!);
}

describe('SessionProvider when the session ends mid-work', { timeout: 20_000 }, () => {
  it('keeps the page and its input, asks to log in again as the same user, then saves', async () => {
    const server = serve();
    const input = await renderPage();
    server.endSession();
    const dialog = await saveIntoEndedSession();

    const username = within(dialog).getByRole('textbox', { name: /^用户名/ });
    expect((username as HTMLInputElement).value).toBe('alice');
    expect(username.hasAttribute('readonly')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText(/^密码/)));
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    // The page is still there behind it, with what was typed.
    expect((input as HTMLInputElement).value).toBe('值班机器人');
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('');

    await logInAgain(dialog, PASSWORD);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The save that met the ended session went through once the user was back.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('saved 值班机器人'));
    expect(server.calls.filter((call) => call === 'PATCH /api/robots/r1')).toHaveLength(2);
    expect((screen.getByRole('textbox', { name: 'name' }) as HTMLInputElement).value).toBe('值班机器人');
  });

  it('says why a login was refused, in the dialog, and keeps it open', async () => {
    const server = serve();
    await renderPage();
    server.endSession();
    const dialog = await saveIntoEndedSession();

    await logInAgain(dialog, 'not-my-password');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('用户名或密码不正确。');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText(/^密码/)));

    await logInAgain(dialog, 'many');
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toBe('尝试次数过多，请 15 分钟后再试。'));
    expect(screen.getByRole('dialog', { name: '登录已过期，请重新登录' })).toBe(dialog);
    // Nothing is retried until the login succeeds.
    expect(server.calls.filter((call) => call === 'PATCH /api/robots/r1')).toHaveLength(1);
  });

  it('speaks English in the English UI', async () => {
    await act(() => changeLang('en'));
    const server = serve();
    await renderPage();
    server.endSession();
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your session has ended — log in again to carry on' });
    expect(within(dialog).getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Log in' })).toBeTruthy();
  });

  it('offers logging out instead: the page goes, the waiting save fails with the 401', async () => {
    const server = serve();
    await renderPage();
    server.endSession();
    const dialog = await saveIntoEndedSession();
    fireEvent.click(within(dialog).getByRole('button', { name: '退出登录' }));
    await waitFor(() => expect(screen.getByText('page gone: anonymous')).toBeTruthy());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not carry on as someone else: a different account from that name is logged out again', async () => {
    const server = serve({ ...ALICE, id: 'u_other' });
    await renderPage();
    server.endSession();
    const dialog = await saveIntoEndedSession();
    await logInAgain(dialog, PASSWORD);
    await waitFor(() => expect(screen.getByText('page gone: anonymous')).toBeTruthy());
    expect(server.calls.filter((call) => call === 'PATCH /api/robots/r1')).toHaveLength(1);
    expect(server.calls).toContain('POST /api/auth/logout');
  });

  it('asks nothing when there was no session to begin with', async () => {
    const server = serve();
    server.endSession();
    render(
      <SessionProvider>
        <RenameRobot />
      </SessionProvider>,
    );
    expect(await screen.findByText('page gone: anonymous')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
