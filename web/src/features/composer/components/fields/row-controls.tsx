import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';

/** Which of a row's buttons; each carries it as `data-row-control`, so the list can find it again. */
export type RowControl = 'up' | 'down' | 'remove';

/** Move up / move down / remove for one row of a list; every action is a real, focusable button. */
export function RowControls({
  index,
  count,
  labels,
  onMove,
  onRemove,
  minRows = 1,
}: {
  index: number;
  count: number;
  labels: { up: string; down: string; remove: string };
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  minRows?: number;
}) {
  return (
    <Box sx={{ display: 'flex', gap: 0.25 }}>
      <IconButton
        size="small"
        aria-label={labels.up}
        title={labels.up}
        data-row-control="up"
        disabled={index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        <ArrowUpwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={labels.down}
        title={labels.down}
        data-row-control="down"
        disabled={index === count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        <ArrowDownwardIcon fontSize="small" />
      </IconButton>
      <IconButton
        size="small"
        aria-label={labels.remove}
        title={labels.remove}
        data-row-control="remove"
        disabled={count <= minRows}
        onClick={() => onRemove(index)}
      >
        <DeleteOutlinedIcon fontSize="small" />
      </IconButton>
    </Box>
  );
}
