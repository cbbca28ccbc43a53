import { describe, expect, it } from 'vitest';
import {
  explainErrcode,
  explainHttpStatus,
  explainNetworkError,
  explainTimeout,
  explainUnreadableAnswer,
  isKnownErrcode,
} from './explanations.ts';

/** Every errcode of shared/reference/dingtalk-facts.md. */
const FACT_SHEET_ERRCODES = [
  -1, 300001, 300005, 400101, 310000, 400013, 400102, 400105, 400106, 130101, 410100, 660026, 460101, 430101, 430102,
  430103, 430104,
];

describe('explainErrcode', () => {
  it.each(FACT_SHEET_ERRCODES)('explains %i in both languages, each with a fix', (errcode) => {
    expect(isKnownErrcode(errcode)).toBe(true);
    const explanation = explainErrcode(errcode, '');
    expect(explanation.zh).toMatch(/解决方法：\S/);
    expect(explanation.en).toMatch(/Fix: \S/);
    expect(explanation.en).not.toMatch(/unknown error/);
  });

  it('tells the four 310000 security failures apart by errmsg, old English and new Chinese texts alike', () => {
    const en = (errmsg: string) => explainErrcode(310000, errmsg).en;
    expect(en('keywords not in content, more: [https://…]')).toMatch(/none of the robot’s keywords/);
    expect(en('错误描述:关键词不匹配;解决方案:...')).toMatch(/none of the robot’s keywords/);
    expect(en('sign not match, more: [https://…]')).toMatch(/signature does not match/);
    expect(en('invalid timestamp')).toMatch(/timestamp is invalid or stale/);
    expect(en('ip 1.2.3.4 not in whitelist')).toMatch(/allowlist/);
    expect(en('something else')).toMatch(/security check failed/);
    expect(
      new Set([en('keywords'), en('sign not match'), en('invalid timestamp'), en('ip x not in whitelist')]).size,
    ).toBe(4);
  });

  it('groups codes with the same meaning: throttling, token gone', () => {
    expect(explainErrcode(130101, '')).toEqual(explainErrcode(660026, ''));
    expect(explainErrcode(300001, '')).toEqual(explainErrcode(400101, ''));
    expect(explainErrcode(130101, '')).not.toEqual(explainErrcode(300001, ''));
  });

  it('quotes an unknown errcode and DingTalk’s errmsg, cut to a readable length', () => {
    const explanation = explainErrcode(123456, 'brand new failure');
    expect(explanation.en).toContain('123456');
    expect(explanation.en).toContain('brand new failure');
    expect(explanation.zh).toContain('123456');
    expect(isKnownErrcode(123456)).toBe(false);
    expect(explainErrcode(9, 'x'.repeat(5000)).en.length).toBeLessThan(500);
  });
});

describe('transport explanations', () => {
  it('explain timeouts, network errors and HTTP statuses with a fix', () => {
    for (const e of [
      explainTimeout(10_000),
      explainNetworkError('ECONNREFUSED'),
      explainHttpStatus(502),
      explainHttpStatus(404),
      explainHttpStatus(429),
      explainUnreadableAnswer(200),
    ]) {
      expect(e.zh).toContain('解决方法：');
      expect(e.en).toContain('Fix: ');
    }
    expect(explainTimeout(10_000).en).toContain('10 s');
    expect(explainNetworkError('ECONNREFUSED').en).toContain('ECONNREFUSED');
    expect(explainHttpStatus(404).en).toContain('DINGTALK_BASE_URL');
  });
});
