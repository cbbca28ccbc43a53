import type { ActionCardMessage, FeedCardMessage, LinkMessage } from '@dingpost/shared/wire/message';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslation } from 'react-i18next';
import { MarkdownBody } from './markdown-body.tsx';
import { PreviewImage } from './preview-image.tsx';

function Placeholder({ text }: { text: string }) {
  return text ? <>{text}</> : <span className="dp-empty">…</span>;
}

export function LinkCard({ link }: { link: LinkMessage['link'] }) {
  return (
    <div className="dp-card dp-link-card" title={link.messageUrl}>
      <div className="dp-card-title">
        <Placeholder text={link.title} />
      </div>
      <div className="dp-link-row">
        <div className="dp-link-text">
          <Placeholder text={link.text} />
        </div>
        {link.picUrl ? <PreviewImage className="dp-link-pic" src={link.picUrl} /> : null}
      </div>
    </div>
  );
}

/** DingTalk shows the card's markdown text and its buttons; the title appears only in the chat list. */
export function ActionCard({ card, pc }: { card: ActionCardMessage['actionCard']; pc: boolean }) {
  const { t } = useTranslation('preview');
  const whole = card.singleTitle !== undefined || card.singleURL !== undefined;
  const buttons = whole ? [{ title: card.singleTitle ?? '', actionURL: card.singleURL ?? '' }] : (card.btns ?? []);
  const horizontal = !whole && card.btnOrientation === '1';
  return (
    <div className="dp-card dp-action-card">
      <div className="dp-card-body">
        <MarkdownBody text={card.text} pc={pc} />
      </div>
      {buttons.length > 0 ? (
        <div className={`dp-btns ${horizontal ? 'dp-btns-h' : 'dp-btns-v'}`}>
          {buttons.map((button, index) => (
            <span key={index} className="dp-btn" title={button.actionURL}>
              <span className="dp-btn-label">{button.title || `${t('button')} ${index + 1}`}</span>
              {whole ? <ChevronRightIcon fontSize="small" aria-hidden /> : null}
            </span>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function FeedCard({ links }: { links: FeedCardMessage['feedCard']['links'] }) {
  const [first, ...rest] = links;
  if (!first) return null;
  return (
    <div className="dp-card dp-feed-card">
      <div className="dp-feed-hero" title={first.messageURL}>
        <PreviewImage className="dp-feed-hero-pic" src={first.picURL} />
        <div className="dp-feed-hero-title">
          <span className="dp-feed-hero-text">
            <Placeholder text={first.title} />
          </span>
        </div>
      </div>
      {rest.map((link, index) => (
        <div key={index} className="dp-feed-row" title={link.messageURL}>
          <div className="dp-feed-row-title">
            <Placeholder text={link.title} />
          </div>
          <PreviewImage className="dp-feed-row-pic" src={link.picURL} />
        </div>
      ))}
    </div>
  );
}
