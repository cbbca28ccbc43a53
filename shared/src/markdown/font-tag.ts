import type { StateInline } from 'markdown-it';

/**
 * DingTalk's one HTML tag: `<font color=#RRGGBB>…</font>`. People also write `size` and `face`
 * (seen in the wild); DingTalk ignores them, so we accept and drop them. Any other attribute makes the
 * tag plain text, as does a tag without a colour.
 */
const FONT_OPEN = /^<font((?:\s+[a-z]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))+)\s*>/i;
const FONT_ATTR = /([a-z]+)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)'|([^\s"'=<>`]+))/gi;
const FONT_CLOSE = /^<\/font\s*>/i;
const IGNORED_ATTRS = new Set(['size', 'face']);
const HEX_COLOR = /^#[0-9a-f]{6}$/i;
const PC_ONLY_COLOR = /^(?:#[0-9a-f]{3}|[a-z]{3,20})$/i;

export interface FontOpenTag {
  /** The tag as written. */
  source: string;
  /** The colour value as written, trimmed. */
  color: string;
}

/** Reads a `<font …>` open tag at the start of `text`. */
export function parseFontOpenTag(text: string): FontOpenTag | null {
  const match = FONT_OPEN.exec(text);
  if (!match) return null;
  let color: string | null = null;
  const attrs = match[1] ?? '';
  FONT_ATTR.lastIndex = 0; // exec, not matchAll: matchAll copies the regex on every call
  for (let attr = FONT_ATTR.exec(attrs); attr !== null; attr = FONT_ATTR.exec(attrs)) {
    const name = (attr[1] ?? '').toLowerCase();
    const value = (attr[2] ?? attr[3] ?? attr[4] ?? '').trim();
    if (name === 'color') color ??= value;
    else if (!IGNORED_ATTRS.has(name)) return null;
  }
  return color === null ? null : { source: match[0], color };
}

/** The length of a `</font>` close tag at the start of `text`, or 0. */
export function fontCloseTagLength(text: string): number {
  return FONT_CLOSE.exec(text)?.[0].length ?? 0;
}

/** The colour DingTalk shows everywhere: six-digit hex. Names and #RGB work on PC only. */
export function isHexColor(color: string): boolean {
  return HEX_COLOR.test(color);
}

/** A colour only DingTalk's PC client shows: #RGB or a colour name (letters only, so safe in a style). */
export function isPcOnlyColor(color: string): boolean {
  return PC_ONLY_COLOR.test(color);
}

/**
 * Inline rule: turns font tags into `font_open` / `font_close` tokens. They are pushed with nesting 0 so
 * they leave markdown-it's emphasis scoping alone; `pairFontTags` matches them up afterwards.
 */
export function fontTagRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  const rest = state.src.slice(state.pos, Math.min(state.posMax, state.pos + 512));
  const closeLength = fontCloseTagLength(rest);
  if (closeLength > 0) {
    if (!silent) state.push('font_close', 'span', 0).markup = rest.slice(0, closeLength);
    state.pos += closeLength;
    return true;
  }
  const open = parseFontOpenTag(rest);
  if (!open) return false;
  if (!silent) {
    const token = state.push('font_open', 'span', 0);
    token.markup = open.source;
    token.meta = { color: open.color };
  }
  state.pos += open.source.length;
  return true;
}
