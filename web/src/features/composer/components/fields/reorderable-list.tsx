import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import { RowControls, type RowControl } from './row-controls.tsx';

/** A control to focus once the list has re-rendered, and the ones to try in its place when it is disabled. */
type Refocus = { row: number; controls: RowControl[] };

/**
 * A fieldset of items the user adds, reorders and removes (ActionCard buttons, FeedCard items): each item
 * is a card with its heading and move/remove buttons above its fields. Items are numbered from 1 (`n`).
 */
export function ReorderableList({
  legend,
  items,
  heading,
  controlLabels,
  onMove,
  onRemove,
  renderFields,
  error,
  addLabel,
  onAdd,
}: {
  legend: string;
  items: readonly { id: string }[];
  heading: (n: number) => ReactNode;
  controlLabels: (n: number) => { up: string; down: string; remove: string };
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  renderFields: (index: number, n: number) => ReactNode;
  /** The list's own error (e.g. "add at least one"), shown under the items. */
  error: ReactNode;
  addLabel: string;
  onAdd: () => void;
}) {
  const listRef = useRef<HTMLFieldSetElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Moving a row to the top or bottom disables the button just pressed, and removing a row takes its
  // buttons away: either way the browser drops focus to the page, and a keyboard user starts over.
  const refocus = useRef<Refocus | null>(null);
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const enabled = target.controls
      .map(
        (control) =>
          listRef.current?.querySelectorAll<HTMLButtonElement>(`[data-row-control="${control}"]`)[target.row],
      )
      .find((button) => button && !button.disabled);
    (enabled ?? addRef.current)?.focus();
  });
  const move = (from: number, to: number) => {
    refocus.current = { row: to, controls: to < from ? ['up', 'down'] : ['down', 'up'] };
    onMove(from, to);
  };
  const remove = (index: number) => {
    refocus.current = { row: Math.min(index, items.length - 2), controls: ['remove'] };
    onRemove(index);
  };
  return (
    <Box ref={listRef} component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        {legend}
      </Typography>
      <Stack spacing={1.5}>
        {items.map((item, index) => (
          <Paper key={item.id} variant="outlined" sx={{ p: 1.5 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
              <Typography variant="body2" sx={{ flex: 1, fontWeight: 600 }}>
                {heading(index + 1)}
              </Typography>
              <RowControls
                index={index}
                count={items.length}
                labels={controlLabels(index + 1)}
                onMove={move}
                onRemove={remove}
              />
            </Box>
            <Stack spacing={1.5}>{renderFields(index, index + 1)}</Stack>
          </Paper>
        ))}
      </Stack>
      {error}
      <Button ref={addRef} startIcon={<AddIcon />} onClick={onAdd} sx={{ mt: 1 }}>
        {addLabel}
      </Button>
    </Box>
  );
}
