import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireAdmin } from '../features/auth/components/require-admin.tsx';
import { RequireSession } from '../features/auth/components/require-session.tsx';
import { SessionProvider } from '../features/auth/components/session-provider.tsx';
import { useSession } from '../features/auth/hooks/use-session.ts';
import { ComposerPage } from '../features/composer/routes/composer-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './routes/not-found.tsx';

// The composer ships in the first bundle; every other page loads when first visited.
// Declarative routing (not the data router) keeps react-router's share of that bundle small.
const TemplatesPage = lazy(async () => ({
  default: (await import('../features/templates/routes/templates-page.tsx')).TemplatesPage,
}));
const HistoryPage = lazy(async () => ({
  default: (await import('../features/history/routes/history-page.tsx')).HistoryPage,
}));
const SandboxPage = lazy(async () => ({
  default: (await import('../features/sandbox/routes/sandbox-page.tsx')).SandboxPage,
}));
const RobotsPage = lazy(async () => ({
  default: (await import('../features/robots/routes/robots-page.tsx')).RobotsPage,
}));
const LoginPage = lazy(async () => ({
  default: (await import('../features/auth/routes/login-page.tsx')).LoginPage,
}));
const UsersPage = lazy(async () => ({
  default: (await import('../features/users/routes/users-page.tsx')).UsersPage,
}));
const ApiKeysPage = lazy(async () => ({
  default: (await import('../features/api-keys/routes/api-keys-page.tsx')).ApiKeysPage,
}));
const AuditPage = lazy(async () => ({
  default: (await import('../features/audit/routes/audit-page.tsx')).AuditPage,
}));

/** The users page marks the admin's own account and tells the session when it changes. */
function UsersRoute() {
  const { session, signedIn } = useSession();
  return (
    <UsersPage
      currentUserId={session.status === 'authenticated' ? session.user.id : undefined}
      onSelfChanged={signedIn}
    />
  );
}

/** The composer keeps a draft per user of the browser (a shared computer shows nobody another's). */
function ComposerRoute() {
  const { session } = useSession();
  return <ComposerPage draftOwner={session.status === 'authenticated' ? session.user.id : ''} />;
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<AppLayout />}>
            <Route path="login" element={<LoginPage />} />
            <Route element={<RequireSession />}>
              <Route index element={<ComposerRoute />} />
              <Route path="templates" element={<TemplatesPage />} />
              <Route path="history" element={<HistoryPage />} />
              <Route path="sandbox" element={<SandboxPage />} />
              <Route element={<RequireAdmin />}>
                <Route path="robots" element={<RobotsPage />} />
                <Route path="users" element={<UsersRoute />} />
                <Route path="api-keys" element={<ApiKeysPage />} />
                <Route path="audit" element={<AuditPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
