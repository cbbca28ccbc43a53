import { MARKDOWN_LINK_SCHEMES, urlHasScheme } from '../wire/urls.ts';

/** A picture uploaded to DingTalk, referenced by its media id ("@lADOpwk3K80C0M0FoA"). */
const MEDIA_ID = /^@[A-Za-z0-9_-]{4,128}$/;

export function isMediaId(value: string): boolean {
  return MEDIA_ID.test(value);
}

/** What a link in markdown text does when clicked; null when it cannot be a link. */
export type MarkdownLinkKind = 'web' | 'dingtalk' | 'dtmd';

/**
 * Each link is classified several times per render (parser, link pass, renderer) and URL parsing is the
 * costliest step of a render, so results are memoized; the cache is dropped whole when it grows large.
 */
const linkKinds = new Map<string, MarkdownLinkKind | null>();
const MAX_CACHED = 1000;

function classifyLink(href: string): MarkdownLinkKind | null {
  if (!urlHasScheme(href, MARKDOWN_LINK_SCHEMES)) return null;
  // Ask the URL parser, as the browser will: it ignores tabs and newlines inside the scheme.
  const scheme = new URL(href).protocol;
  if (scheme === 'http:' || scheme === 'https:') return 'web';
  if (scheme === 'dingtalk:') return 'dingtalk';
  if (scheme === 'dtmd:') return 'dtmd';
  return null;
}

export function markdownLinkKind(href: string): MarkdownLinkKind | null {
  let kind = linkKinds.get(href);
  if (kind === undefined) {
    kind = classifyLink(href);
    if (linkKinds.size >= MAX_CACHED) linkKinds.clear();
    linkKinds.set(href, kind);
  }
  return kind;
}

/** What an image source shows as: a fetched picture, an uploaded one, or nothing at all. */
export type MarkdownImageKind = 'web' | 'media' | 'unsupported';

export function markdownImageKind(src: string): MarkdownImageKind {
  if (isMediaId(src)) return 'media';
  // 'web' links are exactly the http(s) ones, the schemes DingTalk fetches images from.
  return markdownLinkKind(src) === 'web' ? 'web' : 'unsupported';
}
