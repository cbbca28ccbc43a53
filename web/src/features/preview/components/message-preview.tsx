import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import SmartToyIcon from '@mui/icons-material/SmartToyOutlined';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../preview.css';
import { ActionCard, FeedCard, LinkCard } from './cards.tsx';
import { MarkdownBody, PlainTextBody } from './markdown-body.tsx';

export type PreviewWidth = 'mobile' | 'pc';

export interface MessagePreviewProps {
  message: DingtalkMessage;
  /** The sender's name above the bubble; defaults to "机器人"/"Robot". */
  robotName?: string;
  /** Phone (about 375 px) or PC chat width. */
  width?: PreviewWidth;
}

function mentionsOf(message: DingtalkMessage): string[] {
  return [...(message.at?.atMobiles ?? []), ...(message.at?.atUserIds ?? [])];
}

function Body({ message, pc }: { message: DingtalkMessage; pc: boolean }): ReactNode {
  switch (message.msgtype) {
    case 'text':
      return (
        <div className="dp-bubble">
          <PlainTextBody text={message.text.content} mentions={mentionsOf(message)} />
        </div>
      );
    case 'markdown':
      return (
        <div className="dp-bubble">
          <MarkdownBody text={message.markdown.text} mentions={mentionsOf(message)} pc={pc} />
        </div>
      );
    case 'link':
      return <LinkCard link={message.link} />;
    case 'actionCard':
      return <ActionCard card={message.actionCard} pc={pc} />;
    case 'feedCard':
      return <FeedCard links={message.feedCard.links} />;
  }
}

function notificationTitle(message: DingtalkMessage): string | undefined {
  if (message.msgtype === 'markdown') return message.markdown.title;
  if (message.msgtype === 'actionCard') return message.actionCard.title;
  return undefined;
}

/**
 * A message as a DingTalk group shows it: the robot's avatar and name, then the bubble or card.
 * A pure function of the message, shared by the composer, the send confirmation and the sandbox inbox.
 */
export const MessagePreview = memo(function MessagePreview({
  message,
  robotName,
  width = 'mobile',
}: MessagePreviewProps) {
  const { t } = useTranslation('preview');
  const name = robotName || t('robot');
  const hideAvatar = message.msgtype === 'actionCard' && message.actionCard.hideAvatar === '1';
  const title = notificationTitle(message);
  return (
    <div className={`dp-preview dp-w-${width}`} data-testid="message-preview" data-msgtype={message.msgtype}>
      <div className="dp-row">
        {hideAvatar ? null : (
          <span className="dp-avatar" role="img" aria-label={t('avatarLabel', { name })}>
            <SmartToyIcon fontSize="small" aria-hidden />
          </span>
        )}
        <div className="dp-main">
          <div className="dp-name">{name}</div>
          <Body message={message} pc={width === 'pc'} />
          {message.at?.isAtAll ? <div className="dp-at-all">{t('mentionAll')}</div> : null}
        </div>
      </div>
      {title !== undefined ? (
        <div className="dp-notify">{t('notificationTitle', { title: title || t('noTitle') })}</div>
      ) : null}
    </div>
  );
});
