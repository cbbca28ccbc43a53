import type { DingtalkMessage } from '@dingpost/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../test-support/stack.ts';

const KEYWORD = '通知';

/** One of every kind a robot accepts, each carrying the keyword so the emulator's keyword check passes. */
const MESSAGES: Record<string, DingtalkMessage> = {
  text: {
    msgtype: 'text',
    text: { content: `${KEYWORD}: deploy finished @13800000000` },
    at: { atMobiles: ['13800000000'], isAtAll: false },
  },
  link: {
    msgtype: 'link',
    link: { title: `${KEYWORD} release notes`, text: 'v2 is out', messageUrl: 'https://example.com/v2', picUrl: '' },
  },
  markdown: {
    msgtype: 'markdown',
    markdown: {
      title: `${KEYWORD} 周报`,
      text: '#### 周报\n\n> 一切正常\n\n- **构建** 通过\n- [详情](https://example.com)',
    },
  },
  actionCardWhole: {
    msgtype: 'actionCard',
    actionCard: {
      title: `${KEYWORD} 审批`,
      text: '### 请审批\n\n报销 ¥120',
      singleTitle: '查看详情',
      singleURL: 'dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fexample.com&pc_slide=false',
      btnOrientation: '0',
    },
  },
  actionCardIndependent: {
    msgtype: 'actionCard',
    actionCard: {
      title: `${KEYWORD} 投票`,
      text: '午饭吃什么？',
      btns: [
        { title: '面', actionURL: 'https://example.com/noodles' },
        { title: '饭', actionURL: 'https://example.com/rice' },
      ],
      btnOrientation: '1',
    },
  },
  feedCard: {
    msgtype: 'feedCard',
    feedCard: {
      links: [
        { title: `${KEYWORD} 一`, messageURL: 'https://example.com/1', picURL: 'https://example.com/1.png' },
        { title: '二', messageURL: 'https://example.com/2', picURL: 'https://example.com/2.png' },
      ],
    },
  },
};

let stack: Stack;

beforeAll(async () => {
  // A limit above the number of sends here: this file is about content, pacing has its own.
  stack = await startStack({ rateLimit: 50 });
});
afterAll(async () => {
  await stack?.close();
});

describe('sending over real HTTP to the emulator', () => {
  it('delivers every message type, signed, exactly as composed', async () => {
    const { robot, token } = await stack.addRobot({ keywords: [KEYWORD] });
    for (const [kind, message] of Object.entries(MESSAGES)) {
      const answer = await stack.client.send(robot.id, message, true);
      expect(answer.status, `${kind}: ${answer.text}`).toBe(200);
      expect(answer.json, kind).toMatchObject({ status: 'sent', errcode: 0, attempts: 1, robotId: robot.id });
    }
    const inbox = await stack.admin.inbox(token);
    expect(inbox).toHaveLength(Object.keys(MESSAGES).length);
    const received = [...inbox].reverse().map(({ message: { msgUuid, ...rest } }) => ({ rest, msgUuid }));
    expect(received.map((r) => r.rest)).toEqual(Object.values(MESSAGES));
    expect(new Set(received.map((r) => r.msgUuid)).size).toBe(received.length);
  });

  it('signs correctly with many secrets (signatures with + / = included) and without a secret', async () => {
    const robots = await Promise.all([1, 2, 3, 4, 5, 6].map(() => stack.addRobot({ keywords: [KEYWORD] })));
    robots.push(await stack.addRobot({ keywords: [KEYWORD], signed: false }));
    const answers = await Promise.all(
      robots.flatMap(({ robot }) =>
        [1, 2, 3].map((n) =>
          stack.client.send(robot.id, { msgtype: 'text', text: { content: `${KEYWORD} ${n}` } }, true),
        ),
      ),
    );
    for (const answer of answers) expect(answer.json, answer.text).toMatchObject({ status: 'sent', errcode: 0 });
  });

  it('refuses before queueing: unknown robot, missing keyword, over 20000 bytes, invalid message', async () => {
    const { robot, token } = await stack.addRobot({ keywords: ['告警', 'alert'] });
    const missing = await stack.client.send(robot.id, { msgtype: 'text', text: { content: 'hello' } });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({ error: { code: 'keyword_missing' } });
    expect(missing.text).toContain('告警');
    expect(missing.text).toContain('alert');

    const unknown = await stack.client.send('rb_nope', { msgtype: 'text', text: { content: 'alert' } });
    expect(unknown.status).toBe(404);

    const huge = await stack.client.send(robot.id, {
      msgtype: 'text',
      text: { content: `alert ${'字'.repeat(6660)}` },
    });
    expect(huge.status).toBe(400);
    expect(huge.text).toMatch(/20000/);

    const invalid = await stack.client.call('POST', '/deliveries', {
      robotId: robot.id,
      message: { msgtype: 'link', link: { title: 'alert', text: 'x', messageUrl: 'ftp://x' } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('message.link.messageUrl');

    expect(await stack.admin.inbox(token)).toHaveLength(0);
    expect((await stack.client.allDeliveries(`&robotId=${robot.id}`)).length).toBe(0);
  });

  it('answers 202 with the delivery as it stands without ?wait (an idle robot sends it at once), and GET shows its outcome', async () => {
    const { robot } = await stack.addRobot({ keywords: [KEYWORD] });
    const answer = await stack.client.send(robot.id, { msgtype: 'text', text: { content: `${KEYWORD} async` } });
    expect(answer.status).toBe(202);
    expect(answer.json).toMatchObject({ status: 'sending', robotId: robot.id, attempts: 1, queuePosition: null });
    const [done] = await stack.client.settle([answer.json.id]);
    expect(done).toMatchObject({ status: 'sent', id: answer.json.id });
    expect((await stack.client.call('GET', '/deliveries/dlv_nope')).status).toBe(404);
  });
});
