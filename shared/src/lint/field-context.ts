import type { LintWarning } from '../api/check.ts';
import { fontCloseTagLength, isHexColor, parseFontOpenTag } from '../markdown/font-tag.ts';
import { hexFor } from './colors.ts';
import { warn } from './warnings.ts';

// What both readings of a markdown field (markdown-syntax.ts, line-shapes.ts) report, worded once.

/** Lines that will be joined, reported per field; past this a long pasted log would drown the rest. */
export const MAX_NEWLINE_WARNINGS = 20;

/** One markdown field being linted, and the warnings found in it so far. */
export interface FieldContext {
  field: string;
  /** actionCard.text renders markdown too, but dtmd:// is documented for markdown messages only. */
  dtmdSupported: boolean;
  out: LintWarning[];
  newlines: number;
}

export function fieldContext(field: string, dtmdSupported: boolean): FieldContext {
  return { field, dtmdSupported, out: [], newlines: 0 };
}

/** A single newline ending `line` inside a paragraph: DingTalk joins the two lines. */
export function singleNewline(ctx: FieldContext, line: number): void {
  if (ctx.newlines++ < MAX_NEWLINE_WARNINGS) ctx.out.push(warn.singleNewline({ field: ctx.field, line }));
}

/** Checks one HTML tag as written: font tags for their colour, anything else as unsupported HTML. */
export function checkTag(ctx: FieldContext, tag: string, line: number): 'open' | 'close' | null {
  if (fontCloseTagLength(tag) === tag.length) return 'close';
  const font = parseFontOpenTag(tag);
  if (font && font.source.length === tag.length) {
    if (!isHexColor(font.color))
      ctx.out.push(warn.colorName({ field: ctx.field, line }, font.color, hexFor(font.color)));
    return 'open';
  }
  ctx.out.push(warn.html({ field: ctx.field, line }, tag.length > 60 ? `${tag.slice(0, 57)}…` : tag));
  return null;
}

/** The tags of one inline run (a paragraph, a heading, a list item's text), font tags matched up. */
export class InlineTags {
  private readonly open: { tag: string; line: number }[] = [];

  constructor(private readonly ctx: FieldContext) {}

  add(tag: string, line: number): void {
    const kind = checkTag(this.ctx, tag, line);
    if (kind === 'open') this.open.push({ tag, line });
    else if (kind === 'close' && !this.open.pop()) this.ctx.out.push(warn.html({ field: this.ctx.field, line }, tag));
  }

  /** The run is over: a font tag still open colours nothing. */
  end(): void {
    for (const { tag, line } of this.open) this.ctx.out.push(warn.unclosedFont({ field: this.ctx.field, line }, tag));
  }
}
