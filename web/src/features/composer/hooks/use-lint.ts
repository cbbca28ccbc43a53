import type { LintWarning } from '@dingpost/shared/api/check';
import type * as LintModule from '@dingpost/shared/lint/index';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';

type Linter = typeof LintModule;

// The linter parses markdown with markdown-it: loaded after first paint to keep the first bundle small.
let linterPromise: Promise<Linter> | undefined;
let linter: Linter | undefined;
function loadLinter(): Promise<Linter> {
  linterPromise ??= import('@dingpost/shared/lint/index').then((mod) => (linter = mod));
  return linterPromise;
}

/** The shared linter's warnings for the message, computed off the typing path (deferred). */
export function useLint(message: DingtalkMessage, keywords: readonly string[] | undefined): LintWarning[] | undefined {
  const [mod, setMod] = useState<Linter | undefined>(linter);
  useEffect(() => {
    if (!mod) void loadLinter().then(setMod);
  }, [mod]);
  const deferred = useDeferredValue(message);
  const keywordKey = keywords?.join('\n') ?? '';
  return useMemo(
    () => (mod ? mod.lintMessage(deferred, { keywords: keywordKey ? keywordKey.split('\n') : [] }) : undefined),
    [mod, deferred, keywordKey],
  );
}
