import type { LintWarning } from '@dingpost/shared/api/check';
import type { Robot } from '@dingpost/shared/api/robots';
import { messageKind, type DingtalkMessage, type MessageKind } from '@dingpost/shared/wire/message';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import NoteAddIcon from '@mui/icons-material/NoteAddOutlined';
import SendIcon from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { LoadingBar } from '../../../components/loading-bar.tsx';
import { SimpleTabs } from '../../../components/simple-tabs.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import type { ComposerNewReason } from '../../../lib/composer-load.ts';
import { readString, writeString } from '../../../lib/storage.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { createDelivery } from '../api/create-delivery.ts';
import { useRobots } from '../api/get-robots.ts';
import { useStoredSelector } from '../hooks/message-store.ts';
import { useComposerMessage } from '../hooks/use-composer-message.ts';
import { useNewMessageRequest } from '../hooks/use-new-message-request.ts';
import { loadLinter } from '../hooks/use-lint.ts';
import { conversionLoses, convertMessage } from '../utils/convert-kind.ts';
import { emptyMessage, isBlank, toWire } from '../utils/message-model.ts';
import { sendBlocker, type SendBlocker } from '../utils/send-blocker.ts';
import { KindForm, type KindFormHandle } from './forms/kind-form.tsx';
import { KindPicker } from './kind-picker.tsx';
import { LoadNotice } from './load-notice.tsx';
import { LiveColumn } from './live-column.tsx';
import { LazyPreview } from './preview-pane.tsx';
import { defaultRobotId, RobotPicker } from './robot-picker.tsx';
import { SendBlockedAlert } from './send-blocked-alert.tsx';
import { SendOutcome, type SendResult } from './send-outcome.tsx';

// Loaded on first use, to keep the composer's first bundle small.
const JsonEditor = lazy(async () => ({ default: (await import('./json-editor.tsx')).JsonEditor }));
const SendDialog = lazy(async () => ({ default: (await import('./send-dialog.tsx')).SendDialog }));
const UndoSnackbar = lazy(async () => ({ default: (await import('./undo-snackbar.tsx')).UndoSnackbar }));
const SaveTemplateDialog = lazy(async () => ({
  default: (await import('./save-template-dialog.tsx')).SaveTemplateDialog,
}));

type EditorTab = 'form' | 'json';

/** Editor and live preview over one message, with checks and preview-before-send; drafts are `draftOwner`'s. */
export function Composer({ draftOwner }: { draftOwner: string }) {
  const { t } = useTranslation('composer');
  const { store, replace, revision, loaded } = useComposerMessage(draftOwner);
  const { robots, error: robotsError, reload: reloadRobots } = useRobots();
  const [chosenRobotId, setChosenRobotId] = useState<string | undefined>(
    () => loaded.robotId ?? readString(STORAGE_KEYS.composerRobot),
  );
  const [tab, setTab] = useState<EditorTab>('form');
  // The exact message shown in the confirmation, frozen when it opens.
  const [confirming, setConfirming] = useState<{ message: DingtalkMessage; warnings: LintWarning[] } | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<SendResult | null>(null);
  const [blocked, setBlocked] = useState<SendBlocker | null>(null);
  const [templateMessage, setTemplateMessage] = useState<DingtalkMessage | null>(null);
  const [savedTemplate, setSavedTemplate] = useState<string | null>(null);
  // What "new message" cleared, or what a switch of kind could not carry over (`switchedTo`), until it is
  // undone, the message changes again, or the offer times out.
  const [cleared, setCleared] = useState<{ message: DingtalkMessage; switchedTo?: MessageKind } | null>(null);
  const form = useRef<KindFormHandle>(null);
  // On the JSON tab: whether its text is a message (when not, the store holds the last one that was).
  const jsonOk = useRef(true);
  const onJsonValidity = useCallback((ok: boolean) => {
    jsonOk.current = ok;
  }, []);

  // A message loaded with its robot (from the history) selects that robot.
  const [loadRobot, setLoadRobot] = useState(loaded.robotId);
  if (loaded.robotId !== loadRobot) {
    setLoadRobot(loaded.robotId);
    if (loaded.robotId) setChosenRobotId(loaded.robotId);
  }

  const robotId = robots ? defaultRobotId(robots, chosenRobotId) : '';
  const robot: Robot | undefined = robots?.find((candidate) => candidate.id === robotId);
  const kind = useStoredSelector(store, messageKind);

  const chooseRobot = useCallback((id: string) => {
    setChosenRobotId(id);
    writeString(STORAGE_KEYS.composerRobot, id);
  }, []);

  // Arrow keys in the kind picker switch at every step: while nothing was edited since a switch that left
  // something out, each step converts from the message before it, so passing through kinds loses nothing more.
  const changeKind = useCallback(
    (next: MessageKind) => {
      const current = store.get();
      if (next === messageKind(current)) return;
      const origin = cleared?.switchedTo ? cleared.message : current;
      replace(convertMessage(origin, next));
      if (conversionLoses(origin, next)) setCleared({ message: origin, switchedTo: next });
    },
    [store, replace, cleared],
  );

  const onEdit = useCallback((next: DingtalkMessage) => store.set(next), [store]);

  // A refusal and a send's outcome speak of the message as it was: once it changes (an edit, another
  // kind, a new or loaded message) they go. Subscribed only while one is shown, so that a keystroke
  // otherwise never reaches this component (the live column alone follows typing).
  useEffect(() => {
    if (!blocked && !result && !cleared) return;
    return store.subscribe(() => {
      setBlocked(null);
      setResult(null);
      setCleared(null);
    });
  }, [store, blocked, result, cleared]);

  // Clears at once (it is the common case) and offers an undo rather than asking first. Asked for by the
  // Templates page (`?new=template`), it also says how a template is made from here.
  const startNew = useCallback(
    (reason?: ComposerNewReason) => {
      const current = store.get();
      replace(emptyMessage(messageKind(current)), reason === 'template' ? 'newTemplate' : undefined);
      if (!isBlank(current)) setCleared({ message: current });
    },
    [store, replace],
  );
  useNewMessageRequest(startNew);

  const undoNew = useCallback(() => {
    if (cleared) replace(cleared.message);
  }, [cleared, replace]);

  const changeTab = useCallback((next: EditorTab) => {
    setTab(next);
    setBlocked(null);
  }, []);

  const startSend = async () => {
    if (!robot || sending) return;
    setResult(null);
    const formOk = tab === 'form' ? ((await form.current?.validate()) ?? true) : true;
    const wire = toWire(store.get());
    const blocker = sendBlocker(wire, { tab, formOk, jsonOk: jsonOk.current });
    setBlocked(blocker ?? null);
    if (blocker) return;
    const linter = await loadLinter();
    setConfirming({ message: wire, warnings: linter.lintMessage(wire, { keywords: robot.keywords }) });
  };

  const confirmSend = async () => {
    if (!robot || !confirming || sending) return;
    setSending(true);
    try {
      const delivery = await createDelivery(robot.id, confirming.message);
      setResult({ delivery, robotName: robot.name, sandbox: robot.sandbox });
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
      setConfirming(null);
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
        <LoadNotice loaded={loaded} onNew={() => startNew()} />
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 } }}>
          <KindPicker value={kind} onChange={changeKind} />
        </Paper>
        <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 }, pt: { xs: 0.5, sm: 0.5 } }}>
          <SimpleTabs
            label={t('tabs.label')}
            value={tab}
            onChange={changeTab}
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
                defaultValues={store.get()}
                onChange={onEdit}
              />
            ) : (
              <Suspense fallback={<LoadingBar label={t('common:loading')} />}>
                <JsonEditor
                  key={revision}
                  initial={store.get()}
                  signed={robot?.hasSecret ?? false}
                  onChange={onEdit}
                  onImport={(next) => replace(next, 'import')}
                  onValidity={onJsonValidity}
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
            <Button variant="outlined" startIcon={<BookmarkAddIcon />} onClick={() => setTemplateMessage(store.get())}>
              {t('template.open')}
            </Button>
            <Button startIcon={<NoteAddIcon />} onClick={() => startNew()}>
              {t('load.new')}
            </Button>
          </Box>
          {blocked ? <SendBlockedAlert blocker={blocked} /> : null}
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
      <LiveColumn store={store} robot={robot} />
      <Suspense fallback={null}>
        {robot && confirming ? (
          <SendDialog
            open
            message={confirming.message}
            robot={robot}
            warnings={confirming.warnings}
            preview={<LazyPreview message={confirming.message} robotName={robot.name} />}
            sending={sending}
            onClose={() => setConfirming(null)}
            onConfirm={() => void confirmSend()}
          />
        ) : null}
        {cleared ? (
          <UndoSnackbar
            message={
              cleared.switchedTo
                ? t('kinds.switchedLossy', { kind: t(`common:messageKinds.${cleared.switchedTo}`) })
                : t('load.cleared')
            }
            onUndo={undoNew}
            onClose={() => setCleared(null)}
          />
        ) : null}
        {templateMessage ? (
          <SaveTemplateDialog
            message={templateMessage}
            onClose={() => setTemplateMessage(null)}
            onSaved={(template) => {
              setTemplateMessage(null);
              setSavedTemplate(template.name);
            }}
          />
        ) : null}
      </Suspense>
    </Box>
  );
}
