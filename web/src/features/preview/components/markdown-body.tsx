import { renderDingtalkMarkdown, renderPlainText } from '@dingpost/shared/markdown/index';
import { useMemo } from 'react';
import { HtmlBody } from './html-body.tsx';

/** Mentions as a stable key, so a new array with the same ids does not re-render the markdown. */
function mentionKey(mentions: readonly string[]): string {
  return mentions.join('\n');
}

export function MarkdownBody({ text, mentions = [] }: { text: string; mentions?: readonly string[] }) {
  const key = mentionKey(mentions);
  const html = useMemo(() => renderDingtalkMarkdown(text, { mentions: key ? key.split('\n') : [] }), [text, key]);
  return <HtmlBody className="dp-md" html={html} />;
}

export function PlainTextBody({ text, mentions = [] }: { text: string; mentions?: readonly string[] }) {
  const key = mentionKey(mentions);
  const html = useMemo(() => renderPlainText(text, { mentions: key ? key.split('\n') : [] }), [text, key]);
  return <HtmlBody className="dp-text" html={html} />;
}
