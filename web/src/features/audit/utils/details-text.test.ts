import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeLang, i18nReady } from '../../../i18n/index.ts';
import { detailsText } from './details-text.ts';

const t = () => i18next.getFixedT(null, 'audit');

describe('detailsText', () => {
  beforeAll(() => i18nReady);

  it('names keys and known values in the page’s language, and leaves out empty ones', async () => {
    await changeLang('zh');
    expect(detailsText({ ok: false, errcode: 310000, templateId: null, address: '' }, t())).toBe(
      '成功：否 · 错误码：310000',
    );
    expect(detailsText({ reason: 'wrong_password', role: 'editor' }, t())).toBe('原因：密码错误 · 角色：编辑');
    await changeLang('en');
    expect(detailsText({ reason: 'wrong_password', fields: ['name', 'keywords'] }, t())).toBe(
      'Reason: wrong password · Changed: name, keywords',
    );
  });

  it('shows a robot by its name, not also its id', async () => {
    await changeLang('zh');
    expect(detailsText({ robotId: 'rb_1', robotName: '值班群' }, t())).toBe('机器人：值班群');
    expect(detailsText({ robotId: 'rb_1' }, t())).toBe('机器人 ID：rb_1');
  });

  it('writes what it does not know as it is', async () => {
    await changeLang('en');
    expect(detailsText({ somethingNew: 'x', tags: [1] }, t())).toBe('somethingNew: x · tags: [1]');
    // Values are not looked up as keys: a path or an IPv6 address is shown as it is.
    expect(detailsText({ path: '/api/robots', address: '::ffff:127.0.0.1', name: 'details.yes' }, t())).toBe(
      'Path: /api/robots · From address: ::ffff:127.0.0.1 · Name: details.yes',
    );
    expect(detailsText({}, t())).toBe('');
  });
});
