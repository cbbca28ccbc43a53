import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../i18n/index.ts';
import { ErrorBoundary } from './error-boundary.tsx';

beforeAll(() => i18nReady);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Throws({ error }: { error: Error }): never {
  throw error;
}

function renderFailing(error: Error) {
  // React and the boundary log the error on purpose; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <ErrorBoundary>
      <Throws error={error} />
    </ErrorBoundary>,
  );
  return screen.getByRole('alert');
}

describe('ErrorBoundary', () => {
  it('says in the user’s language that a page could not be loaded, not the browser’s import error', () => {
    const alert = renderFailing(
      new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:8787/assets/robots-page-x1.js'),
    );
    expect(alert.textContent).toContain('这一页没能加载');
    expect(alert.textContent).not.toContain('dynamically imported module');
    expect(alert.textContent).not.toContain('/assets/');
  });

  it('still shows what any other crash said', () => {
    expect(renderFailing(new Error('boom')).textContent).toContain('boom');
  });
});
