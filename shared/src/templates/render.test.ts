import { describe, expect, it } from 'vitest';
import type { TemplateVariable } from '../api/templates.ts';
import { findPlaceholders, MAX_RENDERED_UNITS, placeholderUses, renderTemplate } from './render.ts';

const variable = (name: string, fields: Partial<TemplateVariable> = {}): TemplateVariable => ({
  name,
  label: '',
  default: '',
  sample: '',
  ...fields,
});
const text = (content: string) => ({ msgtype: 'text', text: { content } });

describe('renderTemplate', () => {
  it('fills given values, then defaults, in every string', () => {
    const message = {
      msgtype: 'link',
      link: { title: '{{ service }} down', text: 'on {{host}}', messageUrl: 'https://x.cn/{{service}}' },
    };
    const rendered = renderTemplate(message, [variable('service'), variable('host', { default: 'web-1' })], {
      service: 'api',
    });
    expect(rendered).toEqual({
      ok: true,
      message: { msgtype: 'link', link: { title: 'api down', text: 'on web-1', messageUrl: 'https://x.cn/api' } },
    });
  });

  it('names missing and unknown variables', () => {
    expect(renderTemplate(text('{{a}} {{b}}'), [variable('a'), variable('b')], { c: 'x', a: 'y' })).toEqual({
      ok: false,
      missing: ['b'],
      unknown: ['c'],
    });
  });

  it('reads only the values given, not what every object inherits', () => {
    const rendered = renderTemplate(
      text('{{constructor}} {{toString}}'),
      [variable('constructor'), variable('toString')],
      {},
    );
    expect(rendered).toEqual({ ok: false, missing: ['constructor', 'toString'], unknown: [] });
  });

  it('stops once the strings pass what DingTalk could take, without building them', () => {
    const many = '{{v}}'.repeat(120_000);
    const started = performance.now();
    const rendered = renderTemplate(text(many), [variable('v')], { v: 'x'.repeat(10_000) });
    // 1.2e9 characters if built: past V8's longest string.
    expect(rendered).toEqual({ ok: false, tooLong: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes a message right up to the bound', () => {
    const overhead = 'text'.length;
    const fits = renderTemplate(text('{{v}}'), [variable('v')], { v: 'x'.repeat(MAX_RENDERED_UNITS - overhead) });
    expect(fits.ok).toBe(true);
    const over = renderTemplate(text('{{v}}'), [variable('v')], { v: 'x'.repeat(MAX_RENDERED_UNITS - overhead + 1) });
    expect(over).toEqual({ ok: false, tooLong: true });
  });

  it('reports missing variables before the length', () => {
    const rendered = renderTemplate(text('{{v}}'.repeat(10) + '{{w}}'), [variable('v'), variable('w')], {
      v: 'x'.repeat(MAX_RENDERED_UNITS),
    });
    expect(rendered).toEqual({ ok: false, missing: ['w'], unknown: [] });
  });
});

describe('placeholderUses', () => {
  it('finds each {{…}} where it is, naming the variable of a placeholder in any script', () => {
    const message = {
      msgtype: 'feedCard',
      feedCard: { links: [{ title: '{{姓名}}：{{ 2x }}', messageURL: '{{url}}' }] },
    };
    expect(placeholderUses(message)).toEqual([
      { path: ['feedCard', 'links', 0, 'title'], text: '{{姓名}}', name: '姓名' },
      { path: ['feedCard', 'links', 0, 'title'], text: '{{ 2x }}', name: null },
      { path: ['feedCard', 'links', 0, 'messageURL'], text: '{{url}}', name: 'url' },
    ]);
    expect(findPlaceholders(message)).toEqual(['姓名', 'url']);
    expect(findPlaceholders(text('{{a-b}} {{}} {{a}}}} {{{b}}'))).toEqual(['a', 'b']);
  });
});
