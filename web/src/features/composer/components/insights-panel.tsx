import type { LintWarning } from '@dingpost/shared/api/check';
import type { Robot } from '@dingpost/shared/api/robots';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { asSent, bodyBytes, MAX_BODY_BYTES } from '@dingpost/shared/wire/limits';
import { sendableMessageSchema, type DingtalkMessage } from '@dingpost/shared/wire/message';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MeterBar } from '../../../components/meter-bar.tsx';
import { currentLang, listOf } from '../../../i18n/index.ts';
import { firstIssuePerField, placed, placedIssue, type FieldIssue } from '../../../lib/field-place.ts';
import { tooLong } from '../utils/send-blocker.ts';

export function ByteMeter({ message }: { message: DingtalkMessage }) {
  const { t, i18n } = useTranslation('composer');
  // As the queue sends it: with a msgUuid, which DingTalk counts too.
  const bytes = useMemo(() => bodyBytes(asSent(message)), [message]);
  const labelId = useId();
  const ratio = bytes / MAX_BODY_BYTES;
  const color = ratio > 1 ? 'error' : ratio >= 0.9 ? 'warning' : 'primary';
  const format = (n: number) => n.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en');
  return (
    <Box>
      <Typography id={labelId} variant="body2" sx={{ mb: 0.5 }}>
        {t('insights.bytes', { bytes: format(bytes), max: format(MAX_BODY_BYTES) })}
      </Typography>
      <MeterBar value={bytes} max={MAX_BODY_BYTES} color={color} labelledBy={labelId} />
    </Box>
  );
}

export function KeywordStatus({ message, robot }: { message: DingtalkMessage; robot: Robot | undefined }) {
  const { t } = useTranslation('composer');
  if (!robot) return null;
  // Editors get a robot's keywords hidden: only whether it has any (hasKeywords).
  if (robot.keywords.length === 0 && robot.hasKeywords)
    return (
      <Alert severity="warning" role="status">
        {t('insights.keywordsHidden', { robot: robot.name })}
      </Alert>
    );
  if (robot.keywords.length === 0)
    return (
      <Alert severity="info" role="status">
        {t('insights.noKeywords', { robot: robot.name })}
      </Alert>
    );
  const check = keywordCheck(message, robot.keywords);
  return check.ok ? (
    <Alert severity="success" role="status">
      {t('insights.keywordFound', { keywords: listOf(check.keywords) })}
    </Alert>
  ) : (
    <Alert severity="error" role="status">
      {t('insights.keywordMissing', { robot: robot.name, keywords: listOf(robot.keywords) })}
    </Alert>
  );
}

export const WarningsList = memo(function WarningsList({ warnings }: { warnings: readonly LintWarning[] }) {
  const { t } = useTranslation('composer');
  const lang = currentLang();
  return (
    <List dense disablePadding sx={{ display: 'grid', gap: 1 }}>
      {warnings.map((warning, index) => (
        <ListItem key={`${warning.code}-${warning.field}-${warning.line}-${index}`} disableGutters disablePadding>
          <Alert severity={warning.severity} role="note" sx={{ width: '100%' }}>
            <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
              {placed(warning, warning.message[lang], t)}
            </Typography>
            <Typography variant="body2" component="div">
              {warning.hint[lang]}
            </Typography>
          </Alert>
        </ListItem>
      ))}
    </List>
  );
});

/**
 * What DingTalk would refuse, by field (the first issue of each), unless a warning already speaks of that
 * field; the size is left to the linter's warning, which says how to fix it.
 */
function fieldIssuesOf(message: DingtalkMessage, warnings: readonly LintWarning[]): FieldIssue[] {
  const result = sendableMessageSchema.safeParse(message);
  if (result.success) return [];
  const covered = new Set(warnings.map((warning) => warning.field));
  return firstIssuePerField(result.error.issues, (issue, field) => tooLong(issue) || covered.has(field));
}

function FieldIssues({ issues }: { issues: readonly FieldIssue[] }) {
  const { t } = useTranslation('composer');
  return (
    <Alert severity="warning" role="note">
      <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
        {t('insights.notSendable')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {issues.map((issue) => (
          <Typography component="li" variant="body2" key={issue.field}>
            {placedIssue(issue, t)}
          </Typography>
        ))}
      </Box>
    </Alert>
  );
}

/** Byte meter, keyword check and the linter's warnings, live as the message changes. */
export function InsightsPanel({
  message,
  robot,
  warnings,
}: {
  message: DingtalkMessage;
  robot: Robot | undefined;
  warnings: readonly LintWarning[] | undefined;
}) {
  const { t, i18n } = useTranslation('composer');
  const headingId = useId();
  // keyword-missing is shown by KeywordStatus with the robot's name; keep the list free of duplicates.
  const shown = useMemo(() => warnings?.filter((warning) => warning.code !== 'keyword-missing'), [warnings]);
  const fieldIssues = useMemo(
    () => fieldIssuesOf(message, shown ?? []),
    // zod writes its messages in the current language: recompute when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [message, shown, i18n.language],
  );
  // The linter has already checked the robot's keywords (useLint passes them): its verdict, not a second check.
  const keywordMissing = warnings?.some((warning) => warning.code === 'keyword-missing') ?? false;
  // "No problems" only when there are none at all: no warning, no missing keyword, nothing DingTalk refuses.
  const problems = shown === undefined ? 0 : shown.length + fieldIssues.length + (keywordMissing ? 1 : 0);
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1.5 }}>
      <Typography id={headingId} variant="subtitle2" component="h2">
        {t('insights.title')}
      </Typography>
      <ByteMeter message={message} />
      <KeywordStatus message={message} robot={robot} />
      <Typography variant="body2" color="text.secondary" role="status">
        {shown === undefined
          ? ''
          : problems === 0
            ? t('insights.noWarnings')
            : t('insights.count', { count: problems })}
      </Typography>
      {shown && fieldIssues.length > 0 ? <FieldIssues issues={fieldIssues} /> : null}
      {shown && shown.length > 0 ? <WarningsList warnings={shown} /> : null}
    </Box>
  );
}
