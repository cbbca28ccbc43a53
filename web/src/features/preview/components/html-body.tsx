import { memo, useLayoutEffect, useRef } from 'react';
import { patchHtml } from './patch-html.ts';

/**
 * The one place the preview inserts HTML, and only the shared DingTalk renderer's output, which is safe
 * by construction (escaped text, no raw HTML, checked link and image schemes). React leaves the
 * container's children alone; patchHtml replaces only the blocks that changed.
 */
export const HtmlBody = memo(function HtmlBody({ html, className }: { html: string; className: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) patchHtml(ref.current, html);
  }, [html]);
  return <div ref={ref} className={className} />;
});
