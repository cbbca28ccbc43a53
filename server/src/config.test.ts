import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('keeps history a year unless RETENTION_DAYS says otherwise (0: for ever)', () => {
    expect(loadConfig({}).retentionDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '0' }).retentionDays).toBe(0);
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    for (const bad of ['-1', 'a year', '1.5'])
      expect(() => loadConfig({ RETENTION_DAYS: bad }), bad).toThrow(/RETENTION_DAYS/);
    expect(() => loadConfig({ RETENTION_DAYS: 'x' })).toThrow(ConfigError);
  });

  it('names the range of a number that is not one, rather than zod’s "received NaN"', () => {
    for (const bad of ['abc', '80.5', '70000'])
      expect(() => loadConfig({ PORT: bad }), bad).toThrow(/^ {2}PORT: must be a whole number from 0 to 65535$/m);
  });
});
