import AddLinkIcon from '@mui/icons-material/AddLink';
import FormatBoldIcon from '@mui/icons-material/FormatBold';
import FormatColorTextIcon from '@mui/icons-material/FormatColorText';
import FormatItalicIcon from '@mui/icons-material/FormatItalic';
import FormatListBulletedIcon from '@mui/icons-material/FormatListBulleted';
import FormatListNumberedIcon from '@mui/icons-material/FormatListNumbered';
import FormatQuoteIcon from '@mui/icons-material/FormatQuote';
import ImageIcon from '@mui/icons-material/Image';
import LinkIcon from '@mui/icons-material/Link';
import TitleIcon from '@mui/icons-material/Title';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import { lazy, Suspense, useState, type ComponentType, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type MarkdownCommand =
  'heading' | 'bold' | 'italic' | 'quote' | 'link' | 'image' | 'bullet' | 'ordered' | 'linkHelper';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Shortcuts shown in the buttons' titles; the textarea's key handler matches them (see shortcutOf). */
export const SHORTCUTS: Partial<Record<MarkdownCommand, string>> = {
  heading: `${MOD}Shift+H`,
  bold: `${MOD}B`,
  italic: `${MOD}I`,
  link: `${MOD}K`,
  linkHelper: `${MOD}Shift+K`,
  ordered: `${MOD}Shift+7`,
  bullet: `${MOD}Shift+8`,
  quote: `${MOD}Shift+9`,
};

export function shortcutOf(event: {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): MarkdownCommand | undefined {
  if (!(isMac ? event.metaKey : event.ctrlKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (!event.shiftKey) return key === 'b' ? 'bold' : key === 'i' ? 'italic' : key === 'k' ? 'link' : undefined;
  if (key === 'h') return 'heading';
  if (key === 'k') return 'linkHelper';
  return event.code === 'Digit7'
    ? 'ordered'
    : event.code === 'Digit8'
      ? 'bullet'
      : event.code === 'Digit9'
        ? 'quote'
        : undefined;
}

// Menus bring MUI's popover machinery: loaded on first use, off the composer's first bundle.
const ColorMenu = lazy(async () => ({ default: (await import('./color-menu.tsx')).ColorMenu }));

const BUTTONS: { command: MarkdownCommand; Icon: ComponentType<{ fontSize: 'small' }> }[] = [
  { command: 'heading', Icon: TitleIcon },
  { command: 'bold', Icon: FormatBoldIcon },
  { command: 'italic', Icon: FormatItalicIcon },
  { command: 'quote', Icon: FormatQuoteIcon },
  { command: 'bullet', Icon: FormatListBulletedIcon },
  { command: 'ordered', Icon: FormatListNumberedIcon },
  { command: 'link', Icon: LinkIcon },
  { command: 'image', Icon: ImageIcon },
  { command: 'linkHelper', Icon: AddLinkIcon },
];

export function MarkdownToolbar({
  label,
  onCommand,
  onColor,
}: {
  label: string;
  onCommand: (command: MarkdownCommand) => void;
  onColor: (hex: string) => void;
}) {
  const { t } = useTranslation('composer');
  const [colorAnchor, setColorAnchor] = useState<HTMLElement | null>(null);
  const title = (command: MarkdownCommand) => {
    const name = t(`toolbar.${command}`);
    return SHORTCUTS[command] ? `${name} (${SHORTCUTS[command]})` : name;
  };
  // Keep the textarea's selection: a mouse press on a toolbar button must not blur it first.
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <Box role="toolbar" aria-label={label} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.25, mb: 0.5 }}>
      {BUTTONS.map(({ command, Icon }) => (
        <IconButton
          key={command}
          size="small"
          aria-label={t(`toolbar.${command}`)}
          title={title(command)}
          onMouseDown={keepSelection}
          onClick={() => onCommand(command)}
        >
          <Icon fontSize="small" />
        </IconButton>
      ))}
      <IconButton
        size="small"
        aria-label={t('toolbar.color')}
        title={t('toolbar.color')}
        aria-haspopup="menu"
        aria-expanded={colorAnchor ? 'true' : undefined}
        onMouseDown={keepSelection}
        onClick={(event) => setColorAnchor(event.currentTarget)}
      >
        <FormatColorTextIcon fontSize="small" />
      </IconButton>
      {colorAnchor ? (
        <Suspense fallback={null}>
          <ColorMenu
            anchor={colorAnchor}
            onClose={() => setColorAnchor(null)}
            onPick={(hex) => {
              setColorAnchor(null);
              onColor(hex);
            }}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}
