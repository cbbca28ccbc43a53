import type { Template } from '@dingpost/shared';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLang, listOf } from '../../../i18n/index.ts';
import { composerLoadHref } from '../../../lib/composer-load.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { messageKindLabel } from '../../../lib/message-kind.ts';
import { variableLabel } from '../utils/template-variables.ts';

export type TemplateAction = 'send' | 'variables' | 'rename' | 'duplicate' | 'delete';

export function TemplateCard({
  template,
  duplicating,
  onAction,
}: {
  template: Template;
  duplicating: boolean;
  onAction: (action: TemplateAction, template: Template) => void;
}) {
  const { t } = useTranslation('templates');
  const headingId = useId();
  const names = template.variables.map(variableLabel);
  return (
    <Card component="article" variant="outlined" aria-labelledby={headingId} data-testid="template-card">
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="h6" component="h2" sx={{ wordBreak: 'break-word' }}>
            {template.name}
          </Typography>
          <Chip size="small" variant="outlined" label={messageKindLabel(template.message, t)} />
        </Box>
        <Typography color={template.description ? 'text.primary' : 'text.secondary'} sx={{ wordBreak: 'break-word' }}>
          {template.description || t('card.noDescription')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, mt: 0.5 }}>
          <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
            {names.length > 0 ? t('card.variables', { names: listOf(names) }) : t('card.noVariables')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={template.updatedAt}>
              {t('card.updated', { time: formatTime(template.updatedAt, currentLang()) })}
            </time>
          </Typography>
        </Box>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        <Button size="small" variant="contained" onClick={() => onAction('send', template)}>
          {t('actions.send')}
        </Button>
        <Button size="small" component={RouterLink} to={composerLoadHref('template', template.id)}>
          {t('actions.open')}
        </Button>
        <Button size="small" onClick={() => onAction('variables', template)}>
          {t('actions.variables')}
        </Button>
        <Button size="small" onClick={() => onAction('rename', template)}>
          {t('actions.rename')}
        </Button>
        <Button size="small" onClick={() => onAction('duplicate', template)} disabled={duplicating}>
          {duplicating ? t('actions.duplicating') : t('actions.duplicate')}
        </Button>
        <Button size="small" color="error" onClick={() => onAction('delete', template)}>
          {t('actions.delete')}
        </Button>
      </CardActions>
    </Card>
  );
}
