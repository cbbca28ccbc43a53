import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { AddRobotDialog } from './add-robot-dialog.tsx';

const TOKEN = '0123456789abcdef'.repeat(4);

beforeAll(() => i18nReady);
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => changeLang('zh'));
});

/** The server's answer to the save: a 400 refusing the webhook, in its English words and with its code. */
function serverRefusesWebhook(code: string, status = 400, params?: Record<string, string>) {
  const answer = {
    error: {
      code: status === 400 ? 'validation_failed' : code,
      message: 'Invalid webhook',
      issues: [{ path: 'webhook', message: 'Only DingTalk webhooks (…) are accepted', code, params }],
    },
  };
  vi.stubGlobal('fetch', async () =>
    Response.json(answer, { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

function renderDialog() {
  const closed: string[] = [];
  render(<AddRobotDialog onClose={() => closed.push('closed')} onCreated={() => closed.push('created')} />);
  const dialog = screen.getByRole('dialog', { name: '添加机器人' });
  const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });
  return { closed, dialog, field };
}

async function addWithWebhook(webhook: string) {
  const view = renderDialog();
  fireEvent.change(view.field('名称'), { target: { value: 'Ops' } });
  fireEvent.change(view.field('Webhook 地址'), { target: { value: webhook } });
  fireEvent.click(screen.getByRole('button', { name: '添加' }));
  await waitFor(() => expect(view.field('Webhook 地址').getAttribute('aria-invalid')).toBe('true'));
  return view;
}

// The first render loads MUI's dialog and form modules: slow on a busy machine.
describe('AddRobotDialog', { timeout: 20_000 }, () => {
  it('words the server’s refusal of a webhook in the reader’s language, and focuses the field', async () => {
    serverRefusesWebhook('webhook_wrong_origin');
    const { field } = await addWithWebhook(`http://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`);
    expect(screen.getByText(/只接受钉钉机器人的 Webhook 地址/)).toBeTruthy();
    expect(screen.queryByText(/Only DingTalk webhooks/)).toBeNull();
    expect(document.activeElement).toBe(field('Webhook 地址'));
  });

  it('speaks English in the English UI, and keeps the server’s words for a code it does not know', async () => {
    await act(() => changeLang('en'));
    serverRefusesWebhook('webhook_no_token');
    render(<AddRobotDialog onClose={() => {}} onCreated={() => {}} />);
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Ops' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Webhook URL/ }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/The URL has no access_token/)).toBeTruthy();
    cleanup();

    serverRefusesWebhook('webhook_from_the_future');
    render(<AddRobotDialog onClose={() => {}} onCreated={() => {}} />);
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Ops' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Webhook URL/ }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Only DingTalk webhooks (…) are accepted')).toBeTruthy();
  });

  it('names the robot that already has the webhook (409 webhook_taken)', async () => {
    serverRefusesWebhook('webhook_taken', 409, { name: '运维告警' });
    const { closed } = await addWithWebhook(TOKEN);
    expect(screen.getByText(/^这个 Webhook 已添加为机器人“运维告警”/)).toBeTruthy();
    expect(screen.queryByText(/^保存失败/)).toBeNull();
    expect(closed).toEqual([]);
  });

  it('focuses the first field the form itself refuses', async () => {
    const { field } = renderDialog();
    fireEvent.change(field('Webhook 地址'), { target: { value: TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: '添加' }));
    await waitFor(() => expect(document.activeElement).toBe(field('名称')));
  });

  it('asks before Escape or a click beside it throws away what was entered', async () => {
    const { closed, dialog, field } = renderDialog();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(closed).toEqual(['closed']);
    closed.length = 0;

    fireEvent.change(field('名称'), { target: { value: 'Ops' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    const ask = await screen.findByRole('dialog', { name: '放弃填写的内容？' });
    expect(closed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: '继续填写' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '放弃填写的内容？' })).toBeNull());
    expect(field('名称')).toHaveProperty('value', 'Ops');
    expect(ask.isConnected).toBe(false);

    const backdrop = document.querySelector('.MuiBackdrop-root')!;
    fireEvent.mouseDown(backdrop);
    fireEvent.click(backdrop);
    await screen.findByRole('dialog', { name: '放弃填写的内容？' });
    fireEvent.click(screen.getByRole('button', { name: '放弃' }));
    expect(closed).toEqual(['closed']);
  });

  it('closes at once on Cancel, input or not', () => {
    const { closed, field } = renderDialog();
    fireEvent.change(field('名称'), { target: { value: 'Ops' } });
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(closed).toEqual(['closed']);
  });
});
