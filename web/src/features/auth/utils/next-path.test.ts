import { describe, expect, it } from 'vitest';
import { loginPath, safeNextPath } from './next-path.ts';

describe('safeNextPath', () => {
  it.each([
    ['/history', '/history'],
    ['/history?robot=r1#top', '/history?robot=r1#top'],
    ['/users', '/users'],
  ])('keeps the same-origin path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['history'],
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/login'],
    ['/login?next=/x'],
    ['/a\nb'],
  ])('sends %s to the composer', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('loginPath', () => {
  it('remembers where the user was', () => {
    expect(loginPath({ pathname: '/history', search: '?status=failed', hash: '' })).toBe(
      '/login?next=%2Fhistory%3Fstatus%3Dfailed',
    );
  });

  it('leaves out the start page and a missing origin', () => {
    expect(loginPath({ pathname: '/', search: '', hash: '' })).toBe('/login');
    expect(loginPath()).toBe('/login');
  });

  it('round-trips through the query string', () => {
    const path = loginPath({ pathname: '/templates', search: '?q=a&b=c', hash: '#x' });
    const next = new URL(path, 'http://localhost').searchParams.get('next');
    expect(safeNextPath(next)).toBe('/templates?q=a&b=c#x');
  });
});
