import type { AuditEntry } from '@dingpost/shared/api/auth';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { detailsText } from '../utils/details-text.ts';

const mono = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' } as const;

/** The entries as a table; on a narrow screen it scrolls sideways inside its own (focusable) region. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation('audit');
  const locale = i18n.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <TableContainer
      role="region"
      aria-label={t('tableLabel')}
      tabIndex={0}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, '&:focus-visible': { outline: '2px solid' } }}
    >
      <Table size="small" sx={{ minWidth: 720 }}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {t('columns.at')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('columns.actor')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('columns.action')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('columns.target')}
            </TableCell>
            <TableCell component="th" scope="col">
              {t('columns.details')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{new Date(entry.at).toLocaleString(locale)}</time>
              </TableCell>
              <TableCell>
                <Typography variant="body2" component="div" sx={{ wordBreak: 'break-word' }}>
                  {entry.actor.name}
                </Typography>
                <Typography variant="caption" component="div" color="text.secondary">
                  {t(`actorKinds.${entry.actor.kind}`)}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {t(`actions.${entry.action}`)}
                <Typography variant="caption" component="div" color="text.secondary" sx={mono}>
                  {entry.action}
                </Typography>
              </TableCell>
              <TableCell sx={mono}>{entry.target ?? '—'}</TableCell>
              <TableCell sx={mono}>{detailsText(entry.details) || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
