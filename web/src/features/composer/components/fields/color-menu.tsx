import Box from '@mui/material/Box';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useTranslation } from 'react-i18next';

/** Colours DingTalk renders on every client: <font color> with a six-digit hex. */
export const FONT_COLORS = [
  { key: 'red', hex: '#FF0000' },
  { key: 'orange', hex: '#FF7F00' },
  { key: 'green', hex: '#00A854' },
  { key: 'blue', hex: '#1677FF' },
  { key: 'purple', hex: '#8B3DFF' },
  { key: 'gray', hex: '#8F959E' },
] as const;

export function ColorMenu({
  anchor,
  onClose,
  onPick,
}: {
  anchor: HTMLElement;
  onClose: () => void;
  onPick: (hex: string) => void;
}) {
  const { t } = useTranslation('composer');
  return (
    <Menu anchorEl={anchor} open onClose={onClose}>
      {FONT_COLORS.map((color) => (
        <MenuItem key={color.hex} onClick={() => onPick(color.hex)}>
          <Box
            component="span"
            aria-hidden
            sx={{ width: 14, height: 14, borderRadius: '3px', bgcolor: color.hex, mr: 1, flex: 'none' }}
          />
          {t(`colors.${color.key}`)} {color.hex}
        </MenuItem>
      ))}
    </Menu>
  );
}
