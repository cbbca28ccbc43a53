import MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import type { LintWarning } from '../api/check.ts';
import { markdownImageKind, markdownLinkKind } from '../markdown/urls.ts';
import { checkTag, fieldContext, InlineTags, singleNewline, type FieldContext } from './field-context.ts';
import { lintLineShapes } from './line-shapes.ts';
import { imageHostWarning } from './urls.ts';
import { warn } from './warnings.ts';

/** What a parse is for: the field's rules decide which inline constructs can matter. */
interface DetectorEnv {
  dtmdSupported: boolean;
}

/**
 * Whether an inline run can hold anything the walk below reports. Each reported construct needs one of
 * these characters as written: a line break, a backtick, `~~`, `<` (tags, autolinks), `![` (images) and,
 * where dtmd:// is not supported, `[` (links). Entities and escapes only ever make text of them.
 */
export function inlineCanWarn(content: string, dtmdSupported: boolean): boolean {
  return (dtmdSupported ? INLINE_SIGNALS : INLINE_SIGNALS_WITH_LINKS).test(content);
}
const INLINE_SIGNALS = /[\n`~<]|!\[/;
const INLINE_SIGNALS_WITH_LINKS = /[\n`~<[]/;

/** markdown-it's inline stage, for only the runs that can warn: most lines of a message are plain text. */
function parseInlineThatCanWarn(state: StateCore): void {
  const { dtmdSupported } = state.env as DetectorEnv;
  for (const token of state.tokens)
    if (token.type === 'inline' && inlineCanWarn(token.content, dtmdSupported))
      state.md.inline.parse(token.content, state.md, state.env, (token.children ??= []));
}

/** markdown-it's normalize, which rebuilds the text to rewrite every \n as \n: only \r and NUL need it. */
function normalizeLineEnds(state: StateCore): void {
  if (state.src.includes('\r')) state.src = state.src.replace(/\r\n?/g, '\n');
  if (state.src.includes('\0')) state.src = state.src.replace(/\0/g, '\uFFFD');
}

/**
 * A full CommonMark + GFM parser, used only to find what DingTalk will not render (the preview uses the
 * DingTalk-subset instance in ../markdown). Every construct is on so that it can be found and pointed at.
 */
function newDetector(html: boolean): MarkdownIt {
  const md = new MarkdownIt('default', { html, linkify: false, typographer: false });
  md.validateLink = () => true;
  // Links are judged as written (scheme, host), not percent-encoded and punycoded for an href.
  md.normalizeLink = (url) => url;
  md.core.ruler.at('normalize', normalizeLineEnds);
  md.core.ruler.at('inline', parseInlineThatCanWarn);
  return md;
}
const detector = newDetector(true);
/** The same without HTML: how DingTalk reads a block that holds nothing but font tags and text. */
const htmlFreeDetector = newDetector(false);

const HTML_TAG = /<!--|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

function checkHtmlBlock(ctx: FieldContext, token: Token, firstLine: number): void {
  let fontOnly = true;
  token.content.split('\n').forEach((text, i) => {
    for (const match of text.matchAll(HTML_TAG)) fontOnly = checkTag(ctx, match[0], firstLine + i) !== null && fontOnly;
  });
  // A line that starts with <font …> opens an HTML block in CommonMark, but to DingTalk it is ordinary
  // text: look inside it for everything else (joined lines above all).
  if (fontOnly) checkTokens(ctx, parse(htmlFreeDetector, ctx, token.content), firstLine - 1);
}

function parse(md: MarkdownIt, ctx: FieldContext, text: string): Token[] {
  const env: DetectorEnv = { dtmdSupported: ctx.dtmdSupported };
  return md.parse(text, env);
}

function checkInline(ctx: FieldContext, children: Token[], firstLine: number): void {
  let line = firstLine;
  const tags = new InlineTags(ctx);
  const at = () => ({ field: ctx.field, line });
  for (const token of children) {
    switch (token.type) {
      case 'softbreak':
        singleNewline(ctx, line);
        line++;
        break;
      case 'hardbreak':
        line++;
        break;
      case 'code_inline':
        ctx.out.push(warn.inlineCode(at()));
        break;
      case 's_open':
        ctx.out.push(warn.strikethrough(at()));
        break;
      case 'html_inline':
        tags.add(token.content, line);
        line += token.content.split('\n').length - 1;
        break;
      case 'image': {
        const src = String(token.attrGet('src') ?? '');
        if (markdownImageKind(src) === 'unsupported') ctx.out.push(warn.imageScheme(at(), src));
        else {
          const intranet = imageHostWarning(src, at());
          if (intranet) ctx.out.push(intranet);
        }
        break;
      }
      case 'link_open':
        if (!ctx.dtmdSupported && markdownLinkKind(String(token.attrGet('href') ?? '')) === 'dtmd')
          ctx.out.push(warn.dtmdInActionCard(at()));
        break;
    }
  }
  tags.end();
}

function checkTokens(ctx: FieldContext, tokens: Token[], lineOffset: number): void {
  const field = ctx.field;
  for (const [index, token] of tokens.entries()) {
    const line = (token.map?.[0] ?? 0) + 1 + lineOffset;
    const where = { field, line };
    switch (token.type) {
      case 'fence':
        ctx.out.push(warn.fencedCode(where));
        break;
      case 'code_block':
        ctx.out.push(warn.indentedCode(where));
        break;
      case 'table_open':
        ctx.out.push(warn.table(where));
        break;
      case 'hr':
        ctx.out.push(warn.rule(where));
        break;
      case 'heading_close':
        // After the heading's text, so its warnings stay in line order.
        if (token.markup === '-' || token.markup === '=')
          setextHeading(ctx, tokens[index - 2]!, tokens[index + 1], lineOffset);
        break;
      case 'html_block':
        checkHtmlBlock(ctx, token, line);
        break;
      case 'inline':
        checkInline(ctx, token.children ?? [], line);
        break;
    }
  }
}

/**
 * "text\n===" and "text\n---" are setext headings in CommonMark; DingTalk has none, so they stay a
 * paragraph: the text line, the underline (its dashes shown, not a rule) and a paragraph right under it
 * are joined into one line.
 */
function setextHeading(ctx: FieldContext, heading: Token, next: Token | undefined, lineOffset: number): void {
  if (!heading.map) return;
  const underline = heading.map[1] + lineOffset;
  singleNewline(ctx, underline - 1);
  if (heading.markup === '-') ctx.out.push(warn.rule({ field: ctx.field, line: underline }));
  if (next?.type === 'paragraph_open' && next.map?.[0] === heading.map[1]) singleNewline(ctx, underline);
}

/** Lints one markdown field: what DingTalk will not render, and where. Lines are 1-based. */
export function lintMarkdownText(field: string, text: string, opts: { dtmdSupported: boolean }): LintWarning[] {
  return lintLineShapes(field, text, opts.dtmdSupported) ?? lintByParsing(field, text, opts);
}

/** The same by a full markdown-it parse, for any text (and what line-shapes.ts is tested against). */
export function lintByParsing(field: string, text: string, opts: { dtmdSupported: boolean }): LintWarning[] {
  const ctx = fieldContext(field, opts.dtmdSupported);
  checkTokens(ctx, parse(detector, ctx, text), 0);
  return ctx.out;
}
