import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { TestOutcome } from './test-outcome.tsx';

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  await act(() => changeLang('zh'));
});

describe('TestOutcome', () => {
  it('gives the raw detail of a test that never reached DingTalk without saying DingTalk answered', async () => {
    const unreachable = { ok: false, errcode: null, errmsg: 'network error: ENOTFOUND', explanation: null };
    render(<TestOutcome result={unreachable} onClose={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('详情：network error: ENOTFOUND');
    expect(screen.getByRole('alert').textContent).not.toContain('钉钉返回');

    await act(() => changeLang('en'));
    expect(screen.getByRole('alert').textContent).toContain('Details: network error: ENOTFOUND');
    expect(screen.getByRole('alert').textContent).not.toContain('DingTalk answered');
  });

  it('quotes DingTalk’s errcode when it answered', () => {
    render(
      <TestOutcome
        result={{ ok: false, errcode: 310000, errmsg: 'keywords not in content', explanation: null }}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('钉钉返回：errcode 310000，keywords not in content');
  });
});
