import { lintMessage } from '@dingpost/shared/lint/index';
import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { InsightsPanel } from './insights-panel.tsx';
import { sandboxRobot } from '../../../test-support/robots.ts';

const robot = sandboxRobot({ id: 'r1', name: 'Sandbox', hasSecret: false });

beforeAll(() => i18nReady);
afterEach(cleanup);

/** The panel's summary line ("没有发现问题" or "{n} 条提醒"), with the linter's warnings as the composer passes them. */
function summary(message: DingtalkMessage): string {
  const warnings = lintMessage(message, { keywords: robot.keywords });
  render(<InsightsPanel message={message} robot={robot} warnings={warnings} />);
  const line = screen.getAllByRole('status').find((status) => /没有发现问题|条提醒/.test(status.textContent ?? ''));
  return line?.textContent ?? '';
}

describe('InsightsPanel', () => {
  it('says "no problems" only when there are none', () => {
    expect(summary({ msgtype: 'text', text: { content: '通知：一切正常' } })).toBe('没有发现问题');
  });

  it('does not say "no problems" while the robot\'s keyword is missing', () => {
    expect(summary({ msgtype: 'text', text: { content: '一切正常' } })).toBe('1 条提醒');
    expect(screen.getByText(/没有包含机器人「Sandbox」的任何关键词/)).toBeTruthy();
  });

  it('lists what is empty instead of saying "no problems"', () => {
    // Two empty fields, and so no keyword either.
    expect(summary({ msgtype: 'markdown', markdown: { title: '', text: '' } })).toBe('3 条提醒');
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/还不能发送/);
    expect(note.textContent).toMatch(/标题：/);
    expect(note.textContent).toMatch(/内容：/);
  });

  it('names a button link DingTalk would refuse', () => {
    const card: DingtalkMessage = {
      msgtype: 'actionCard',
      actionCard: { title: '通知', text: '注册', singleTitle: '注册', singleURL: 'example.com/signup' },
    };
    expect(summary(card)).toBe('1 条提醒');
    expect(screen.getByRole('note').textContent).toMatch(/按钮链接：.*http/);
  });
});

describe('InsightsPanel in English', () => {
  afterEach(() => changeLang('zh'));

  it('writes "field: problem" with an ASCII colon', async () => {
    await changeLang('en');
    render(
      <InsightsPanel
        message={{ msgtype: 'markdown', markdown: { title: '', text: '通知' } }}
        robot={robot}
        warnings={[]}
      />,
    );
    expect(screen.getByRole('note').textContent).toContain('Title: The title cannot be empty');
  });

  it('lists the keywords with an English separator', async () => {
    await changeLang('en');
    const sandbox = { ...robot, keywords: ['通知', 'notice', 'dingpost'] };
    render(<InsightsPanel message={{ msgtype: 'text', text: { content: 'hi' } }} robot={sandbox} warnings={[]} />);
    expect(screen.getByText(/Add one to the title or content: 通知, notice, dingpost$/)).toBeTruthy();
  });
});
