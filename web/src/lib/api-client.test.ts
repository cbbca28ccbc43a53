import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest, isApiError, onUnauthenticated } from './api-client.ts';

const ended = () =>
  Response.json(
    { error: { code: 'unauthenticated', message: 'Your session has ended: log in again' } },
    { status: 401 },
  );

/** Answers fetch with `answers` in turn, recording each request. */
function serverAnswers(...answers: (() => Response)[]) {
  const calls: { url: string; method: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method ?? 'GET', body: init.body });
    const answer = answers.shift();
    if (!answer) throw new Error(`no answer left for ${url}`);
    return answer();
  });
  return calls;
}

let unregister: (() => void) | undefined;
afterEach(() => {
  unregister?.();
  vi.unstubAllGlobals();
});

const okSchema = z.object({ ok: z.boolean() });

describe('apiRequest when the session has ended', () => {
  it('waits for the user to log in again, then makes the same call once more', async () => {
    const calls = serverAnswers(ended, () => Response.json({ ok: true }));
    let renew: ((renewed: boolean) => void) | undefined;
    const handler = vi.fn(() => new Promise<boolean>((resolve) => (renew = resolve)));
    unregister = onUnauthenticated(handler);

    const result = apiRequest('/api/robots/r1', { method: 'PATCH', body: { name: '新名字' }, schema: okSchema });
    await vi.waitFor(() => expect(handler).toHaveBeenCalledOnce());
    expect(calls).toHaveLength(1);
    renew?.(true);
    await expect(result).resolves.toEqual({ ok: true });
    expect(calls).toEqual([
      { url: '/api/robots/r1', method: 'PATCH', body: '{"name":"新名字"}' },
      { url: '/api/robots/r1', method: 'PATCH', body: '{"name":"新名字"}' },
    ]);
  });

  it('fails with the 401 when the user logs out instead', async () => {
    const calls = serverAnswers(ended);
    unregister = onUnauthenticated(async () => false);
    const error = await apiRequest('/api/templates', { body: { name: 'x' } }).catch((e: unknown) => e);
    expect(isApiError(error) && [error.status, error.code]).toEqual([401, 'unauthenticated']);
    expect(calls).toHaveLength(1);
  });

  it('tries once more only: a second 401 is the caller’s error, without asking again', async () => {
    serverAnswers(ended, ended);
    const handler = vi.fn(async () => true);
    unregister = onUnauthenticated(handler);
    const error = await apiRequest('/api/users').catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('does not wait for the calls about the session itself', async () => {
    serverAnswers(ended);
    const handler = vi.fn(async () => true);
    unregister = onUnauthenticated(handler);
    const error = await apiRequest('/api/auth/me', { reauthenticate: false }).catch((e: unknown) => e);
    expect(isApiError(error) && error.status).toBe(401);
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves other refusals alone: a wrong password at login is not an ended session', async () => {
    serverAnswers(() =>
      Response.json({ error: { code: 'invalid_credentials', message: 'Wrong username or password' } }, { status: 401 }),
    );
    const handler = vi.fn(async () => true);
    unregister = onUnauthenticated(handler);
    const error = await apiRequest('/api/auth/login', { body: {} }).catch((e: unknown) => e);
    expect(isApiError(error) && error.code).toBe('invalid_credentials');
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops waiting when the caller aborts (a page left, a newer load)', async () => {
    const calls = serverAnswers(ended);
    unregister = onUnauthenticated(() => new Promise<boolean>(() => {}));
    const controller = new AbortController();
    const result = apiRequest('/api/deliveries', { signal: controller.signal });
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
  });
});
