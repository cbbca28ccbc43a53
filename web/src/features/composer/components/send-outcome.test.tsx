import type { Delivery } from '@dingpost/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { SendOutcome } from './send-outcome.tsx';
import { retryingDelivery } from '../../../test-support/deliveries.ts';

beforeAll(() => i18nReady);
afterEach(cleanup);

const retrying = retryingDelivery();

function outcome(delivery: Delivery, sandbox = false) {
  render(
    <MemoryRouter>
      <SendOutcome result={{ delivery, robotName: '运维群', sandbox }} onClose={() => {}} />
    </MemoryRouter>,
  );
  return screen.getByRole('status').textContent ?? '';
}

const sent: Delivery = {
  ...retrying,
  status: 'sent',
  attempts: 1,
  errcode: 0,
  errmsg: 'ok',
  explanation: null,
  queuePosition: null,
  eta: null,
  sentAt: '2026-11-25T12:02:00.000Z',
};

describe('SendOutcome', () => {
  it('says why a send waits for another try, not only its place in line', () => {
    const text = outcome(retrying);
    expect(text).toContain('已进入「运维群」的发送队列');
    expect(text).toContain('无法连接钉钉（ENOTFOUND）');
  });

  it('points a send to the Sandbox robot at the sandbox inbox, where it can be read', () => {
    outcome(sent, true);
    expect(screen.getByRole('link', { name: '在沙箱收件箱查看' }).getAttribute('href')).toBe('/sandbox');
    cleanup();
    outcome(sent);
    expect(screen.queryByRole('link', { name: '在沙箱收件箱查看' })).toBeNull();
    expect(screen.getByRole('link', { name: '查看发送记录' })).toBeTruthy();
  });

  it('gives only the place in line to a send that waits its turn', () => {
    const text = outcome({ ...retrying, attempts: 0, errmsg: null, explanation: null });
    expect(text).toContain('排在第 1 位');
    expect(text).not.toContain('钉钉');
  });
});
