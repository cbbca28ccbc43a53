import type { AuditAction, AuditEntry } from '@dingpost/shared/api/auth';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getAudit } from '../api/get-audit.ts';

const PAGE_SIZE = 50;

interface Loaded {
  /** Which filter (and reload) these entries belong to. */
  key: string;
  items: AuditEntry[];
  nextCursor: string | null;
  loading: boolean;
  error: unknown;
}

/**
 * The audit log for one action filter, a page at a time: a new filter starts over (aborting what is in
 * flight), `loadMore` appends the next page.
 */
export function useAuditLog(action: AuditAction | undefined) {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}\u0000${action ?? ''}`;
  const [state, setState] = useState<Loaded | null>(null);
  const more = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getAudit({ action, limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        if (!controller.signal.aborted) setState({ key, ...page, loading: false, error: undefined });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ key, items: [], nextCursor: null, loading: false, error });
      },
    );
    return () => {
      controller.abort();
      more.current?.abort();
    };
  }, [key, action]);

  const current: Loaded =
    state?.key === key ? state : { key, items: [], nextCursor: null, loading: true, error: undefined };

  const loadMore = () => {
    const cursor = current.nextCursor;
    if (!cursor || current.loading) return;
    const controller = new AbortController();
    more.current = controller;
    const belongs = (s: Loaded | null): s is Loaded => s?.key === key;
    setState((s) => (belongs(s) ? { ...s, loading: true, error: undefined } : s));
    getAudit({ action, cursor, limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setState((s) =>
          belongs(s)
            ? { key, items: [...s.items, ...page.items], nextCursor: page.nextCursor, loading: false, error: undefined }
            : s,
        );
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => (belongs(s) ? { ...s, loading: false, error } : s));
      },
    );
  };
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    items: current.items,
    nextCursor: current.nextCursor,
    loading: current.loading,
    error: current.error,
    loadMore,
    reload,
  };
}
