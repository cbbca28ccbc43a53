import type { Robot } from '@dingpost/shared';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { LoadStatus } from '../../../components/load-status.tsx';
import { useFocusPageHeading } from '../../../hooks/use-focus-page-heading.ts';
import { PageContainer } from '../../../components/page-container.tsx';
import { deleteRobot } from '../api/delete-robot.ts';
import { useRobots } from '../api/get-robots.ts';
import { AddRobotDialog } from '../components/add-robot-dialog.tsx';
import { EditRobotDialog } from '../components/edit-robot-dialog.tsx';
import { RobotCard } from '../components/robot-card.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { errorText } from '../../../lib/error-text.ts';
import { EmptyState } from '../../../components/empty-state.tsx';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; robot: Robot }
  /** `force` once the server said the robot still has deliveries waiting: deleting marks them failed. */
  | { kind: 'delete'; robot: Robot; force?: boolean }
  | null;

const isBusy = (error: unknown) => isApiError(error) && error.code === 'robot_busy';

export function RobotsPage() {
  const { t } = useTranslation('robots');
  const robots = useRobots();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusHeading = useFocusPageHeading();

  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    robots.reload();
  };

  return (
    <PageContainer
      title={t('title')}
      actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
          {t('add')}
        </Button>
      }
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('intro')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('tokensHidden')}
      </Alert>

      <LoadStatus
        error={robots.error}
        loading={robots.loading && robots.data === undefined}
        onRetry={robots.reload}
        failedText={(message) => t('loadError', { message })}
      />
      {robots.data?.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {robots.data && robots.data.length > 0 && (
        <Stack component="section" aria-label={t('listLabel')} spacing={2}>
          {robots.data.map((robot) => (
            <RobotCard
              key={robot.id}
              robot={robot}
              onEdit={(r) => setDialog({ kind: 'edit', robot: r })}
              onDelete={(r) => setDialog({ kind: 'delete', robot: r })}
            />
          ))}
        </Stack>
      )}

      {dialog?.kind === 'add' && (
        <AddRobotDialog onClose={() => setDialog(null)} onCreated={(r) => done(t('saved', { name: r.name }))} />
      )}
      {dialog?.kind === 'edit' && (
        <EditRobotDialog
          robot={dialog.robot}
          onClose={() => setDialog(null)}
          onSaved={(r) => done(t('saved', { name: r.name }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('confirmDelete.title', { name: dialog.robot.name })}
          body={t('confirmDelete.body')}
          confirmLabel={dialog.force ? t('confirmDelete.force') : t('confirmDelete.confirm')}
          failedText={(error) =>
            isBusy(error) ? t('confirmDelete.busy') : t('confirmDelete.failed', { message: errorText(error, t) })
          }
          onConfirm={async () => {
            try {
              await deleteRobot(dialog.robot.id, { force: dialog.force });
            } catch (error) {
              if (isBusy(error)) setDialog({ ...dialog, force: true });
              throw error;
            }
            done(t('deleted', { name: dialog.robot.name }));
            focusHeading();
          }}
          onClose={() => setDialog(null)}
        />
      )}
      <Snackbar open={notice !== null} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} />
    </PageContainer>
  );
}
