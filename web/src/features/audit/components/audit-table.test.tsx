import type { AuditEntry } from '@dingpost/shared/api/auth';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { AuditTable } from './audit-table.tsx';

const entry: AuditEntry = {
  id: 'aud_1',
  at: '2026-11-25T11:07:43.000Z',
  actor: { kind: 'user', id: 'usr_1', name: 'admin' },
  action: 'auth.login',
  target: 'usr_1',
  details: {},
};

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  await act(() => changeLang('zh'));
});

describe('AuditTable', () => {
  // History, the sandbox inbox and templates write "25 Nov 2026, 11:07:43"; the audit log wrote
  // "11/25/2026, 11:07:43 AM" for the same moment.
  it.each(['en', 'zh'] as const)('writes times as the other pages do (%s)', async (lang) => {
    await act(() => changeLang(lang));
    render(<AuditTable entries={[entry]} />);
    expect(screen.getByText(formatTime(entry.at, lang))).toBeTruthy();
  });
});
