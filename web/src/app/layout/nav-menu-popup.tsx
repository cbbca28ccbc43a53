import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Popover from '@mui/material/Popover';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from './nav-items.ts';

/** The pages as a list of links under the nav button; following one closes it. */
export function NavMenuPopup({
  id,
  anchor,
  open,
  items,
  onClose,
}: {
  id: string;
  anchor: HTMLElement;
  open: boolean;
  items: readonly NavItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Popover
      open={open}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { sx: { minWidth: 200, maxWidth: 'calc(100vw - 16px)' } } }}
    >
      <List component="nav" id={id} aria-label={t('nav.label')} dense>
        {items.map((item, index) => (
          <ListItemButton
            key={item.key}
            component={NavLink}
            to={item.to}
            end={item.end}
            autoFocus={index === 0}
            onClick={onClose}
            sx={{ '&.active': { fontWeight: 700, bgcolor: 'action.selected' } }}
          >
            {t(`nav.${item.key}`)}
          </ListItemButton>
        ))}
      </List>
    </Popover>
  );
}
