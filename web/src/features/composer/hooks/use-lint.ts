import type { LintWarning } from '@dingpost/shared/api/check';
import type * as LintModule from '@dingpost/shared/lint/index';
import { useEffect, useState } from 'react';
import { toWire } from '../utils/message-model.ts';
import type { MessageStore } from './message-store.ts';

type Linter = typeof LintModule;

/** While typing, lint once the typing pauses this long: the preview goes first. */
const LINT_DELAY_MS = 150;

// The linter parses markdown with markdown-it: loaded after first paint to keep the first bundle small.
let linterPromise: Promise<Linter> | undefined;
export function loadLinter(): Promise<Linter> {
  linterPromise ??= import('@dingpost/shared/lint/index');
  return linterPromise;
}

/** The shared linter's warnings for the composed message (undefined until the linter has loaded). */
export function useLint(store: MessageStore, keywords: readonly string[] | undefined): LintWarning[] | undefined {
  const [warnings, setWarnings] = useState<LintWarning[]>();
  const keywordKey = keywords?.join('\n') ?? '';
  useEffect(() => {
    let cancelled = false;
    let timer: number | undefined;
    const options = { keywords: keywordKey ? keywordKey.split('\n') : [] };
    const run = () =>
      void loadLinter().then((linter) => {
        if (!cancelled) setWarnings(linter.lintMessage(toWire(store.get()), options));
      });
    run();
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, LINT_DELAY_MS);
    });
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store, keywordKey]);
  return warnings;
}
