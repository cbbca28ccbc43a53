import type { LintWarning } from '../api/check.ts';
import { fontCloseTagLength, parseFontOpenTag } from '../markdown/font-tag.ts';
import { fieldContext, InlineTags, singleNewline, type FieldContext } from './field-context.ts';

/**
 * The linter's reading of the shape most messages have, one construct a line: headings, quotes, bullet
 * items, paragraphs, font tags, links. It gives what markdown-it's parse and the walk over it give
 * (line-shapes.test.ts checks that on generated texts), in a fraction of the time: the check runs on
 * every keystroke and request. Anything else (code, tables, rules, other HTML, images, escapes, ordered
 * lists, indentation, tabs) makes it answer null, and the full parse runs.
 */
export function lintLineShapes(field: string, text: string, dtmdSupported: boolean): LintWarning[] | null {
  if (OUTSIDE_SHAPES.test(text) || text.includes('![') || (!dtmdSupported && text.includes('['))) return null;
  const ctx = fieldContext(field, dtmdSupported);
  // The open paragraph, if any, and the block it is in: a text line after it continues it (lazily, for
  // a quote or an item), a single newline DingTalk joins.
  let paragraph: 'none' | 'top' | 'quote' | 'item' = 'none';
  let run: Run | null = null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i]!;
    const line = shapeOf(source);
    if (line === null) return null;
    const continues = paragraph !== 'none' && (line === 'text' || (line === 'quote' && paragraph === 'quote'));
    if (continues) singleNewline(ctx, i);
    else {
      if (run && !run.end()) return null;
      run = line === 'blank' || line === 'quoteBlank' ? null : new Run(ctx);
    }
    if (run && !run.scan(source, i + 1)) return null;
    if (line === 'text') paragraph = paragraph === 'none' ? 'top' : paragraph;
    else if (line === 'quote' || line === 'item') paragraph = line;
    else paragraph = 'none';
  }
  if (run && !run.end()) return null;
  return ctx.out;
}

/** Code, strikethrough, tables, escapes, tabs, CRs, control characters: not read line by line (nor `![`). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const OUTSIDE_SHAPES = /[`~|\\\t\r\x00-\x08\x0b-\x1f\x7f]/;
const BLANK = /^ *$/;
const HEADING = /^#{1,6}(?: |$)/;
const BULLET = /^[-*+](?: |$)/;
const ORDERED_ITEM = /^\d{1,9}[.)](?: |$)/;
/** Thematic breaks, setext underlines, bare markers. */
const MARKS_ONLY = /^[-=*_+ ]+$/;
const SPACE = /\s/;
const LINK_NOT_DEFINITION = /^\[[^\]]*\][^:]/;

type Shape = 'blank' | 'heading' | 'text' | 'quote' | 'quoteBlank' | 'item';

function shapeOf(source: string): Shape | null {
  if (BLANK.test(source)) return 'blank';
  if (HEADING.test(source)) return 'heading';
  if (source[0] === '>') {
    const content = source.slice(source[1] === ' ' ? 2 : 1);
    if (BLANK.test(content)) return 'quoteBlank';
    return isParagraphText(content) ? 'quote' : null;
  }
  if (BULLET.test(source)) return isParagraphText(source.slice(2)) ? 'item' : null;
  return isParagraphText(source) ? 'text' : null;
}

/** Whether a line (or a quote's or an item's content) is plain paragraph text: nothing starts a block. */
function isParagraphText(content: string): boolean {
  // Indentation, hard breaks, lines markdown-it trims away.
  if (content === '' || SPACE.test(content[0]!) || SPACE.test(content[content.length - 1]!)) return false;
  switch (content[0]) {
    case '#':
      return !HEADING.test(content);
    case '-':
    case '*':
    case '+':
    case '=':
    case '_':
      return !BULLET.test(content) && !MARKS_ONLY.test(content);
    case '>':
      return false;
    case '[':
      // Not a link reference definition: its label (no brackets inside) is followed by a colon.
      return LINK_NOT_DEFINITION.test(content);
    case '<': {
      // A line that is a tag and nothing more is an HTML block.
      const length = fontTagLength(content, 0);
      return length > 0 && !BLANK.test(content.slice(length));
    }
  }
  return !ORDERED_ITEM.test(content);
}

/** The length of the font tag at `at`, or 0. Such a tag is also one markdown-it reads as inline HTML. */
function fontTagLength(text: string, at: number): number {
  const rest = text.slice(at);
  return fontCloseTagLength(rest) || (parseFontOpenTag(rest)?.source.length ?? 0);
}

/** Whether the line leaves an `open` bracket unclosed (a `close` with none open closes nothing). */
function leftOpen(source: string, open: string, close: string): boolean {
  let depth = 0;
  for (const char of source) {
    if (char === open) depth++;
    else if (char === close && depth > 0) depth--;
  }
  return depth > 0;
}

/** One inline run: a paragraph (with the lines that continue it), a heading, an item's text. */
class Run {
  private readonly tags: InlineTags;
  private links = false;
  private html = false;

  constructor(ctx: FieldContext) {
    this.tags = new InlineTags(ctx);
  }

  /** Reads one line's tags; false when a `<` starts anything but a font tag, or a link may go on. */
  scan(source: string, line: number): boolean {
    if (source.includes('[')) this.links = true;
    // A link's text or target may go on over the line break (`[a](x` then `)`): the break is then no break.
    if (this.links && (leftOpen(source, '[', ']') || leftOpen(source, '(', ')'))) return false;
    for (let at = source.indexOf('<'); at !== -1; at = source.indexOf('<', at + 1)) {
      const length = fontTagLength(source, at);
      if (length === 0) return false;
      this.html = true;
      this.tags.add(source.slice(at, at + length), line);
    }
    return true;
  }

  /** Ends the run; false when it had links and tags both (a tag inside a link's target is no tag). */
  end(): boolean {
    if (this.links && this.html) return false;
    this.tags.end();
    return true;
  }
}
