/**
 * DingTalk's own link schemes (see shared/reference/dingtalk-facts.md):
 * - dingtalk://dingtalkclient/page/link?url=…&pc_slide=true|false opens a web page inside DingTalk:
 *   in the PC side panel (true) or the external browser (false);
 * - dtmd://dingtalkclient/sendMessage?content=… posts that text into the chat when clicked (markdown only).
 */
export function sidePanelLink(url: string, pcSlide: boolean): string {
  return `dingtalk://dingtalkclient/page/link?url=${encodeURIComponent(url)}&pc_slide=${pcSlide ? 'true' : 'false'}`;
}

export function clickToSendLink(content: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(content)}`;
}

/** Markdown link text may not hold unescaped brackets. */
export function markdownLink(text: string, href: string): string {
  return `[${text.replace(/([[\]\\])/g, '\\$1')}](${href})`;
}
