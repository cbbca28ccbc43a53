import type { Delivery } from '@dingpost/shared';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { DeliveryRow } from './delivery-row.tsx';
import { retryingDelivery } from '../../../test-support/deliveries.ts';

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  await act(() => changeLang('zh'));
});

const retrying = retryingDelivery();

function renderRow(delivery: Delivery) {
  render(
    <MemoryRouter>
      <DeliveryRow delivery={delivery} robot={undefined} onResend={() => {}} onShowDigest={() => {}} />
    </MemoryRouter>,
  );
  return screen.getByRole('article');
}

describe('DeliveryRow', () => {
  it('says why a queued delivery is being retried, not only how many attempts it took', () => {
    const row = renderRow(retrying);
    const why = within(row).getByTestId('delivery-explanation');
    expect(why.textContent).toContain('上次尝试没有成功，会自动重试');
    expect(why.textContent).toContain('无法连接钉钉（ENOTFOUND）');
    expect(row.textContent).toContain('排在第 1 位');
  });

  it('does not claim DingTalk answered when no answer came', async () => {
    const failed = { ...retrying, status: 'failed', queuePosition: null, eta: null } as const;
    let row = renderRow(failed);
    expect(within(row).getByTestId('delivery-explanation').textContent).toContain('详情：network error: ENOTFOUND');
    expect(row.textContent).not.toContain('钉钉返回');
    cleanup();

    await act(() => changeLang('en'));
    row = renderRow({ ...failed, errcode: 310000, errmsg: 'keywords not in content' });
    expect(row.textContent).toContain('DingTalk answered: errcode 310000, keywords not in content');
  });

  it('says nothing of a failure for a delivery that simply waits its turn', () => {
    const row = renderRow({ ...retrying, attempts: 0, errmsg: null, explanation: null });
    expect(within(row).queryByTestId('delivery-explanation')).toBeNull();
  });
});
