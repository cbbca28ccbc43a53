import type { User } from '@dingpost/shared/api/auth';
import KeyIcon from '@mui/icons-material/Key';
import LogoutIcon from '@mui/icons-material/Logout';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import MenuList from '@mui/material/MenuList';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/**
 * Who is logged in above a menu with "change password" and "log out". A popover rather than MUI's Menu: the name and role are
 * not menu items, and a role="menu" list may hold only items.
 */
export function UserMenuPopup({
  id,
  anchor,
  open,
  user,
  onClose,
  onChangePassword,
  onLogOut,
}: {
  id: string;
  anchor: HTMLElement;
  open: boolean;
  user: User;
  onClose: () => void;
  onChangePassword: () => void;
  onLogOut: () => void;
}) {
  const { t } = useTranslation('auth');
  return (
    <Popover
      open={open}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { sx: { minWidth: 200, maxWidth: 'calc(100vw - 16px)' } } }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <Typography variant="subtitle2" component="p" sx={{ wordBreak: 'break-word' }}>
          {user.username}
        </Typography>
        <Typography variant="body2" component="p" color="text.secondary">
          {t(`roles.${user.role}`)}
        </Typography>
      </Box>
      <Divider />
      <MenuList id={id} autoFocusItem={open} aria-label={t('menu.label', { username: user.username })}>
        <MenuItem onClick={onChangePassword}>
          <ListItemIcon>
            <KeyIcon fontSize="small" aria-hidden />
          </ListItemIcon>
          <ListItemText>{t('menu.changePassword')}</ListItemText>
        </MenuItem>
        <MenuItem onClick={onLogOut}>
          <ListItemIcon>
            <LogoutIcon fontSize="small" aria-hidden />
          </ListItemIcon>
          <ListItemText>{t('menu.logout')}</ListItemText>
        </MenuItem>
      </MenuList>
    </Popover>
  );
}
