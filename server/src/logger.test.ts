import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', (line) => lines.push(line));
  return { logger, text: () => lines.join('') };
}

describe('logger', () => {
  it('redacts fields named like secrets, at any level it writes', () => {
    const { logger, text } = capture();
    logger.info('robot', { robot: { token: 'tok-123', secret: 'SEC-456', name: 'ops' }, authorization: 'Bearer x' });
    expect(text()).not.toMatch(/tok-123|SEC-456|Bearer x/);
    expect(JSON.parse(text())).toMatchObject({ robot: { token: '[redacted]', secret: '[redacted]', name: 'ops' } });
  });

  it('leaves out what is nested too deep to check rather than writing it as it is', () => {
    const { logger, text } = capture();
    logger.error('deep', { a: { b: { c: { d: { e: { token: 'tok-deep' } } } } } });
    expect(text()).not.toContain('tok-deep');
    expect(JSON.parse(text())).toMatchObject({ a: { b: { c: { d: { e: '[too deep]' } } } } });
  });

  it('writes an error as its name and message', () => {
    const { logger, text } = capture();
    logger.error('failed', { error: new TypeError('bad input') });
    expect(JSON.parse(text())).toMatchObject({ error: { name: 'TypeError', message: 'bad input' } });
  });
});
