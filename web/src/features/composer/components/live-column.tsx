import type { Robot } from '@dingpost/shared/api/robots';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import { memo, useMemo } from 'react';
import { APP_BAR_HEIGHT } from '../../../components/app-bar-height.ts';
import { useSettledMessage, useStoredMessage, type MessageStore } from '../hooks/message-store.ts';
import { useLint } from '../hooks/use-lint.ts';
import { toWire } from '../utils/message-model.ts';
import { InsightsPanel } from './insights-panel.tsx';
import { PreviewPane } from './preview-pane.tsx';

const INSIGHTS_DELAY_MS = 120;

/** The live preview: re-renders on every change of the message, and nothing else does. */
const LivePreview = memo(function LivePreview({ store, robotName }: { store: MessageStore; robotName?: string }) {
  const message = useStoredMessage(store);
  const wire = useMemo(() => toWire(message), [message]);
  return <PreviewPane message={wire} {...(robotName ? { robotName } : {})} />;
});

/** Byte meter, keyword check and lint: they settle a moment after typing pauses, the preview goes first. */
const LiveInsights = memo(function LiveInsights({ store, robot }: { store: MessageStore; robot: Robot | undefined }) {
  const message = useSettledMessage(store, INSIGHTS_DELAY_MS);
  const warnings = useLint(store, robot?.keywords);
  const wire = useMemo(() => toWire(message), [message]);
  return <InsightsPanel message={wire} robot={robot} warnings={warnings} />;
});

/**
 * The preview and the checks, beside the editor (below it on narrow screens). Beside the editor the column
 * stays in view: a long message scrolls inside the preview rather than pushing the checks a page down.
 */
export const LiveColumn = memo(function LiveColumn({
  store,
  robot,
}: {
  store: MessageStore;
  robot: Robot | undefined;
}) {
  return (
    <Box
      sx={(theme) => ({
        display: 'flex',
        flexDirection: 'column',
        gap: 2,
        minWidth: 0,
        position: { md: 'sticky' },
        // Below the app bar, whatever its height (its links wrap on narrower screens), with a gap above and below.
        top: { md: `calc(${APP_BAR_HEIGHT} + ${theme.spacing(2)})` },
        maxHeight: { md: `calc(100vh - ${APP_BAR_HEIGHT} - ${theme.spacing(4)})` },
      })}
    >
      <Paper
        variant="outlined"
        sx={{ p: { xs: 1.5, sm: 2 }, contain: 'content', display: 'flex', flex: '0 1 auto', minHeight: 0 }}
      >
        <LivePreview store={store} {...(robot ? { robotName: robot.name } : {})} />
      </Paper>
      <Paper
        variant="outlined"
        sx={{ p: { xs: 1.5, sm: 2 }, contain: 'content', flex: 'none', maxHeight: { md: '45vh' }, overflowY: 'auto' }}
      >
        <LiveInsights store={store} robot={robot} />
      </Paper>
    </Box>
  );
});
