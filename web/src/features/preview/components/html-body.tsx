import { memo } from 'react';

/**
 * The one place the preview inserts HTML, and only the shared DingTalk renderer's output, which is safe
 * by construction (escaped text, no raw HTML, checked link and image schemes).
 */
export const HtmlBody = memo(function HtmlBody({ html, className }: { html: string; className: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
});
