import type { Template } from '@dingpost/shared';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nReady } from '../../../i18n/index.ts';
import { SendTemplateDialog } from './send-template-dialog.tsx';
import { sandboxRobot } from '../../../test-support/robots.ts';

beforeAll(() => i18nReady);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const template: Template = {
  id: 'tp_1',
  name: '入职提醒',
  description: '',
  message: { msgtype: 'text', text: { content: '通知：欢迎 {{name}} 于 {{date}} 加入 {{dept}}，导师 {{manager}}' } },
  variables: [
    { name: 'name', label: '新人姓名', default: '', sample: '张三' },
    { name: 'dept', label: '', default: '研发部', sample: '' },
    { name: 'date', label: '入职日期', default: '', sample: '' },
    { name: 'manager', label: '', default: '', sample: '' },
  ],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const robot = sandboxRobot({ keywords: [], hasKeywords: false });

describe('SendTemplateDialog', { timeout: 20_000 }, () => {
  it('asks for the missing values by their labels, and hints each with its sample', () => {
    render(
      <MemoryRouter>
        <SendTemplateDialog template={template} robots={[robot]} onClose={() => {}} />
      </MemoryRouter>,
    );
    expect(screen.getByText('请填写：新人姓名、入职日期、manager')).toBeTruthy();
    const name = screen.getByRole('textbox', { name: '新人姓名' });
    expect(name.getAttribute('placeholder')).toBe('例如：张三');
    expect(screen.getByRole('textbox', { name: '入职日期' }).getAttribute('placeholder')).toBeNull();
  });

  it('does not send values that make the message too long, and says to shorten the values', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('must not be called')));
    vi.stubGlobal('fetch', fetchSpy);
    render(
      <MemoryRouter>
        <SendTemplateDialog template={template} robots={[robot]} onClose={() => {}} />
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: '新人姓名' }), { target: { value: '张'.repeat(8000) } });
    fireEvent.change(screen.getByRole('textbox', { name: '入职日期' }), { target: { value: '5 月 1 日' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'manager' }), { target: { value: '李四' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));

    // Said by the preview as soon as the values are in, and again, by the Send button, once pressed.
    const tooLong = '填入这些值后，消息超过钉钉 20,000 字节的上限，请缩短变量值。';
    await waitFor(() => expect(screen.getAllByText(tooLong)).toHaveLength(2));
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('names the field a value makes DingTalk refuse by its label, not its JSON path', async () => {
    const link: Template = {
      ...template,
      message: { msgtype: 'link', link: { title: '通知', text: '详情', messageUrl: '{{url}}' } },
      variables: [{ name: 'url', label: '链接', default: '', sample: '' }],
    };
    render(
      <MemoryRouter>
        <SendTemplateDialog template={link} robots={[robot]} onClose={() => {}} />
      </MemoryRouter>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: '链接' }), { target: { value: 'notaurl' } });
    const item = await screen.findByText(/^链接地址：/);
    expect(item.textContent).toMatch(/http/);
    expect(screen.queryByText(/link\.messageUrl/)).toBeNull();
  });
});
