import type { User } from '@dingpost/shared/api/auth';
import LogoutIcon from '@mui/icons-material/Logout';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function UserMenuPopup({
  id,
  anchor,
  open,
  user,
  onClose,
  onLogOut,
}: {
  id: string;
  anchor: HTMLElement;
  open: boolean;
  user: User;
  onClose: () => void;
  onLogOut: () => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={open}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
    >
      {/* A subheader is skipped by the menu's arrow-key focus, so the first item stays "log out". */}
      <ListSubheader sx={{ lineHeight: 1.4, py: 1 }}>
        <Typography component="span" variant="subtitle2" sx={{ display: 'block', color: 'text.primary' }}>
          {user.username}
        </Typography>
        <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
          {t(`roles.${user.role}`)}
        </Typography>
      </ListSubheader>
      <MenuItem onClick={onLogOut}>
        <ListItemIcon>
          <LogoutIcon fontSize="small" aria-hidden />
        </ListItemIcon>
        <ListItemText>{t('menu.logout')}</ListItemText>
      </MenuItem>
    </Menu>
  );
}
