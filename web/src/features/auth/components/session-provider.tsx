import type { User } from '@dingpost/shared/api/auth';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError, onUnauthenticated } from '../../../lib/api-client.ts';
import { getMe } from '../api/get-me.ts';
import { logout } from '../api/logout.ts';
import { SessionContext, type Session, type SessionContextValue } from '../hooks/use-session.ts';

/**
 * Asks the server who is logged in (GET /api/auth/me) when the app loads, and hears every 401 the API
 * client meets afterwards: the session then counts as expired and the route guard sends the user to log in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

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

  useEffect(
    () =>
      onUnauthenticated(() =>
        setSession((current) =>
          current.status === 'authenticated' ? { status: 'anonymous', reason: 'expired' } : current,
        ),
      ),
    [],
  );

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

  const value = useMemo<SessionContextValue>(
    () => ({ session, signedIn, logOut, retry }),
    [session, signedIn, logOut, retry],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
