import { useCallback, useEffect, useState } from 'react';

/**
 * After a dialog removed the thing that opened it (a deleted card, a revoked key's button), the dialog
 * would hand the focus back to a button that is about to go, leaving a keyboard user on the page's body.
 * The returned function moves the focus to the page's h1 instead. It runs as an effect, so after the
 * closing dialog has restored the focus to its opener.
 */
export function useFocusPageHeading(): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [requests]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
