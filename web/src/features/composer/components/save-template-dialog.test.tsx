import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { SaveTemplateDialog } from './save-template-dialog.tsx';

beforeAll(() => i18nReady);
afterEach(cleanup);

function renderDialog() {
  const onClose = vi.fn();
  render(
    <SaveTemplateDialog
      message={{ msgtype: 'text', text: { content: '通知：{{name}} 你好' } }}
      onClose={onClose}
      onSaved={() => {}}
    />,
  );
  const dialog = screen.getByRole('dialog', { name: '存为模板' });
  return { onClose, dialog };
}

describe('SaveTemplateDialog: discarding input', () => {
  it('closes on Escape at once while nothing has been typed', () => {
    const { onClose, dialog } = renderDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before Escape throws typed input away, and keeps it when told to', () => {
    const { onClose, dialog } = renderDialog();
    fireEvent.change(screen.getByRole('textbox', { name: 'name 的默认值' }), { target: { value: '小王' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
    const ask = screen.getByRole('dialog', { name: '放弃填写的内容？' });
    fireEvent.click(screen.getByRole('button', { name: '继续填写' }));
    expect(ask.isConnected).toBe(false);
    expect(screen.getByRole('textbox', { name: 'name 的默认值' })).toHaveProperty('value', '小王');

    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: '放弃' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('SaveTemplateDialog: variables', () => {
  it('takes a variable named in Chinese, and warns of a {{…}} that no variable can be written as', () => {
    render(
      <SaveTemplateDialog
        message={{ msgtype: 'text', text: { content: '通知：{{姓名}} 加入 {{部门-1}}，{{ }}' } }}
        onClose={() => {}}
        onSaved={() => {}}
      />,
    );
    expect(screen.getByText('检测到 1 个变量')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '姓名 的默认值' })).toBeTruthy();
    expect(screen.getByText(/^\{\{部门-1\}\}、\{\{ \}\} 不是变量：/)).toBeTruthy();
    expect(screen.queryByText(/模板会原样保存/)).toBeNull();
  });

  it('says in Chinese, at its field, what DingTalk would refuse with the samples, before asking the server', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <SaveTemplateDialog
        message={{ msgtype: 'link', link: { title: '通知', text: '发布', messageUrl: '{{地址}}' } }}
        onClose={() => {}}
        onSaved={() => {}}
      />,
    );
    fireEvent.change(screen.getByRole('textbox', { name: /^模板名称/ }), { target: { value: '发布通知' } });
    fireEvent.click(screen.getByRole('button', { name: '保存模板' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^把示例值代入变量后，钉钉不会接受这条消息/);
    expect(alert.querySelector('li')?.textContent).toMatch(/^链接地址：/);
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: '地址 的示例值' }), { target: { value: 'https://x.cn' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
