import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { SandboxPage } from './sandbox-page.tsx';
import { sandboxRobot } from '../../../test-support/robots.ts';

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await changeLang('zh');
});

const ROBOT = sandboxRobot({ keywords: [], hasKeywords: false });

/** The server's answers: one received card message, and the robots list with the Sandbox robot named `name`. */
function serve(name: string) {
  vi.stubGlobal('fetch', async (url: string) => {
    if (url.startsWith('/api/robots')) return Response.json({ items: [{ ...ROBOT, name }] });
    const message = {
      msgtype: 'actionCard',
      actionCard: { title: '周报', text: '通知：本周进展', btns: [{ title: '查看', actionURL: 'https://a.example' }] },
    };
    return Response.json({ items: [{ id: 'sm_1', receivedAt: '2026-01-01T08:00:00.000Z', message }] });
  });
}

describe('SandboxPage', { timeout: 20_000 }, () => {
  it('names a message’s kind as the composer does', async () => {
    serve('Sandbox / 沙箱机器人');
    render(
      <MemoryRouter>
        <SandboxPage />
      </MemoryRouter>,
    );
    const card = await screen.findByRole('article');
    expect(within(card).getByRole('heading', { level: 2 }).textContent).toMatch(/· 卡片（独立跳转）$/);
  });

  it('names the robot as the robots list does, a renamed one too', async () => {
    serve('测试群');
    render(
      <MemoryRouter>
        <SandboxPage />
      </MemoryRouter>,
    );
    expect(await within(await screen.findByRole('article')).findByText('测试群')).toBeTruthy();
  });
});

describe('SandboxPage: each message’s JSON buttons', { timeout: 20_000 }, () => {
  const items = [
    {
      id: 'sm_2',
      receivedAt: '2026-01-01T09:30:00.000Z',
      message: { msgtype: 'markdown', markdown: { title: '值班提醒', text: '今晚值班：张三' } },
    },
    {
      id: 'sm_1',
      receivedAt: '2026-01-01T08:00:00.000Z',
      message: { msgtype: 'text', text: { content: '通知：周会改到周三' } },
    },
  ];

  async function renderInbox() {
    vi.stubGlobal('fetch', async (url: string) =>
      Response.json(url.startsWith('/api/robots') ? { items: [ROBOT] } : { items }),
    );
    render(
      <MemoryRouter>
        <SandboxPage />
      </MemoryRouter>,
    );
    await screen.findAllByRole('article');
    return screen.getAllByRole('button', { name: /JSON/ });
  }

  it('names each by its message and time, after the visible label', async () => {
    const [newest, oldest] = await renderInbox();
    expect(newest!.textContent).toBe('查看 JSON');
    expect(oldest!.textContent).toBe('查看 JSON');
    expect(newest!.getAttribute('aria-label')).toMatch(/^查看 JSON：值班提醒（收到于 .*\d{2}:\d{2}.*）$/);
    expect(oldest!.getAttribute('aria-label')).toMatch(/^查看 JSON：通知：周会改到周三（收到于 .*）$/);
    expect(newest!.getAttribute('aria-label')).not.toBe(oldest!.getAttribute('aria-label'));
  });

  it('names them in English too', async () => {
    await act(() => changeLang('en'));
    const [newest] = await renderInbox();
    expect(newest!.textContent).toBe('Show JSON');
    expect(newest!.getAttribute('aria-label')).toMatch(/^Show JSON: 值班提醒 \(received .*\)$/);
  });
});
