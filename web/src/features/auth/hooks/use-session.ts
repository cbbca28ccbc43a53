import type { User } from '@dingpost/shared/api/auth';
import { createContext, useContext } from 'react';

/**
 * Why nobody is logged in: never was, the session ended under them and could not be taken up again as the
 * same account, or they logged out. (A session that ends mid-work is first offered a login over the page.)
 */
export type AnonymousReason = 'initial' | 'expired' | 'logout';

export type Session =
  | { status: 'loading' }
  /** The server could not be asked (network): nothing is known about the session. */
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; reason: AnonymousReason }
  | { status: 'authenticated'; user: User };

export interface SessionContextValue {
  session: Session;
  /** After a successful login. */
  signedIn: (user: User) => void;
  /** Ends the session on the server, then here (even when the server could not be reached). */
  logOut: () => Promise<void>;
  /** Asks the server again who is logged in (after a failed first attempt). */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}

/** The logged-in user, or undefined. */
export function useCurrentUser(): User | undefined {
  const { session } = useSession();
  return session.status === 'authenticated' ? session.user : undefined;
}
