import { describe, expect, it } from 'vitest';
import { loginInputSchema } from './auth.ts';
import { toApiIssues } from './errors.ts';

const issuesOf = (input: unknown) => {
  const parsed = loginInputSchema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return toApiIssues(parsed.error);
};

describe('login input', () => {
  it('says a password or username is too long, not that it is missing', () => {
    expect(issuesOf({ username: 'a', password: 'p'.repeat(100_000) })).toEqual([
      { path: 'password', message: 'At most 200 characters' },
    ]);
    expect(issuesOf({ username: 'u'.repeat(65), password: 'p' })).toEqual([
      { path: 'username', message: 'At most 64 characters' },
    ]);
    expect(issuesOf({ username: 'a', password: '' })).toEqual([{ path: 'password', message: 'Enter a password' }]);
  });
});
