import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client.ts';
import en from '../locales/en.ts';
import { loginErrorText } from './login-error.ts';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    lng: 'en',
    resources: { en: { auth: en, common: { error: { network: 'Cannot reach the server' } } } },
    interpolation: { escapeValue: false },
  });
});

describe('loginErrorText', () => {
  it('rounds the Retry-After seconds up to whole minutes', () => {
    const tooMany = (seconds: number | undefined) =>
      new ApiError(429, 'too_many_attempts', 'Too many failed logins', [], seconds);
    expect(loginErrorText(tooMany(900), t.t)).toBe('Too many attempts. Try again in 15 min.');
    expect(loginErrorText(tooMany(61), t.t)).toBe('Too many attempts. Try again in 2 min.');
    expect(loginErrorText(tooMany(5), t.t)).toBe('Too many attempts. Try again in 1 min.');
    expect(loginErrorText(tooMany(undefined), t.t)).toBe('Too many attempts. Try again in 1 min.');
  });

  it('says wrong credentials without telling which part was wrong', () => {
    expect(loginErrorText(new ApiError(401, 'invalid_credentials', 'Wrong username or password'), t.t)).toBe(
      'Wrong username or password.',
    );
  });

  it('explains a network failure and passes other server messages through', () => {
    expect(loginErrorText(new ApiError(0, 'network', 'fetch failed'), t.t)).toBe('Cannot reach the server');
    expect(loginErrorText(new ApiError(403, 'cross_origin', 'Cross-site request refused'), t.t)).toBe(
      'Cross-site request refused',
    );
  });
});
