import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/use-session.ts';

// MUI's Menu brings Popover and Modal: load them on the first open, not with the composer.
const UserMenuPopup = lazy(async () => ({ default: (await import('./user-menu-popup.tsx')).UserMenuPopup }));
const Snackbar = lazy(() => import('@mui/material/Snackbar'));
const ChangePasswordDialog = lazy(async () => ({
  default: (await import('./change-password-dialog.tsx')).ChangePasswordDialog,
}));

/** The app bar's account button: who is logged in, their role, changing one's password, logging out. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const { session, logOut } = useSession();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const menuId = useId();
  if (session.status !== 'authenticated') return null;
  const { user } = session;
  return (
    <>
      <Button
        color="inherit"
        aria-label={t('menu.label', { username: user.username })}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setOpen(true);
        }}
        startIcon={<AccountCircleIcon aria-hidden />}
        sx={{
          flexShrink: 0,
          minWidth: 0,
          '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
        }}
      >
        <Box
          component="span"
          sx={{
            display: { xs: 'none', sm: 'inline' },
            maxWidth: 160,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {user.username}
        </Box>
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <UserMenuPopup
            id={menuId}
            anchor={anchor}
            open={open}
            user={user}
            onClose={() => setOpen(false)}
            onChangePassword={() => {
              setOpen(false);
              setChangingPassword(true);
            }}
            onLogOut={() => {
              setOpen(false);
              void logOut();
            }}
          />
        </Suspense>
      )}
      {changingPassword && (
        <Suspense fallback={null}>
          <ChangePasswordDialog
            onClose={() => setChangingPassword(false)}
            onChanged={() => {
              setChangingPassword(false);
              setNotice(t('password.done'));
            }}
          />
        </Suspense>
      )}
      {notice !== null && (
        <Suspense fallback={null}>
          <Snackbar open autoHideDuration={6000} onClose={() => setNotice(null)} message={notice} />
        </Suspense>
      )}
    </>
  );
}
