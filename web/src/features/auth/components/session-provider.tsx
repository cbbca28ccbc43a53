import type { User } from '@dingpost/shared/api/auth';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { isApiError, onUnauthenticated } from '../../../lib/api-client.ts';
import { getMe } from '../api/get-me.ts';
import { logout } from '../api/logout.ts';
import { SessionContext, type Session, type SessionContextValue } from '../hooks/use-session.ts';

const loadReauthDialog = () => import('./reauth-dialog.tsx');
const ReauthDialog = lazy(async () => ({ default: (await loadReauthDialog()).ReauthDialog }));

/**
 * Asks the server who is logged in (GET /api/auth/me) when the app loads, and hears every 401 the API
 * client meets afterwards. Without a session at load, the route guard sends the user to log in. A session
 * that ends while the user works keeps the page as it is, with a dialog over it to log in again as the same
 * user; the calls that met the 401 wait for it and are made once more (or fail if the user logs out).
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [expired, setExpired] = useState(false);
  /** The calls waiting on the dialog: true once logged in again, false when the user logs out. */
  const waiting = useRef<((renewed: boolean) => void)[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    getMe(controller.signal).then(
      (user) => {
        if (!controller.signal.aborted) setSession({ status: 'authenticated', user });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSession(
          isApiError(error) && error.status === 401
            ? { status: 'anonymous', reason: 'initial' }
            : { status: 'error', error },
        );
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const settle = useCallback((renewed: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setExpired(false);
    for (const resolve of resolvers) resolve(renewed);
  }, []);

  const sessionEnded = useEffectEvent((): Promise<boolean> => {
    if (session.status !== 'authenticated') return Promise.resolve(false);
    setExpired(true);
    return new Promise((resolve) => waiting.current.push(resolve));
  });
  useEffect(() => {
    const unregister = onUnauthenticated(() => sessionEnded());
    return () => {
      unregister();
      for (const resolve of waiting.current.splice(0)) resolve(false);
    };
  }, []);

  // Fetched ahead, so the dialog still opens if a new build has replaced the chunks by the time it is needed.
  const signedInAs = session.status === 'authenticated' ? session.user.id : undefined;
  useEffect(() => {
    if (signedInAs !== undefined) void loadReauthDialog().catch(() => undefined);
  }, [signedInAs]);

  const signedIn = useCallback((user: User) => setSession({ status: 'authenticated', user }), []);
  const logOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setSession({ status: 'anonymous', reason: 'logout' });
    }
  }, []);
  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const loggedInAgain = async (user: User) => {
    if (session.status === 'authenticated' && user.id === session.user.id) {
      setSession({ status: 'authenticated', user });
      settle(true);
      return;
    }
    // Not the account whose work is on screen (it was replaced under the same name): that login ends here.
    await logout().catch(() => undefined);
    setSession({ status: 'anonymous', reason: 'expired' });
    settle(false);
  };
  const logOutInstead = async () => {
    await logOut().catch(() => undefined);
    settle(false);
  };

  const value = useMemo<SessionContextValue>(
    () => ({ session, signedIn, logOut, retry }),
    [session, signedIn, logOut, retry],
  );
  return (
    <SessionContext value={value}>
      {children}
      {expired && session.status === 'authenticated' && (
        <Suspense fallback={null}>
          <ReauthDialog user={session.user} onLoggedIn={(user) => void loggedInAgain(user)} onLogOut={logOutInstead} />
        </Suspense>
      )}
    </SessionContext>
  );
}
