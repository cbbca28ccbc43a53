import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { sandboxRobot } from '../../../test-support/robots.ts';
import { SendDialog } from './send-dialog.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

function renderFor(message: DingtalkMessage) {
  render(
    <SendDialog
      open
      message={message}
      robot={sandboxRobot()}
      warnings={[]}
      preview={null}
      sending={false}
      onClose={() => {}}
      onConfirm={() => {}}
    />,
  );
}

describe('SendDialog', { timeout: 20_000 }, () => {
  it('warns that {{placeholders}} left in the message reach the group as written', () => {
    renderFor({
      msgtype: 'markdown',
      markdown: { title: '通知 {{project}} 上线', text: '### {{project}} 已上线\n负责人 {{ owner }}' },
    });
    expect(
      screen.getByText(
        '消息里还有没填的变量 {{project}}、{{owner}}，会原样发到群里。要填入变量再发送，请先存为模板，再从模板页发送。',
      ),
    ).toBeTruthy();
  });

  it('says nothing of variables when there are none', () => {
    renderFor({ msgtype: 'text', text: { content: '通知：今天下午三点开会' } });
    expect(screen.queryByText(/没填的变量/)).toBeNull();
  });
});
