import { SANDBOX_KEYWORDS } from '@dingpost/shared';
import { expect, test } from '../fixtures/index.ts';

const ROBOT = 'Sandbox / 沙箱机器人';
const KEYWORDS = SANDBOX_KEYWORDS.join('、');

test('a message without the robot keyword: the problem and its fix are shown, and the fix works', async ({
  composer,
  sendDialog,
  api,
}) => {
  const before = await api.newestSandboxMessage();
  await composer.open();
  await composer.composeText({ msgtype: 'text', text: { content: '今晚 22:00 发布 v2.3' } });

  // Live, before sending: the checks name the robot, the refusal, and the keywords to add.
  const problem = `没有包含机器人「${ROBOT}」的任何关键词，钉钉会拒收（310000）。请在标题或内容中加入：${KEYWORDS}`;
  await expect(composer.insights.getByText(problem)).toBeVisible();

  // The confirmation says it again; sending anyway is refused by the server, explained in the UI's language.
  await composer.startSend();
  await expect(sendDialog.keywordCheck()).toHaveText(problem);
  await sendDialog.confirm();
  await expect(composer.outcome).toBeVisible();
  await expect(composer.outcome).toContainText(
    '消息里没有机器人的任何关键词，钉钉会拒收（310000）。请在标题或内容中加入其中一个关键词后再发送：关键词见“检查”，看不到的请向管理员询问。',
  );
  expect((await api.newestSandboxMessage())?.id).toBe(before?.id);

  // Following the fix: add a keyword, the check turns green, the send goes through.
  await composer.field('内容').fill('通知：今晚 22:00 发布 v2.3');
  await expect(composer.insights.getByText('包含关键词：通知')).toBeVisible();
  await composer.sendAndConfirm();
  await expect(composer.outcome).toContainText(`已发送到「${ROBOT}」`);
  await api.expectNewestSandboxMessage({ msgtype: 'text', text: { content: '通知：今晚 22:00 发布 v2.3' } });
});
