import MarkdownIt from 'markdown-it';
import type { RendererRule } from 'markdown-it';
import { escapeHtml as escape } from 'markdown-it/lib/common/utils.mjs';
import { fontTagRule, isHexColor, isPcOnlyColor } from './font-tag.ts';
import { dingtalkInlinePass } from './inline-pass.ts';
import { mentionPass, splitMentions } from './mentions.ts';
import type { DingtalkRenderEnv } from './mentions.ts';
import { isMediaId, markdownImageKind, markdownLinkKind } from './urls.ts';

function attr(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '' : ` ${name}="${escape(String(value))}"`;
}

const linkOpen: RendererRule = (tokens, idx) => {
  const token = tokens[idx];
  if (!token) return '';
  const href = String(token.attrGet('href') ?? '');
  const kind = markdownLinkKind(href);
  // classifyLinks has already turned every other target into link_invalid_open; this is the last guard.
  if (kind === null) return '<span class="dp-link-invalid">';
  const scheme = kind === 'web' ? '' : attr('data-dp-scheme', kind);
  return `<a${attr('href', href)}${attr('title', token.attrGet('title'))} target="_blank" rel="noopener noreferrer"${scheme}>`;
};

const image: RendererRule = (tokens, idx, options, env, renderer) => {
  const token = tokens[idx];
  if (!token) return '';
  const src = String(token.attrGet('src') ?? '');
  const alt = renderer.renderInlineAsText(token.children ?? [], options, env);
  const title = token.attrGet('title');
  switch (markdownImageKind(src)) {
    case 'web':
      return `<img${attr('src', src)} alt="${escape(alt)}"${attr('title', title)} loading="lazy" referrerpolicy="no-referrer">`;
    case 'media':
      return `<span class="dp-image-placeholder"${attr('data-media-id', src)}${attr('title', title)}>${escape(alt)}</span>`;
    default:
      return `<span class="dp-image-placeholder dp-image-unsupported"${attr('title', title)}>${escape(alt)}</span>`;
  }
};

/**
 * The markdown-it instance behind every preview, configured to what DingTalk renders: headings,
 * blockquotes, bold, italic, links, images, bullet and ordered lists, paragraphs, and <font color>.
 * Everything else stays the literal text that DingTalk shows. Deliberate choices where DingTalk's own
 * behaviour is undocumented: setext headings, reference links and HTML entities stay literal; backslash
 * escapes work as in CommonMark; a single newline renders as markdown-it's soft break (shown as a space).
 * DingTalk's PC client shows a little more than its phones (tables, colour names): it gets a twin
 * instance with those on, so the preview's PC width shows what a PC shows.
 */
function dingtalkMarkdownIt(pc: boolean): MarkdownIt {
  const md = new MarkdownIt('default', {
    html: false,
    xhtmlOut: false,
    breaks: false,
    linkify: false,
    typographer: false,
  });
  md.disable([
    // block constructs DingTalk does not render (tables render on PC only)
    ...(pc ? [] : ['table']),
    'code',
    'fence',
    'hr',
    'reference',
    'html_block',
    'lheading',
    // inline constructs
    'linkify',
    'backticks',
    'strikethrough',
    'autolink',
    'html_inline',
    'entity',
    'replacements',
    'smartquotes',
  ]);

  /** Only targets DingTalk opens become links; uploaded media ids are kept for images. */
  md.validateLink = (url) => markdownLinkKind(url) !== null || isMediaId(url);
  md.inline.ruler.before('html_inline', 'font_tag', fontTagRule);
  md.core.ruler.after('inline', 'dingtalk_inline', dingtalkInlinePass);
  md.core.ruler.push('dingtalk_mentions', mentionPass);

  const rules = md.renderer.rules;
  rules.link_open = linkOpen;
  rules.link_close = () => '</a>';
  rules.link_invalid_open = () => '<span class="dp-link-invalid">';
  rules.link_invalid_close = () => '</span>';
  rules.image = image;
  rules.font_open = (tokens, idx) => {
    const color = String(tokens[idx]?.meta?.color ?? '');
    // Colour names and #RGB show on PC only; on phones the text keeps its colour.
    return isHexColor(color) || (pc && isPcOnlyColor(color))
      ? `<span class="dp-font" style="color:${color.toLowerCase()}">`
      : '<span class="dp-font dp-font-unsupported">';
  };
  rules.font_close = () => '</span>';
  rules.mention = (tokens, idx) => `<span class="dp-mention">${escape(tokens[idx]?.content ?? '')}</span>`;
  return md;
}

const phone = dingtalkMarkdownIt(false);
const pc = dingtalkMarkdownIt(true);

export interface RenderOptions {
  /** Mobiles and user ids from the message's `at`; their `@id` in the text is highlighted. */
  mentions?: readonly string[];
  /** Render as DingTalk's PC client does (tables, colour names); by default as its phones do. */
  pc?: boolean;
}

/** Renders markdown (markdown.text, actionCard.text) as DingTalk shows it. Safe to insert as HTML. */
export function renderDingtalkMarkdown(text: string, opts: RenderOptions = {}): string {
  const env: DingtalkRenderEnv = { mentions: opts.mentions ?? [] };
  return (opts.pc ? pc : phone).render(text, env);
}

/** Renders a text message's content: escaped, line breaks kept, mentions highlighted. */
export function renderPlainText(text: string, opts: RenderOptions = {}): string {
  return splitMentions(text.replace(/\r\n?/g, '\n'), opts.mentions ?? [])
    .map((piece) =>
      piece.mention
        ? `<span class="dp-mention">${escape(piece.text)}</span>`
        : escape(piece.text).replace(/\n/g, '<br>'),
    )
    .join('');
}
