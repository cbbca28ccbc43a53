import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { useCallback, useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { composerLoadFrom } from '../../../lib/composer-load.ts';
import { decodeShareHash, type SharedHash } from '../../../lib/share-link.ts';
import { getDelivery } from '../api/create-delivery.ts';
import { getTemplate } from '../api/templates.ts';
import { loadDraft, saveDraft } from '../utils/draft-storage.ts';
import { coerceDraft, emptyMessage, isBlank } from '../utils/message-model.ts';
import { createMessageStore } from './message-store.ts';

const AUTOSAVE_MS = 300;

/** Where the message came from; `newTemplate`: cleared to write a new template (`?new=template`). */
export type LoadSource = 'share' | 'state' | 'template' | 'delivery' | 'draft' | 'import' | 'newTemplate';
export type LoadFailure = { source: 'share' | 'template' | 'delivery'; error?: unknown };

interface Initial {
  message: DingtalkMessage;
  source?: LoadSource;
  robotId?: string;
  failure?: LoadFailure;
}

/** The message a share link carries, if it is one the composer can show. */
function sharedMessage(shared: NonNullable<SharedHash>): DingtalkMessage | undefined {
  return ('value' in shared && coerceDraft(shared.value)) || undefined;
}

function initial(hash: string, state: unknown, userId: string): Initial {
  if (hash) {
    const shared = decodeShareHash(hash);
    if (shared !== undefined) {
      const message = sharedMessage(shared);
      if (message) return { message, source: 'share' };
      const draft = loadDraft(userId);
      return { message: draft?.message ?? emptyMessage('text'), failure: { source: 'share' } };
    }
  }
  const load = composerLoadFrom(state);
  const loaded = load && coerceDraft(load.message);
  if (loaded) return { message: loaded, source: 'state', ...(load.robotId ? { robotId: load.robotId } : {}) };
  const draft = loadDraft(userId);
  // A blank draft keeps its kind, but there is nothing to say was restored.
  if (draft) return { message: draft.message, ...(isBlank(draft.message) ? {} : { source: 'draft' as const }) };
  return { message: emptyMessage('markdown') };
}

/**
 * The composer's message: restored from (in order) a share link, router state, `?load=`, the autosaved
 * draft of `userId` (each user of the browser has their own); then saved to localStorage a moment after
 * every change and when the page is hidden or closed.
 * `revision` changes when the message is replaced from outside the form, so the form remounts with it.
 */
export function useComposerMessage(userId: string) {
  const location = useLocation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [start] = useState(() => initial(location.hash, location.state, userId));
  const [store] = useState(() => createMessageStore(start.message));
  const [revision, setRevision] = useState(0);
  const [loaded, setLoaded] = useState<{ source?: LoadSource; robotId?: string; failure?: LoadFailure }>({
    ...(start.source ? { source: start.source } : {}),
    ...(start.robotId ? { robotId: start.robotId } : {}),
    ...(start.failure ? { failure: start.failure } : {}),
  });

  const replace = useCallback(
    (next: DingtalkMessage, source?: LoadSource, robotId?: string) => {
      store.set(next);
      setRevision((n) => n + 1);
      setLoaded({ ...(source ? { source } : {}), ...(robotId ? { robotId } : {}) });
    },
    [store],
  );

  // A share link opened while the composer is showing (pasted into the address bar) replaces the message.
  useEffect(() => {
    const onHashChange = () => {
      const shared = decodeShareHash(window.location.hash);
      if (shared === undefined) return;
      const message = sharedMessage(shared);
      if (message) replace(message, 'share');
      else setLoaded({ failure: { source: 'share' } });
    };
    // Capture: the router handles the same popstate and, via the effect below, drops the hash right away.
    window.addEventListener('popstate', onHashChange, true);
    return () => window.removeEventListener('popstate', onHashChange, true);
  }, [replace]);

  // A share link or router state is consumed once: drop it from the URL/history so a reload shows the draft.
  useEffect(() => {
    if (location.hash || composerLoadFrom(location.state))
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location, navigate]);

  const load = search.get('load');
  useEffect(() => {
    if (!load) return;
    const match = /^(template|delivery):(.+)$/.exec(load);
    // Drop ?load= from the address bar only once the message is in: that navigation re-runs this effect,
    // whose cleanup aborts the fetch, so doing it first lost the load whenever the render won the race.
    const forget = () => void navigate({ pathname: '/', hash: '' }, { replace: true });
    if (!match) {
      forget();
      return;
    }
    const [, source, id] = match as unknown as [string, 'template' | 'delivery', string];
    const controller = new AbortController();
    const fetched =
      source === 'template'
        ? getTemplate(id, controller.signal).then((template) => ({ message: template.message, robotId: undefined }))
        : getDelivery(id, controller.signal).then((delivery) => ({
            message: delivery.message as unknown,
            robotId: delivery.robotId,
          }));
    fetched.then(
      ({ message: raw, robotId }) => {
        const next = coerceDraft(raw);
        if (next) replace(next, source, robotId);
        else setLoaded({ failure: { source } });
        forget();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ failure: { source, error } });
        forget();
      },
    );
    return () => controller.abort();
  }, [load, navigate, replace]);

  // Autosave: debounced while typing, immediately when the tab is hidden or closed.
  useEffect(() => {
    let timer: number | undefined;
    const flush = () => {
      window.clearTimeout(timer);
      timer = undefined;
      saveDraft(userId, store.get());
    };
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(flush, AUTOSAVE_MS);
    });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [store, userId]);

  return { store, replace, revision, loaded };
}
