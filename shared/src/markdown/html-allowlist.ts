/**
 * A strict check of renderer output, written independently of the renderer: every tag, attribute and URL
 * must be on the list below, text may hold only the entities the renderer writes, and tags must nest.
 * Returns the problems found; an empty list means the HTML is inert. Used by the XSS tests.
 */
const NO_ATTRS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'li', 'strong', 'em', 'br'];
/** Tables, as the PC rendering writes them. */
const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr'];
const CELL_ATTRS: Record<string, AttrRule> = { style: (v) => /^text-align:(?:left|center|right)$/.test(v) };
const VOID = new Set(['br', 'img']);
const SPAN_CLASSES = new Set([
  'dp-mention',
  'dp-font',
  'dp-font dp-font-unsupported',
  'dp-link-invalid',
  'dp-image-placeholder',
  'dp-image-placeholder dp-image-unsupported',
]);

const anyText = () => true;

function isUrl(value: string, schemes: string[]): boolean {
  // Browsers drop ASCII tab and newline inside URLs and trim C0 controls and spaces: allow none of them.
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  try {
    const url = new URL(value);
    if (!schemes.includes(url.protocol)) return false;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname !== '' : true;
  } catch {
    return false;
  }
}

type AttrRule = (value: string, attrs: Map<string, string>) => boolean;

const ALLOWED: Record<string, Record<string, AttrRule>> = {
  ...Object.fromEntries([...NO_ATTRS, ...TABLE_TAGS].map((tag) => [tag, {}])),
  th: CELL_ATTRS,
  td: CELL_ATTRS,
  ol: { start: (v) => /^\d{1,9}$/.test(v) },
  a: {
    href: (v) => isUrl(v, ['http:', 'https:', 'dingtalk:', 'dtmd:']),
    title: anyText,
    target: (v) => v === '_blank',
    rel: (v) => v === 'noopener noreferrer',
    'data-dp-scheme': (v, attrs) => (v === 'dingtalk' || v === 'dtmd') && (attrs.get('href') ?? '').startsWith(`${v}:`),
  },
  img: {
    src: (v) => isUrl(v, ['http:', 'https:']),
    alt: anyText,
    title: anyText,
    loading: (v) => v === 'lazy',
    referrerpolicy: (v) => v === 'no-referrer',
  },
  span: {
    class: (v) => SPAN_CLASSES.has(v),
    // Six-digit hex; on PC also #RGB and colour names (letters only).
    style: (v) => /^color:(?:#[0-9a-f]{6}|#[0-9a-f]{3}|[a-z]{3,20})$/.test(v),
    'data-media-id': (v) => /^@[A-Za-z0-9_-]+$/.test(v),
    title: anyText,
  },
};

/** Attributes every anchor must carry. */
const REQUIRED: Record<string, string[]> = { a: ['href', 'target', 'rel'], img: ['src', 'alt'] };

const ENTITY = /&(?:amp|lt|gt|quot);/g;
const decode = (value: string) =>
  value.replace(ENTITY, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' })[e] ?? e);

function textProblem(text: string): string | null {
  if (/[<>"]/.test(text)) return `unescaped character in text ${JSON.stringify(text.slice(0, 40))}`;
  if (/&/.test(text.replace(ENTITY, ''))) return `bare or unknown entity in ${JSON.stringify(text.slice(0, 40))}`;
  return null;
}

const TAG = /^<(\/?)([a-z][a-z0-9]*)((?: [a-z][a-z-]*="[^"]*")*)>/;
const ATTR = / ([a-z][a-z-]*)="([^"]*)"/g;

export function htmlAllowlistProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const text = html.slice(pos, lt === -1 ? html.length : lt);
    const textIssue = textProblem(text);
    if (textIssue) problems.push(textIssue);
    if (lt === -1) break;
    const match = TAG.exec(html.slice(lt));
    if (!match) {
      problems.push(`malformed tag at ${lt}: ${JSON.stringify(html.slice(lt, lt + 40))}`);
      break;
    }
    const [whole, slash, name = '', attrText = ''] = match;
    pos = lt + whole.length;
    const rules = ALLOWED[name];
    if (!rules) {
      problems.push(`tag <${name}> not allowed`);
      continue;
    }
    if (slash) {
      if (attrText) problems.push(`attributes on </${name}>`);
      if (open.pop() !== name) problems.push(`</${name}> closes nothing open`);
      continue;
    }
    const attrs = new Map<string, string>();
    for (const [, attr = '', raw = ''] of attrText.matchAll(ATTR)) {
      const entityIssue = /&/.test(raw.replace(ENTITY, '')) || /[<>]/.test(raw);
      if (entityIssue) problems.push(`unescaped value in ${name}[${attr}]`);
      if (attrs.has(attr)) problems.push(`duplicate ${name}[${attr}]`);
      attrs.set(attr, decode(raw));
    }
    for (const [attr, value] of attrs) {
      const rule = rules[attr];
      if (!rule) problems.push(`attribute ${name}[${attr}] not allowed`);
      else if (!rule(value, attrs)) problems.push(`value not allowed: ${name}[${attr}]=${JSON.stringify(value)}`);
    }
    for (const attr of REQUIRED[name] ?? []) if (!attrs.has(attr)) problems.push(`${name} without ${attr}`);
    if (!VOID.has(name)) open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed ${open.join(', ')}`);
  return problems;
}
