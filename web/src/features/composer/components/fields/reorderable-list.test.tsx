import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18nReady } from '../../../../i18n/index.ts';
import { KindForm } from '../forms/kind-form.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

const card: DingtalkMessage = {
  msgtype: 'actionCard',
  actionCard: {
    title: '周报',
    text: '正文',
    btnOrientation: '0',
    btns: ['同意', '拒绝', '稍后'].map((title, i) => ({ title, actionURL: `https://example.com/${i}` })),
  },
};

function renderButtons() {
  render(<KindForm kind="actionCardIndependent" defaultValues={card} onChange={() => {}} />);
}

/** Presses a row's button from the keyboard: focused, then activated. */
function press(name: string) {
  const button = screen.getByRole('button', { name });
  button.focus();
  fireEvent.click(button);
}

const titles = () => [1, 2, 3].map((n) => screen.queryByRole('textbox', { name: `按钮 ${n} 文字` }));

describe('ReorderableList focus', () => {
  it('keeps focus on the moved row, on its other arrow once it reaches the top or bottom', () => {
    renderButtons();
    press('下移按钮 2');
    expect(titles().map((field) => (field as HTMLInputElement).value)).toEqual(['同意', '稍后', '拒绝']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '上移按钮 3' }));
    press('上移按钮 2');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '下移按钮 1' }));
  });

  it('moves focus to the row that takes a removed one’s place, or to Add when no row can go', () => {
    renderButtons();
    press('删除按钮 2');
    expect(titles().map((field) => (field as HTMLInputElement | null)?.value)).toEqual(['同意', '稍后', undefined]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '删除按钮 2' }));
    press('删除按钮 2');
    expect(titles()[1]).toBeNull();
    // The one button left cannot be removed.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '添加按钮' }));
  });
});
