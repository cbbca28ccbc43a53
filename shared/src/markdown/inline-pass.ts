import type { StateCore, Token } from 'markdown-it';
import { markdownLinkKind } from './urls.ts';

/** A font tag that found no partner is shown as DingTalk shows it: as the text that was typed. */
function toLiteral(token: Token): void {
  token.type = 'text';
  token.content = token.markup;
  token.tag = '';
  token.nesting = 0;
  token.meta = null;
}

/**
 * Pairs font_open/font_close tokens so that they nest properly with every other tag: a font tag that
 * would cross a bold, italic or link boundary, or has no partner, stays literal text.
 */
function pairFontTags(children: Token[]): void {
  const open: Token[] = [];
  for (const token of children) {
    if (token.type === 'font_open') {
      open.push(token);
    } else if (token.type === 'font_close') {
      if (open.at(-1)?.type === 'font_open') {
        const opener = open.pop() as Token;
        opener.nesting = 1;
        token.nesting = -1;
      } else {
        toLiteral(token);
      }
    } else if (token.nesting === 1) {
      open.push(token);
    } else if (token.nesting === -1) {
      while (open.at(-1)?.type === 'font_open') toLiteral(open.pop() as Token);
      open.pop();
    }
  }
  for (const token of open) if (token.type === 'font_open') toLiteral(token);
}

/** Links whose target DingTalk would not open stay as their text, without an anchor. */
function classifyLinks(children: Token[]): void {
  const links: Token[] = [];
  for (const token of children) {
    if (token.type === 'link_open') {
      const kind = markdownLinkKind(String(token.attrGet('href') ?? ''));
      token.meta = { kind };
      if (kind === null) token.type = 'link_invalid_open';
      links.push(token);
    } else if (token.type === 'link_close') {
      const opener = links.pop();
      if (opener?.type === 'link_invalid_open') token.type = 'link_invalid_close';
    }
  }
}

/** Core rule, run right after inline parsing. */
export function dingtalkInlinePass(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    pairFontTags(block.children);
    classifyLinks(block.children);
  }
}
