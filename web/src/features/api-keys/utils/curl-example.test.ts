import { SANDBOX_KEYWORDS } from '@dingpost/shared/api/robots';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { describe, expect, it } from 'vitest';
import { curlExample } from './curl-example.ts';

describe('curlExample', () => {
  it('posts JSON to the deliveries endpoint with the bearer token', () => {
    const command = curlExample('http://127.0.0.1:8787', 'dp_abc', 'rb_1');
    expect(command).toContain("curl -X POST 'http://127.0.0.1:8787/api/deliveries'");
    expect(command).toContain("-H 'Authorization: Bearer dp_abc'");
    expect(command).toContain("-H 'Content-Type: application/json'");
    const body = /-d '(.*)'$/.exec(command)?.[1];
    const parsed = JSON.parse(body ?? '') as { robotId: string; message: unknown };
    expect(parsed.robotId).toBe('rb_1');
    expect(parsed.message).toMatchObject({ msgtype: 'text' });
    expect(keywordCheck(parsed.message, SANDBOX_KEYWORDS).ok).toBe(true);
  });

  it('quotes a robot id with a single quote so the shell keeps it whole', () => {
    const command = curlExample('http://h', 't', "it's");
    expect(command).toContain(`"robotId":"it'\\''s"`);
  });
});
