import { Outlet } from 'react-router';
import { useCurrentUser } from '../hooks/use-session.ts';
import { NeedsAdminPage } from './needs-admin.tsx';

/** Route guard inside RequireSession: admin pages for admins, a friendly explanation for editors. */
export function RequireAdmin() {
  const user = useCurrentUser();
  return user?.role === 'admin' ? <Outlet /> : <NeedsAdminPage />;
}
