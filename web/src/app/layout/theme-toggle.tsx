import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;

/** Cycles system → light → dark; MUI persists the choice under our storage key. */
export function ThemeToggle() {
  const { t } = useTranslation();
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const label = t('theme.label', { mode: t(`theme.${current}`) });
  const Icon = current === 'light' ? LightModeIcon : current === 'dark' ? DarkModeIcon : BrightnessAutoIcon;
  return (
    <IconButton color="inherit" aria-label={label} title={label} onClick={() => setMode(NEXT[current])}>
      <Icon />
    </IconButton>
  );
}
