import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { MessagePreview } from './message-preview.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

const text = '| 服务 | 状态 |\n| :- | :-: |\n| api | <font color=green>正常</font> |';
const messages: DingtalkMessage[] = [
  { msgtype: 'markdown', markdown: { title: '巡检', text } },
  { msgtype: 'actionCard', actionCard: { title: '巡检', text, singleTitle: '详情', singleURL: 'https://x.cn/' } },
];

describe('MessagePreview at phone and PC width', () => {
  it.each(messages)('shows a $msgtype table and colour names as DingTalk PC does, and as phones do', (message) => {
    render(<MessagePreview message={message} width="pc" />);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '正常' }).querySelector('.dp-font')?.getAttribute('style')).toBe(
      'color:green',
    );
    cleanup();

    render(<MessagePreview message={message} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId('message-preview').textContent).toContain('| 服务 | 状态 |');
    expect(screen.getByText('正常').getAttribute('style')).toBeNull();
  });
});
