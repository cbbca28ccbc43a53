import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useAppBarHeight } from '../../components/app-bar-height.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { LoadingBar } from '../../components/loading-bar.tsx';
import { UserMenu } from '../../features/auth/components/user-menu.tsx';
import { useCurrentUser } from '../../features/auth/hooks/use-session.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { NavMenu } from './nav-menu.tsx';
import { ThemeToggle } from './theme-toggle.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const nav = user ? NAV_ITEMS.filter((item) => !item.admin || user.role === 'admin') : [];
  const bar = useRef<HTMLElement>(null);
  useAppBarHeight(bar);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: 2000,
          p: 1,
          bgcolor: 'background.paper',
          '&:focus': { top: 8 },
        }}
      >
        {t('skipToContent')}
      </Link>
      <AppBar ref={bar} position="sticky" elevation={0} color="primary" enableColorOnDark>
        <Toolbar sx={{ gap: 1, flexWrap: { xs: 'wrap', md: 'nowrap' }, py: { xs: 0.5, md: 0 } }}>
          <NavMenu items={nav} />
          <Typography component="span" variant="h6" sx={{ fontWeight: 700, mr: 2, flexShrink: 0 }}>
            {t('appName')}
          </Typography>
          <Box
            component="nav"
            aria-label={t('nav.label')}
            sx={{
              order: { xs: 3, md: 0 },
              width: { xs: '100%', md: 'auto' },
              flexGrow: 1,
              // A phone gets the nav button instead; in between, the links wrap rather than hide off-screen.
              display: nav.length > 0 ? { xs: 'none', sm: 'flex' } : 'none',
              flexWrap: 'wrap',
              gap: 0.5,
            }}
          >
            {nav.map((item) => (
              <Button
                key={item.key}
                component={NavLink}
                to={item.to}
                end={item.end}
                color="inherit"
                sx={{
                  flexShrink: 0,
                  // Darken, never lighten, the bar behind the active link: white text keeps its contrast.
                  '&.active': {
                    bgcolor: 'rgba(0,0,0,0.24)',
                    fontWeight: 700,
                    textDecoration: 'underline',
                    textUnderlineOffset: '4px',
                  },
                  '&:focus-visible': { outline: '2px solid currentColor', outlineOffset: 2 },
                }}
              >
                {t(`nav.${item.key}`)}
              </Button>
            ))}
          </Box>
          <Box sx={{ display: 'flex', alignItems: 'center', ml: 'auto', gap: 0.5 }}>
            <ThemeToggle />
            <LanguageSwitch />
            <UserMenu />
          </Box>
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, outline: 'none' }}>
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<LoadingBar label={t('loading')} />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Box>
    </Box>
  );
}
