import { describe, expect, it } from 'vitest';
import { patchHtml } from './patch-html.ts';

describe('patchHtml', () => {
  it('keeps unchanged blocks and replaces the changed one', () => {
    const container = document.createElement('div');
    patchHtml(container, '<h1>a</h1>\n<p>b</p>\n<p>c</p>\n');
    const [h1, , p1] = Array.from(container.childNodes);
    patchHtml(container, '<h1>a</h1>\n<p>b!</p>\n<p>c</p>\n');
    expect(container.innerHTML).toBe('<h1>a</h1>\n<p>b!</p>\n<p>c</p>\n');
    expect(container.childNodes[0]).toBe(h1);
    expect(container.childNodes[2]).not.toBe(p1); // the changed paragraph is new
    expect(container.childNodes[container.childNodes.length - 2]?.textContent).toBe('c');
  });
  it('handles growing, shrinking and emptying', () => {
    const container = document.createElement('div');
    for (const html of ['<p>x</p>', '<p>x</p><ul><li>1</li></ul>', '<ul><li>1</li></ul>', '', '<p>y</p>']) {
      patchHtml(container, html);
      expect(container.innerHTML).toBe(html);
    }
  });
});
