import Box from '@mui/material/Box';

/** A thin horizontal meter (role="meter"); lighter than LinearProgress and semantically a gauge. */
export function MeterBar({
  value,
  max,
  color = 'primary',
  labelledBy,
}: {
  value: number;
  max: number;
  color?: 'primary' | 'warning' | 'error';
  labelledBy?: string;
}) {
  const ratio = Math.max(0, Math.min(1, value / max));
  return (
    <Box
      role="meter"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-labelledby={labelledBy}
      sx={{ height: 6, borderRadius: 3, bgcolor: 'action.hover', overflow: 'hidden' }}
    >
      {/* Width inline, not in sx: every new sx value would inject a CSS rule and restyle the whole page. */}
      <Box sx={{ height: '100%', bgcolor: `${color}.main` }} style={{ width: `${ratio * 100}%` }} />
    </Box>
  );
}
