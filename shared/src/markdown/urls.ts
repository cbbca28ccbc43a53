import { IMAGE_SCHEMES, MARKDOWN_LINK_SCHEMES, urlHasScheme } from '../wire/urls.ts';

/** A picture uploaded to DingTalk, referenced by its media id ("@lADOpwk3K80C0M0FoA"). */
const MEDIA_ID = /^@[A-Za-z0-9_-]{4,128}$/;

export function isMediaId(value: string): boolean {
  return MEDIA_ID.test(value);
}

/** What a link in markdown text does when clicked; null when it cannot be a link. */
export type MarkdownLinkKind = 'web' | 'dingtalk' | 'dtmd';

export function markdownLinkKind(href: string): MarkdownLinkKind | null {
  if (!urlHasScheme(href, MARKDOWN_LINK_SCHEMES)) return null;
  // Ask the URL parser, as the browser will: it ignores tabs and newlines inside the scheme.
  const scheme = new URL(href).protocol;
  if (scheme === 'dingtalk:') return 'dingtalk';
  if (scheme === 'dtmd:') return 'dtmd';
  return 'web';
}

/** What an image source shows as: a fetched picture, an uploaded one, or nothing at all. */
export type MarkdownImageKind = 'web' | 'media' | 'unsupported';

export function markdownImageKind(src: string): MarkdownImageKind {
  if (urlHasScheme(src, IMAGE_SCHEMES)) return 'web';
  if (isMediaId(src)) return 'media';
  return 'unsupported';
}
