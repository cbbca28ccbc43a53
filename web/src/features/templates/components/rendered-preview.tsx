import { MAX_BODY_BYTES, type TemplateVariable } from '@dingpost/shared';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { listOf } from '../../../i18n/index.ts';
import { placedIssue } from '../../../lib/field-place.ts';
import { MessagePreview } from '../../preview/index.ts';
import { variableLabels, type Rendered } from '../utils/template-variables.ts';

/**
 * A rendered template as the group would see it, or why it cannot be sent yet: the values missing are
 * named by their variables' labels.
 */
export function RenderedPreview({
  rendered,
  variables,
  robotName,
}: {
  rendered: Rendered;
  variables: readonly TemplateVariable[];
  robotName?: string;
}) {
  const { t, i18n } = useTranslation('templates');
  if (rendered.ok) return <MessagePreview message={rendered.message} robotName={robotName} />;
  if ('tooLong' in rendered)
    return (
      <Alert severity="error">
        {t('send.tooLong', { max: MAX_BODY_BYTES.toLocaleString(i18n.language === 'zh' ? 'zh-CN' : 'en') })}
      </Alert>
    );
  if ('missing' in rendered)
    return (
      <Alert severity="warning">
        {t('send.missing', { names: listOf(variableLabels(variables, rendered.missing)) })}
      </Alert>
    );
  return (
    <Alert severity="warning">
      {t('send.invalid')}
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {rendered.invalid.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            {placedIssue({ field: issue.path, message: issue.message }, t)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}
