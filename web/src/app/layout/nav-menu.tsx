import MenuIcon from '@mui/icons-material/Menu';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NavItem } from './nav-items.ts';

// Popover brings Modal: load it on the first open, not with the composer.
const NavMenuPopup = lazy(async () => ({ default: (await import('./nav-menu-popup.tsx')).NavMenuPopup }));

/**
 * The main navigation on a phone: a button opening the list of pages (the row of links would not fit).
 * A disclosure of links, not a role="menu": the entries are pages to go to.
 */
export function NavMenu({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [open, setOpen] = useState(false);
  const popupId = useId();
  if (items.length === 0) return null;
  return (
    <>
      <IconButton
        color="inherit"
        edge="start"
        aria-label={t('nav.open')}
        aria-expanded={open}
        aria-controls={open ? popupId : undefined}
        onClick={(event) => {
          setAnchor(event.currentTarget);
          setOpen(true);
        }}
        sx={{ display: { xs: 'inline-flex', sm: 'none' } }}
      >
        <MenuIcon />
      </IconButton>
      {anchor && (
        <Suspense fallback={null}>
          <NavMenuPopup id={popupId} anchor={anchor} open={open} items={items} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
