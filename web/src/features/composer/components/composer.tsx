import type { Robot } from '@dingpost/shared/api/robots';
import {
  dingtalkMessageSchema,
  messageKind,
  type DingtalkMessage,
  type MessageKind,
} from '@dingpost/shared/wire/message';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import SendIcon from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { lazy, Suspense, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingBar } from '../../../components/loading-bar.tsx';
import { SimpleTabs } from '../../../components/simple-tabs.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { readString, writeString } from '../../../lib/storage.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { createDelivery } from '../api/create-delivery.ts';
import { useRobots } from '../api/get-robots.ts';
import { useComposerMessage } from '../hooks/use-composer-message.ts';
import { useLint } from '../hooks/use-lint.ts';
import { convertMessage, emptyMessage, toWire } from '../utils/message-model.ts';
import { KindForm, type KindFormHandle } from './forms/kind-form.tsx';
import { InsightsPanel } from './insights-panel.tsx';
import { KindPicker } from './kind-picker.tsx';
import { LazyPreview, PreviewPane } from './preview-pane.tsx';
import { defaultRobotId, RobotPicker } from './robot-picker.tsx';
import { SendOutcome, type SendResult } from './send-outcome.tsx';

// Loaded on first use, to keep the composer's first bundle small.
const JsonEditor = lazy(async () => ({ default: (await import('./json-editor.tsx')).JsonEditor }));
const SendDialog = lazy(async () => ({ default: (await import('./send-dialog.tsx')).SendDialog }));
const SaveTemplateDialog = lazy(async () => ({
  default: (await import('./save-template-dialog.tsx')).SaveTemplateDialog,
}));

type EditorTab = 'form' | 'json';

function LoadNotice({ loaded, onNew }: { loaded: ReturnType<typeof useComposerMessage>['loaded']; onNew: () => void }) {
  const { t } = useTranslation('composer');
  const [dismissed, setDismissed] = useState<unknown>(null);
  if (dismissed === loaded) return null;
  if (loaded.failure)
    return (
      <Alert severity="warning" onClose={() => setDismissed(loaded)}>
        {t(`load.failed_${loaded.failure.source}`)}
        {isApiError(loaded.failure.error) ? ` ${loaded.failure.error.message}` : ''}
      </Alert>
    );
  if (!loaded.source) return null;
  return (
    <Alert
      severity="info"
      onClose={() => setDismissed(loaded)}
      action={
        loaded.source === 'draft' ? (
          <Button color="inherit" size="small" onClick={onNew}>
            {t('load.new')}
          </Button>
        ) : undefined
      }
    >
      {t(`load.${loaded.source}`)}
    </Alert>
  );
}

/** The composer: editor and live preview over one message value, with checks and preview-before-send. */
export function Composer() {
  const { t } = useTranslation('composer');
  const { message, setMessage, replace, revision, loaded } = useComposerMessage();
  const { robots, error: robotsError, reload: reloadRobots } = useRobots();
  const [chosenRobotId, setChosenRobotId] = useState<string | undefined>(
    () => loaded.robotId ?? readString(STORAGE_KEYS.composerRobot),
  );
  const [tab, setTab] = useState<EditorTab>('form');
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SendResult | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const [savedTemplate, setSavedTemplate] = useState<string | null>(null);
  const form = useRef<KindFormHandle>(null);

  // A message loaded with its robot (from the history) selects that robot.
  const [loadRobot, setLoadRobot] = useState(loaded.robotId);
  if (loaded.robotId !== loadRobot) {
    setLoadRobot(loaded.robotId);
    if (loaded.robotId) setChosenRobotId(loaded.robotId);
  }

  const robotId = robots ? defaultRobotId(robots, chosenRobotId) : '';
  const robot: Robot | undefined = robots?.find((candidate) => candidate.id === robotId);
  const kind = messageKind(message);
  const wire = useMemo(() => toWire(message), [message]);
  const warnings = useLint(wire, robot?.keywords);

  const chooseRobot = (id: string) => {
    setChosenRobotId(id);
    writeString(STORAGE_KEYS.composerRobot, id);
  };

  const changeKind = (next: MessageKind) => {
    if (next !== kind) replace(convertMessage(message, next));
  };

  const onFormChange = useCallback(
    (next: DingtalkMessage) => {
      setInvalid(false);
      setMessage(next);
    },
    [setMessage],
  );

  const startSend = async () => {
    if (!robot || sending) return;
    setResult(null);
    const formOk = tab === 'form' ? ((await form.current?.validate()) ?? true) : true;
    const parsed = dingtalkMessageSchema.safeParse(wire);
    if (!formOk || !parsed.success) {
      setInvalid(true);
      return;
    }
    setConfirming(true);
  };

  const confirmSend = async () => {
    if (!robot || sending) return;
    setSending(true);
    try {
      const delivery = await createDelivery(robot.id, wire);
      setResult({ delivery, robotName: robot.name });
    } catch (error) {
      setResult({ error });
      if (isApiError(error))
        form.current?.showIssues(
          error.issues
            .filter((issue) => issue.path.startsWith('message.'))
            .map((issue) => ({ ...issue, path: issue.path.slice('message.'.length) })),
        );
    } finally {
      setSending(false);
      setConfirming(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented && !confirming) {
      event.preventDefault();
      void startSend();
    }
  };

  return (
    <Box
      onKeyDown={onKeyDown}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' },
        alignItems: 'start',
      }}
    >
      <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
        <LoadNotice loaded={loaded} onNew={() => replace(emptyMessage(kind))} />
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
          <KindPicker value={kind} onChange={changeKind} />
        </Paper>
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 }, pt: { xs: 0.5, sm: 0.5 } }}>
          <SimpleTabs
            label={t('tabs.label')}
            value={tab}
            onChange={setTab}
            tabs={[
              { value: 'form', label: t('tabs.form'), id: 'composer-tab-form', panelId: 'composer-panel-form' },
              { value: 'json', label: t('tabs.json'), id: 'composer-tab-json', panelId: 'composer-panel-json' },
            ]}
          />
          <Box role="tabpanel" id={`composer-panel-${tab}`} aria-labelledby={`composer-tab-${tab}`}>
            {tab === 'form' ? (
              <KindForm
                key={`${kind}-${revision}`}
                ref={form}
                kind={kind}
                defaultValues={message}
                onChange={onFormChange}
              />
            ) : (
              <Suspense fallback={<LoadingBar label={t('common:loading')} />}>
                <JsonEditor
                  key={revision}
                  message={message}
                  signed={robot?.hasSecret ?? false}
                  onChange={(next) => {
                    setInvalid(false);
                    setMessage(next);
                  }}
                  onImport={(next) => replace(next, 'import')}
                />
              </Suspense>
            )}
          </Box>
        </Paper>
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 }, display: 'grid', gap: 1.5 }}>
          <RobotPicker
            robots={robots}
            error={robotsError}
            value={robotId}
            onChange={chooseRobot}
            onRetry={reloadRobots}
          />
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            <Button
              variant="contained"
              startIcon={<SendIcon />}
              onClick={() => void startSend()}
              disabled={!robot || sending}
            >
              {t('send.button')}
            </Button>
            <Button variant="outlined" startIcon={<BookmarkAddIcon />} onClick={() => setSavingTemplate(true)}>
              {t('template.open')}
            </Button>
            <Button startIcon={<NoteAddIcon />} onClick={() => replace(emptyMessage(kind))}>
              {t('load.new')}
            </Button>
          </Box>
          {invalid ? (
            <Alert severity="error" role="alert">
              {tab === 'form' ? t('send.invalidForm') : t('send.invalidJson')}
            </Alert>
          ) : null}
          {result ? <SendOutcome result={result} onClose={() => setResult(null)} /> : null}
          {savedTemplate ? (
            <Alert severity="success" role="status" onClose={() => setSavedTemplate(null)}>
              {t('template.saved', { name: savedTemplate })}{' '}
              <Link component={RouterLink} to="/templates">
                {t('template.openList')}
              </Link>
            </Alert>
          ) : null}
        </Paper>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          minWidth: 0,
          position: { md: 'sticky' },
          top: { md: 80 },
        }}
      >
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
          <PreviewPane message={wire} {...(robot ? { robotName: robot.name } : {})} />
        </Paper>
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
          <InsightsPanel message={wire} robot={robot} warnings={warnings} />
        </Paper>
      </Box>
      <Suspense fallback={null}>
        {robot && confirming ? (
          <SendDialog
            open
            message={wire}
            robot={robot}
            warnings={warnings ?? []}
            preview={<LazyPreview message={wire} robotName={robot.name} />}
            sending={sending}
            onClose={() => setConfirming(false)}
            onConfirm={() => void confirmSend()}
          />
        ) : null}
        {savingTemplate ? (
          <SaveTemplateDialog
            message={message}
            onClose={() => setSavingTemplate(false)}
            onSaved={(template) => {
              setSavingTemplate(false);
              setSavedTemplate(template.name);
            }}
          />
        ) : null}
      </Suspense>
    </Box>
  );
}
