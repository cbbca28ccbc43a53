import type { Delivery } from '@dingpost/shared';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { sandboxRobot } from '../../../test-support/robots.ts';
import { HistoryPage } from './history-page.tsx';

beforeAll(() => i18nReady);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ROBOT = sandboxRobot({ id: 'r1' });

/** Queued delivery number `n` (1 is the oldest, first in the robot's queue). */
function queued(n: number): Delivery {
  const at = new Date(Date.UTC(2026, 0, 1, 8, 0, n)).toISOString();
  return {
    id: `d${n}`,
    robotId: ROBOT.id,
    templateId: null,
    status: 'queued',
    message: { msgtype: 'text', text: { content: `通知 ${n}` } },
    attempts: 0,
    errcode: null,
    errmsg: null,
    explanation: null,
    digestId: null,
    queuePosition: n,
    eta: at,
    createdAt: at,
    sentAt: null,
  };
}

describe('HistoryPage: a status filter and rows that change status', { timeout: 30_000 }, () => {
  it('shows a queued row that was delivered as sent, says it left the filter, and keeps it until Refresh', async () => {
    // 25 queued, newest first: a first page of 20 and 5 more. The oldest, d1, is the one the queue sends.
    const all = Array.from({ length: 25 }, (_, i) => queued(25 - i));
    const delivered: Delivery = { ...queued(1), status: 'sent', queuePosition: null, eta: null, attempts: 1 };
    delivered.sentAt = delivered.createdAt;
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.startsWith('/api/robots')) return Response.json({ items: [ROBOT] });
      const one = /^\/api\/deliveries\/(d\d+)$/.exec(url);
      if (one) return Response.json(one[1] === 'd1' ? delivered : all.find((d) => d.id === one[1]));
      if (url.includes('cursor=')) return Response.json({ items: all.slice(20), nextCursor: null });
      return Response.json({ items: all.slice(0, 20), nextCursor: 'c20' });
    });
    render(
      <MemoryRouter initialEntries={['/history?status=queued']}>
        <HistoryPage />
      </MemoryRouter>,
    );
    // Waits on the page's text: role and text queries over 20+ cards were too slow in jsdom to settle.
    await waitFor(() => expect(document.body.textContent).toContain('通知 25'));
    await act(async () => fireEvent.click(screen.getByText('加载更多')));
    await waitFor(() => expect(document.body.textContent).toContain('通知 1机器人'));
    const oldest = screen.getByText('通知 1').closest('article')!;

    // Polled every few seconds: wait for what the row shows, not for a time.
    await waitFor(() => expect(oldest.getAttribute('data-status')).toBe('sent'), { timeout: 15_000 });
    expect(within(oldest).getByText('已发送')).toBeTruthy();
    expect(within(oldest).queryByText('排队中')).toBeNull();
    expect(within(oldest).getByText('状态已变为“已发送”，不再是“排队中”：点“刷新”后不再列在这里。')).toBeTruthy();
    // It stays where it was (nothing moves under the pointer); the rows still queued say nothing more.
    expect(screen.getAllByTestId('delivery-row')).toHaveLength(25);
    expect(screen.getAllByTestId('delivery-left-filter')).toHaveLength(1);
  });
});
