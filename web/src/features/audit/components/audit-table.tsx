import type { AuditEntry } from '@dingpost/shared/api/auth';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../../i18n/index.ts';
import { formatTime } from '../../../lib/format-time.ts';
import { detailsText } from '../utils/details-text.ts';

const mono = { fontFamily: 'monospace', fontSize: 12 } as const;

/**
 * Shadows at an edge with more table beyond it: the covers scroll with the content (`local`) and hide
 * the shadows (fixed to the box, `scroll`) once an end is reached, so a phone shows there is more.
 */
const scrollShadows = (theme: Theme) => {
  const paper = theme.vars?.palette.background.paper ?? theme.palette.background.paper;
  const shadow = 'rgba(0, 0, 0, 0.18)';
  return {
    backgroundColor: paper,
    backgroundImage: [
      `linear-gradient(to right, ${paper} 30%, transparent)`,
      `linear-gradient(to left, ${paper} 30%, transparent)`,
      `radial-gradient(farthest-side at 0 50%, ${shadow}, transparent)`,
      `radial-gradient(farthest-side at 100% 50%, ${shadow}, transparent)`,
    ].join(', '),
    backgroundPosition: 'left center, right center, left center, right center',
    backgroundRepeat: 'no-repeat',
    backgroundSize: '40px 100%, 40px 100%, 14px 100%, 14px 100%',
    backgroundAttachment: 'local, local, scroll, scroll',
  };
};

/**
 * The entries as a table; on a narrow screen it scrolls sideways inside its own (focusable) region, with
 * shadows at the edge that has more, and no cell breaks a word to fit.
 */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation('audit');
  return (
    <TableContainer
      role="region"
      aria-label={t('tableLabel')}
      tabIndex={0}
      sx={[
        scrollShadows,
        { border: 1, borderColor: 'divider', borderRadius: 1, '&:focus-visible': { outline: '2px solid' } },
      ]}
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
                <time dateTime={entry.at}>{formatTime(entry.at, currentLang())}</time>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Typography variant="body2" component="div">
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
              <TableCell sx={{ ...mono, whiteSpace: 'nowrap' }}>{entry.target ?? '—'}</TableCell>
              {/* Details may be long: they wrap, at spaces where they can, in a column wide enough to read. */}
              <TableCell sx={{ ...mono, minWidth: 240, overflowWrap: 'anywhere' }}>
                {detailsText(entry.details, t) || '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
