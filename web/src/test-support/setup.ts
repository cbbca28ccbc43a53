import { act, cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { changeLang, currentLang, DEFAULT_LANG } from '../i18n/index.ts';

// Component tests wait for lazy chunks (the JSON editor, the undo snackbar): on a loaded 2-core machine one
// took longer than testing-library's default of 1 s to appear, and a findBy… failed although nothing was wrong.
configure({ asyncUtilTimeout: 5000 });

// The web project's files share one module graph per worker (isolate: false in vite.config.ts: a fresh
// jsdom and MUI per file tripled the project's time). What a test changes outside itself goes back here,
// so no file depends on the ones that ran before it.
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
  if (currentLang() !== DEFAULT_LANG) await act(() => changeLang(DEFAULT_LANG));
});
