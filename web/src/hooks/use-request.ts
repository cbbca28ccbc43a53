import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  /** True until the answer for the current key (and reload) has arrived. */
  loading: boolean;
  /** Loads again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
}

/**
 * Loads data when mounted and whenever `key` changes (a string naming what is loaded, e.g. the filters);
 * a newer load aborts the one in flight, so a slow old answer never overwrites a newer one.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key = ''): Resource<T> {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data: T | undefined; error: unknown; settled: string | null }>({
    data: undefined,
    error: undefined,
    settled: null,
  });
  const current = `${generation}\u0000${key}`;
  const start = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    const controller = new AbortController();
    start(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, settled: current });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, settled: current }));
      },
    );
    return () => controller.abort();
  }, [current]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.settled !== current, reload };
}

export interface Mutation<A extends unknown[], R> {
  run: (...args: A) => Promise<R>;
  pending: boolean;
  error: unknown;
  reset: () => void;
}

/** Wraps a call that changes something: tracks whether it runs and how it failed; `run` still rejects. */
export function useMutation<A extends unknown[], R>(call: (...args: A) => Promise<R>): Mutation<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const run = async (...args: A) => {
    setPending(true);
    setError(undefined);
    try {
      return await call(...args);
    } catch (caught) {
      setError(caught);
      throw caught;
    } finally {
      setPending(false);
    }
  };
  const reset = useCallback(() => setError(undefined), []);
  return { run, pending, error, reset };
}
