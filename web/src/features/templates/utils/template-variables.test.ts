import { describe, expect, it } from 'vitest';
import {
  editableVariables,
  matchesSearch,
  renderForPreview,
  valuesToSend,
  variableLabel,
  variableLabels,
} from './template-variables.ts';

const message = {
  msgtype: 'markdown',
  markdown: { title: '{{service}} alert', text: '### {{service}} is {{state}}\n\n[logs]({{url}})' },
};

describe('editableVariables', () => {
  it('lists placeholders in order of first use, keeps declared details, flags unused ones', () => {
    const result = editableVariables(message, [
      { name: 'state', label: 'State', default: 'down', sample: 'down' },
      { name: 'old', label: 'Old', default: '', sample: '' },
    ]);
    expect(result.map((v) => [v.name, v.label, v.unused])).toEqual([
      ['service', '', false],
      ['state', 'State', false],
      ['url', '', false],
      ['old', 'Old', true],
    ]);
  });
});

describe('renderForPreview', () => {
  const variables = [
    { name: 'service', label: '', default: 'api', sample: 'checkout' },
    { name: 'state', label: '', default: '', sample: 'down' },
    { name: 'url', label: '', default: 'https://logs.example.com', sample: '' },
  ];

  it('renders samples for the preview', () => {
    const rendered = renderForPreview({ message, variables }, {}, 'sample');
    expect(rendered).toMatchObject({ ok: true, message: { markdown: { title: 'checkout alert' } } });
  });

  it('names the variables that have neither value nor default', () => {
    expect(renderForPreview({ message, variables }, {}, 'default')).toEqual({ ok: false, missing: ['state'] });
  });

  it('says a message is too long, counting the msgUuid it is sent with', () => {
    const text = (content: string) => ({ msgtype: 'text', text: { content } });
    const v = [{ name: 'v', label: '', default: '', sample: '' }];
    const room = 20000 - JSON.stringify(text('')).length;
    expect(renderForPreview({ message: text('{{v}}'), variables: v }, { v: 'x'.repeat(room) }, 'default')).toEqual({
      ok: false,
      tooLong: true,
    });
    expect(
      renderForPreview({ message: text('{{v}}'), variables: v }, { v: 'x'.repeat(room - 49) }, 'default'),
    ).toMatchObject({ ok: true });
    expect(
      renderForPreview({ message: text('{{v}}'.repeat(1000)), variables: v }, { v: 'x'.repeat(1000) }, 'default'),
    ).toEqual({
      ok: false,
      tooLong: true,
    });
  });

  it('reports a rendered message DingTalk would refuse', () => {
    const link = { msgtype: 'link', link: { title: 't', text: 'x', messageUrl: '{{url}}' } };
    const rendered = renderForPreview(
      { message: link, variables: [{ name: 'url', label: '', default: 'not a url', sample: '' }] },
      {},
      'default',
    );
    expect(rendered.ok).toBe(false);
    expect(rendered).toHaveProperty('invalid.0.path', 'link.messageUrl');
  });
});

describe('matchesSearch', () => {
  it('matches every word in name or description, ignoring case', () => {
    const template = { name: 'Deploy notice', description: 'Posted after each release' };
    expect(matchesSearch(template, 'deploy RELEASE')).toBe(true);
    expect(matchesSearch(template, 'deploy rollback')).toBe(false);
    expect(matchesSearch(template, '  ')).toBe(true);
  });
});

describe('valuesToSend', () => {
  it('drops empty values so the defaults apply', () => {
    expect(valuesToSend({ a: '1', b: '' })).toEqual({ a: '1' });
  });
});

describe('variableLabel', () => {
  it('is the label its author gave, else the name', () => {
    expect(variableLabel({ name: 'name', label: '新人姓名' })).toBe('新人姓名');
    expect(variableLabel({ name: 'date', label: '  ' })).toBe('date');
    const declared = [
      { name: 'name', label: '新人姓名', default: '', sample: '张三' },
      { name: 'date', label: '', default: '', sample: '' },
    ];
    expect(variableLabels(declared, ['date', 'name', 'undeclared'])).toEqual(['date', '新人姓名', 'undeclared']);
  });
});
