import { cleanup, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../i18n/index.ts';
import { retryingDelivery } from '../test-support/deliveries.ts';
import { DeliveryOutcome } from './delivery-outcome.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

const outcome = (overrides: Parameters<typeof retryingDelivery>[0]) => {
  render(
    <MemoryRouter>
      <DeliveryOutcome
        delivery={retryingDelivery({ status: 'failed', queuePosition: null, eta: null, ...overrides })}
      />
    </MemoryRouter>,
  );
  return document.body.textContent ?? '';
};

describe('DeliveryOutcome', () => {
  it('quotes what DingTalk answered, errcode and errmsg', () => {
    expect(outcome({ errcode: 310000, errmsg: 'keywords not in content' })).toContain('310000');
  });

  it('gives only the detail when DingTalk never answered, not an errcode —', () => {
    const text = outcome({ errcode: null, errmsg: 'network error: ENOTFOUND' });
    expect(text).toContain('network error: ENOTFOUND');
    expect(text).not.toContain('errcode —');
    expect(text).not.toContain('delivery.');
  });
});
