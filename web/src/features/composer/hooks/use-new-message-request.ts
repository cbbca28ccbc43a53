import { useEffect, useEffectEvent, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { COMPOSER_NEW_PARAM, composerNewFrom, type ComposerNewReason } from '../../../lib/composer-load.ts';

/**
 * `/?new=template` (the Templates page's "New template"): calls `startNew` once, then drops the parameter
 * from the address bar, so that a reload shows the draft rather than clearing the message again.
 */
export function useNewMessageRequest(startNew: (reason: ComposerNewReason) => void) {
  const location = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const reason = composerNewFrom(search);
  const onRequest = useEffectEvent(startNew);
  // The history entry already handled: an effect run twice (StrictMode) must not clear twice.
  const handled = useRef<string | null>(null);

  useEffect(() => {
    if (!reason || handled.current === location.key) return;
    handled.current = location.key;
    onRequest(reason);
    const rest = new URLSearchParams(search);
    rest.delete(COMPOSER_NEW_PARAM);
    const query = rest.toString();
    void navigate(
      { pathname: location.pathname, search: query ? `?${query}` : '', hash: location.hash },
      { replace: true },
    );
  }, [reason, search, location.key, location.pathname, location.hash, navigate]);
}
