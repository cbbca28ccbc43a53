import Button from '@mui/material/Button';
import { ThemeProvider, getContrastRatio } from '@mui/material/styles';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { theme } from './theme.ts';

afterEach(cleanup);

describe('theme', () => {
  it('leaves button labels as written: "Send", not "SEND"', () => {
    render(
      <ThemeProvider theme={theme}>
        <Button variant="contained">Send</Button>
        <Button>New message</Button>
      </ThemeProvider>,
    );
    for (const name of ['Send', 'New message'])
      expect(getComputedStyle(screen.getByRole('button', { name })).textTransform).toBe('none');
  });

  it('gives filled info chips (queued, sending) text at WCAG AA contrast, 4.5:1, in the light scheme', () => {
    // The light scheme is the default one, so it is the theme's own palette.
    const { info } = theme.palette;
    expect(getContrastRatio(info.main, info.contrastText)).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio(info.main, '#fff')).toBeGreaterThanOrEqual(4.5);
  });
});
