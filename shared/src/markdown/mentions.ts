import type { StateCore, Token } from 'markdown-it';

export interface TextPiece {
  text: string;
  /** True when the piece is `@` followed by one of the mentioned ids. */
  mention: boolean;
}

/** Ids as they may follow an `@`: non-empty, longest first so "@1380000" wins over "@138". */
function mentionIds(mentions: readonly string[]): string[] {
  return [...new Set(mentions.filter((id) => id.length > 0))].sort((a, b) => b.length - a.length);
}

/** Splits text into plain pieces and `@id` pieces for the ids in the message's `at` list. */
export function splitMentions(text: string, mentions: readonly string[]): TextPiece[] {
  const ids = mentionIds(mentions);
  const pieces: TextPiece[] = [];
  if (ids.length === 0) return text.length > 0 ? [{ text, mention: false }] : pieces;
  let plainStart = 0;
  let at = text.indexOf('@');
  while (at !== -1) {
    const id = ids.find((candidate) => text.startsWith(candidate, at + 1));
    if (id === undefined) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    if (at > plainStart) pieces.push({ text: text.slice(plainStart, at), mention: false });
    pieces.push({ text: `@${id}`, mention: true });
    plainStart = at + 1 + id.length;
    at = text.indexOf('@', plainStart);
  }
  if (plainStart < text.length) pieces.push({ text: text.slice(plainStart), mention: false });
  return pieces;
}

/** What the renderer reads from markdown-it's env. */
export interface DingtalkRenderEnv {
  mentions?: readonly string[];
  [key: PropertyKey]: unknown;
}

/** Core rule, run last: splits text tokens around mentions into `mention` tokens. */
export function mentionPass(state: StateCore): void {
  const mentions = (state.env as DingtalkRenderEnv).mentions ?? [];
  if (mentions.length === 0) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    const children: Token[] = [];
    for (const token of block.children) {
      if (token.type !== 'text' || !token.content.includes('@')) {
        children.push(token);
        continue;
      }
      for (const piece of splitMentions(token.content, mentions)) {
        const part = new state.Token(piece.mention ? 'mention' : 'text', piece.mention ? 'span' : '', 0);
        part.content = piece.text;
        part.level = token.level;
        children.push(part);
      }
    }
    block.children = children;
  }
}
