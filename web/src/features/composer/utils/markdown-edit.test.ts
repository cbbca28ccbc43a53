import { describe, expect, it } from 'vitest';
import {
  BULLET_PREFIX,
  cycleHeading,
  insertAt,
  ORDERED_PREFIX,
  toggleLinePrefix,
  toggleWrap,
} from './markdown-edit.ts';

describe('toggleWrap', () => {
  it('wraps the selection and keeps it selected', () => {
    const edit = toggleWrap('say hello now', 4, 9, '**', '**', 'bold');
    expect(edit.text).toBe('say **hello** now');
    expect(edit.text.slice(edit.start, edit.end)).toBe('hello');
  });
  it('unwraps an already wrapped selection', () => {
    expect(toggleWrap('say **hello** now', 6, 11, '**', '**', 'bold').text).toBe('say hello now');
  });
  it('inserts a selected placeholder when nothing is selected', () => {
    const edit = toggleWrap('ab', 1, 1, '*', '*', 'italic');
    expect(edit.text).toBe('a*italic*b');
    expect(edit.text.slice(edit.start, edit.end)).toBe('italic');
  });
});

describe('toggleLinePrefix', () => {
  it('numbers every selected line and removes the numbers again', () => {
    const text = 'intro\none\ntwo\nend';
    const on = toggleLinePrefix(text, 7, 12, (i) => `${i + 1}. `, ORDERED_PREFIX);
    expect(on.text).toBe('intro\n1. one\n2. two\nend');
    const off = toggleLinePrefix(on.text, on.start, on.end, (i) => `${i + 1}. `, ORDERED_PREFIX);
    expect(off.text).toBe(text);
  });
  it('turns a numbered item into a bullet', () => {
    expect(toggleLinePrefix('1. a', 0, 0, () => '- ', BULLET_PREFIX).text).toBe('- a');
  });
});

describe('cycleHeading', () => {
  it('goes none → # → ## → ### → none on the current line', () => {
    let text = 'x\nTitle';
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      text = cycleHeading(text, 3, 3).text;
      seen.push(text.split('\n')[1]!);
    }
    expect(seen).toEqual(['# Title', '## Title', '### Title', 'Title']);
  });
});

describe('insertAt', () => {
  it('replaces the selection and selects the given part', () => {
    const edit = insertAt('see here', 4, 8, '[here](https://)', 'https://');
    expect(edit.text).toBe('see [here](https://)');
    expect(edit.text.slice(edit.start, edit.end)).toBe('https://');
  });
});
