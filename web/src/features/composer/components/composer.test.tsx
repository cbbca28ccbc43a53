import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { encodeShareHash } from '../../../lib/share-link.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { Composer } from './composer.tsx';
import { sandboxRobot } from '../../../test-support/robots.ts';

const ROBOT = sandboxRobot({ id: 'r1', name: 'Sandbox', hasSecret: false });

/** What the composer posted to /api/deliveries. */
let posted: unknown[] = [];

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeAll(() => i18nReady);

beforeEach(() => {
  posted = [];
  localStorage.clear();
  // The server, at the edge of the app (the web reaches it only through fetch).
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url.startsWith('/api/robots')) return json({ items: [ROBOT] });
    if (url.startsWith('/api/deliveries') && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      const { message } = posted.at(-1) as { message: unknown };
      return json({
        id: 'd1',
        robotId: ROBOT.id,
        templateId: null,
        status: 'sent',
        message,
        attempts: 1,
        errcode: 0,
        errmsg: 'ok',
        explanation: null,
        digestId: null,
        queuePosition: null,
        eta: null,
        createdAt: '2024-01-01T00:00:00.000Z',
        sentAt: '2024-01-01T00:00:01.000Z',
      });
    }
    return json({ error: { code: 'not_found', message: 'not found' } }, 404);
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const USER_ID = 'usr_test';

function draft(message: DingtalkMessage) {
  localStorage.setItem(
    STORAGE_KEYS.composerDraft,
    JSON.stringify({ v: 2, drafts: { [USER_ID]: { message, savedAt: '' } } }),
  );
}

/** Where the composer's router is now (the address bar, in a browser). */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

async function renderComposer(path = '/') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Composer draftOwner={USER_ID} />
      <LocationProbe />
    </MemoryRouter>,
  );
  const send = screen.getByRole('button', { name: '发送', exact: true } as never);
  await waitFor(() => expect(send).toHaveProperty('disabled', false));
  return { send };
}

/** The alert under Send that says why the message cannot go out. */
const blocked = () =>
  screen.queryAllByRole('alert').find((alert) => /不能发送|不完整|标红/.test(alert.textContent ?? ''));
const sendDialog = () => screen.queryByRole('dialog', { name: /^确认发送到「/ });

describe('Composer: Send', { timeout: 20_000 }, () => {
  it('refuses to send from the JSON tab while the JSON is broken, instead of sending the last valid message', async () => {
    draft({ msgtype: 'text', text: { content: '通知：短消息' } });
    const { send } = await renderComposer();
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const editor = await screen.findByRole('textbox', { name: '消息 JSON' });
    fireEvent.change(editor, { target: { value: '{"msgtype":"text","text":{"content":"通知 hi"' } });
    await act(async () => fireEvent.click(send));
    expect(blocked()?.textContent).toMatch(/JSON 格式错误/);
    expect(sendDialog()).toBeNull();
    // Fixed, the JSON is what goes out.
    fireEvent.change(editor, { target: { value: '{"msgtype":"text","text":{"content":"通知 hi"}}' } });
    expect(blocked()).toBeUndefined();
    await act(async () => fireEvent.click(send));
    const dialog = await screen.findByRole('dialog', { name: /^确认发送到「/ });
    expect(within(dialog).getByTestId('message-preview').textContent).toContain('通知 hi');
  });

  it('says which pasted fields are not sent, such as picURL in a link (the FeedCard spelling)', async () => {
    draft({ msgtype: 'text', text: { content: '通知' } });
    await renderComposer();
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const editor = await screen.findByRole('textbox', { name: '消息 JSON' });
    const link = { title: '通知', text: 'x', messageUrl: 'https://x.cn/', picURL: 'https://x.cn/p.png' };
    fireEvent.change(editor, { target: { value: JSON.stringify({ msgtype: 'link', link }) } });
    const alert = screen.getByText(/^下面这些不会发给钉钉/).closest('[role="alert"]');
    expect(alert?.textContent).toContain('link.picURL');
    const { picURL, ...rest } = link;
    fireEvent.change(editor, {
      target: { value: JSON.stringify({ msgtype: 'link', link: { ...rest, picUrl: picURL } }) },
    });
    expect(screen.queryByText(/^下面这些不会发给钉钉/)).toBeNull();
  });

  it('says which fields of an imported file are not sent, as for a paste', async () => {
    draft({ msgtype: 'text', text: { content: '通知' } });
    await renderComposer();
    fireEvent.click(screen.getByRole('tab', { name: 'JSON' }));
    const link = { title: '通知', text: 'x', messageUrl: 'https://x.cn/', picURL: 'https://x.cn/p.png' };
    const file = new File([JSON.stringify({ msgtype: 'link', link })], 'alert.json', { type: 'application/json' });
    const input = (await screen.findAllByLabelText('导入文件')).find((el) => el instanceof HTMLInputElement)!;
    await act(async () => fireEvent.change(input, { target: { files: [file] } }));
    await waitFor(() => expect(screen.getByText(/^下面这些不会发给钉钉/)).toBeTruthy());
    expect(screen.getByText(/^下面这些不会发给钉钉/).closest('[role="alert"]')?.textContent).toContain('link.picURL');
    expect(screen.getByText('已导入 alert.json')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: '消息 JSON' }) as HTMLTextAreaElement).value).toContain('picURL');
  });

  it('says a too long message is too long, with its size, rather than pointing at red fields', async () => {
    draft({ msgtype: 'text', text: { content: `通知：${'很长的文字'.repeat(1400)}` } });
    const { send } = await renderComposer();
    await act(async () => fireEvent.click(send));
    const alert = blocked();
    expect(alert?.textContent).toMatch(/消息太长.*21,0\d\d \/ 20,000 字节，超出 1,0\d\d 字节/);
    expect(alert?.textContent).not.toMatch(/标红/);
    expect(sendDialog()).toBeNull();
  });
});

describe('Composer: mentions', { timeout: 20_000 }, () => {
  it('removing a mention chip also removes the @id it added to the content', async () => {
    draft({ msgtype: 'text', text: { content: '通知：你好' } });
    await renderComposer();
    const content = screen.getByRole('textbox', { name: '内容' });
    fireEvent.change(screen.getByRole('textbox', { name: '手机号' }), { target: { value: '13800138000' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '添加手机号' })));
    expect(content).toHaveProperty('value', '通知：你好 @13800138000');

    const chip = screen.getByRole('button', { name: '移除 @13800138000' });
    await act(async () => fireEvent.keyUp(chip, { key: 'Backspace' }));
    expect(screen.queryByRole('button', { name: '移除 @13800138000' })).toBeNull();
    expect(content).toHaveProperty('value', '通知：你好');
  });
});

describe('Composer: banners', { timeout: 20_000 }, () => {
  it('drops the "not complete" alert once the message changes, e.g. to another kind', async () => {
    draft({ msgtype: 'markdown', markdown: { title: '', text: '通知' } });
    const { send } = await renderComposer();
    await act(async () => fireEvent.click(send));
    expect(blocked()?.textContent).toMatch(/标红/);
    await act(async () => fireEvent.click(screen.getByRole('radio', { name: '文本' })));
    expect(blocked()).toBeUndefined();
  });

  it('drops the last send outcome once the next message is being written', async () => {
    draft({ msgtype: 'text', text: { content: '通知：第一条' } });
    const { send } = await renderComposer();
    await act(async () => fireEvent.click(send));
    const dialog = await screen.findByRole('dialog', { name: /^确认发送到「/ });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: '确认发送' })));
    const outcome = await screen.findByText('已发送到「Sandbox」');
    expect(posted).toHaveLength(1);
    fireEvent.change(screen.getByRole('textbox', { name: '内容' }), { target: { value: '通知：第二条' } });
    await waitFor(() => expect(outcome.isConnected).toBe(false));
  });
});

describe('Composer: new message', { timeout: 20_000 }, () => {
  it('clears the draft at once and offers to undo it', async () => {
    draft({ msgtype: 'markdown', markdown: { title: '周报', text: '通知：本周完成' } });
    await renderComposer();
    const [fromNotice] = screen.getAllByRole('button', { name: '新建消息' });
    await act(async () => fireEvent.click(fromNotice!));
    expect(screen.getByRole('textbox', { name: '内容' })).toHaveProperty('value', '');

    expect(await screen.findByText('已清空消息')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '撤销' })));
    expect(screen.getByRole('textbox', { name: '标题' })).toHaveProperty('value', '周报');
    expect(screen.getByRole('textbox', { name: '内容' })).toHaveProperty('value', '通知：本周完成');
    await waitFor(() => expect(screen.queryByText('已清空消息')).toBeNull());
  });

  it('offers no undo when there was nothing to lose', async () => {
    // The snackbar is lazy-loaded: load it first, so that its absence below means it was not offered
    // rather than that its chunk had not arrived yet.
    await act(async () => {
      await import('./undo-snackbar.tsx');
    });
    await renderComposer();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建消息' })));
    expect(screen.queryByText('已清空消息')).toBeNull();
  });
});

describe('Composer: switching kind', { timeout: 20_000 }, () => {
  const radio = (name: string) => screen.getByRole('radio', { name, exact: true } as never);
  const threeItemFeedCard: DingtalkMessage = {
    msgtype: 'feedCard',
    feedCard: {
      links: ['一', '二', '三'].map((title, i) => ({
        title: `通知${title}`,
        messageURL: `https://example.com/${i}`,
        picURL: `https://example.com/${i}.png`,
      })),
    },
  };

  it('says what a switch left out and undoes it: a FeedCard whose later items a text message cannot hold', async () => {
    draft(threeItemFeedCard);
    await renderComposer();
    await act(async () => fireEvent.click(radio('文本')));
    expect(screen.getByRole('textbox', { name: '内容' })).toHaveProperty('value', '通知一');
    expect(await screen.findByText('已切换为「文本」：有些内容这种消息放不下，已舍去')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '撤销' })));
    expect(radio('信息流卡片')).toHaveProperty('checked', true);
    expect(screen.getByRole('textbox', { name: '条目 3 标题' })).toHaveProperty('value', '通知三');
  });

  it('loses nothing more on the way through other kinds (as arrow keys in the picker go)', async () => {
    draft(threeItemFeedCard);
    await renderComposer();
    await act(async () => fireEvent.click(radio('卡片（独立跳转）')));
    await act(async () => fireEvent.click(radio('卡片（整体跳转）')));
    expect(await screen.findByText(/^已切换为「卡片（整体跳转）」/)).toBeTruthy();
    await act(async () => fireEvent.click(radio('信息流卡片')));
    expect(screen.getByRole('textbox', { name: '条目 3 标题' })).toHaveProperty('value', '通知三');
    expect(screen.queryByText(/^已切换为/)).toBeNull();
  });

  it('keeps the button text between the two ActionCards, and says nothing when nothing was left out', async () => {
    await act(async () => {
      await import('./undo-snackbar.tsx');
    });
    draft({
      msgtype: 'actionCard',
      actionCard: { title: '周报', text: '通知', singleTitle: '阅读全文', singleURL: 'https://example.com/' },
    });
    await renderComposer();
    await act(async () => fireEvent.click(radio('卡片（独立跳转）')));
    expect(screen.getByRole('textbox', { name: '按钮 1 文字' })).toHaveProperty('value', '阅读全文');
    expect(screen.getByRole('textbox', { name: '按钮 1 链接' })).toHaveProperty('value', 'https://example.com/');
    expect(screen.queryByText(/^已切换为/)).toBeNull();
  });
});

describe('Composer: opened for a new template (?new=template)', { timeout: 20_000 }, () => {
  it('starts a blank message as "new message" does, says how to save it as a template, and can undo', async () => {
    draft({ msgtype: 'markdown', markdown: { title: '周报', text: '通知：本周完成' } });
    await renderComposer('/?new=template');

    expect(screen.getByRole('textbox', { name: '标题' })).toHaveProperty('value', '');
    expect(screen.getByRole('textbox', { name: '内容' })).toHaveProperty('value', '');
    expect(screen.getByText(/已新建空白消息.*\{\{name\}\}.*存为模板/)).toBeTruthy();
    // The parameter is consumed: a reload must show the draft, not clear it again.
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));

    expect(await screen.findByText('已清空消息')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '撤销' })));
    expect(screen.getByRole('textbox', { name: '标题' })).toHaveProperty('value', '周报');
    expect(screen.getByRole('textbox', { name: '内容' })).toHaveProperty('value', '通知：本周完成');
  });
});

describe('Composer: what it opens with', { timeout: 20_000 }, () => {
  it('says a share link cut short is damaged, rather than opening as if there were none', async () => {
    await renderComposer(
      `/${encodeShareHash({ msgtype: 'text', text: { content: '通知：周会改到 3 点' } }).slice(0, -6)}`,
    );
    expect(screen.getByText('分享链接已损坏，无法打开其中的消息。')).toBeTruthy();
  });

  it("restores a blank draft's kind without saying a draft was restored", async () => {
    draft({ msgtype: 'link', link: { title: '', text: '', messageUrl: '', picUrl: '' } });
    await renderComposer();
    expect(screen.getByRole('radio', { name: /链接/, checked: true })).toBeTruthy();
    expect(screen.queryByText('已恢复上次未发送的草稿。')).toBeNull();
  });
});

describe('Composer: language switch', { timeout: 20_000 }, () => {
  afterEach(() => changeLang('zh'));

  it('writes a field error shown before the switch in the new language', async () => {
    draft({ msgtype: 'actionCard', actionCard: { title: '通知', text: '正文', singleTitle: '看', singleURL: '' } });
    await renderComposer();
    fireEvent.change(screen.getByRole('textbox', { name: '按钮链接' }), { target: { value: 'abc' } });
    expect(await screen.findByText('链接须以 http://、https:// 或 dingtalk:// 开头')).toBeTruthy();
    await act(() => changeLang('en'));
    expect(await screen.findByText('The link must start with http://, https:// or dingtalk://')).toBeTruthy();
  });
});
