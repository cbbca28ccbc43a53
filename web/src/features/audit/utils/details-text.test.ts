import { describe, expect, it } from 'vitest';
import { detailsText } from './details-text.ts';

describe('detailsText', () => {
  it('writes strings bare and other values as JSON, leaving out empty ones', () => {
    expect(detailsText({ robotId: 'rb_1', templateId: null, attempts: 2, ip: '', tags: ['a'] })).toBe(
      'robotId: rb_1 · attempts: 2 · tags: ["a"]',
    );
  });

  it('is empty without details', () => {
    expect(detailsText({})).toBe('');
  });
});
