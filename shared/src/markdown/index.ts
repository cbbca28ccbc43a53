export { renderDingtalkMarkdown, renderPlainText } from './render.ts';
export type { RenderOptions } from './render.ts';
export { splitMentions } from './mentions.ts';
export type { TextPiece } from './mentions.ts';
export { isHexColor } from './font-tag.ts';
export { isMediaId, markdownImageKind, markdownLinkKind } from './urls.ts';
export type { MarkdownImageKind, MarkdownLinkKind } from './urls.ts';
