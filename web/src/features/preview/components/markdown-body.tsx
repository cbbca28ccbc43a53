import { renderDingtalkMarkdown, renderPlainText } from '@dingpost/shared/markdown/index';
import { useMemo } from 'react';
import { HtmlBody } from './html-body.tsx';

/** Mentions as a stable key, so a new array with the same ids does not re-render the markdown. */
function mentionKey(mentions: readonly string[]): string {
  return mentions.join('\n');
}

/** `pc`: as DingTalk's PC client shows it (tables, colour names), else as its phones do. */
export function MarkdownBody({
  text,
  mentions = [],
  pc = false,
}: {
  text: string;
  mentions?: readonly string[];
  pc?: boolean;
}) {
  const key = mentionKey(mentions);
  const html = useMemo(
    () => renderDingtalkMarkdown(text, { mentions: key ? key.split('\n') : [], pc }),
    [text, key, pc],
  );
  return <HtmlBody className="dp-md" html={html} />;
}

export function PlainTextBody({ text, mentions = [] }: { text: string; mentions?: readonly string[] }) {
  const key = mentionKey(mentions);
  const html = useMemo(() => renderPlainText(text, { mentions: key ? key.split('\n') : [] }), [text, key]);
  return <HtmlBody className="dp-text" html={html} />;
}
