import type { ApiIssue } from '@dingpost/shared/api/errors';
import Box from '@mui/material/Box';

/** The field issues of a refused request, one per line as "path: message"; nothing when there are none. */
export function IssueList({ issues }: { issues: readonly ApiIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {issues.map((issue) => (
        <li key={`${issue.path}-${issue.message}`}>
          {issue.path ? `${issue.path}: ` : ''}
          {issue.message}
        </li>
      ))}
    </Box>
  );
}
