import { useEffect, useEffectEvent } from 'react';

/** Calls `tick` every `intervalMs` while `enabled` and the tab is visible. */
export function usePolling(tick: () => void, intervalMs: number, enabled = true) {
  const onTick = useEffectEvent(tick);
  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') onTick();
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs, enabled]);
}
