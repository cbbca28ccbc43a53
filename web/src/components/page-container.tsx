import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** The frame of every page: a width-limited column with the page's h1 and optional actions beside it. */
export function PageContainer({
  title,
  actions,
  children,
  maxWidth = 'lg',
}: {
  title: string;
  actions?: ReactNode;
  children?: ReactNode;
  maxWidth?: 'md' | 'lg' | 'xl' | false;
}) {
  return (
    <Container maxWidth={maxWidth} sx={{ py: { xs: 2, md: 3 }, px: { xs: 1.5, sm: 3 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        {/* Focusable from script: useFocusPageHeading lands here when the focused control went away. */}
        <Typography variant="h5" component="h1" tabIndex={-1} sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        {actions}
      </Box>
      {children}
    </Container>
  );
}
