import ImageIcon from '@mui/icons-material/ImageOutlined';
import BrokenImageIcon from '@mui/icons-material/BrokenImageOutlined';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A picture as DingTalk shows it: cropped to its box; a placeholder when absent or broken. */
export function PreviewImage({
  src,
  className,
  alt = '',
}: {
  src: string | undefined;
  className: string;
  alt?: string;
}) {
  const { t } = useTranslation('preview');
  const [failed, setFailed] = useState<string | null>(null);
  const usable = src && /^https?:\/\//i.test(src);
  if (!usable || failed === src) {
    const Icon = usable ? BrokenImageIcon : ImageIcon;
    return (
      <span
        className={`${className} dp-img-placeholder`}
        role="img"
        aria-label={usable ? t('imageBroken') : t('imageMissing')}
      >
        <Icon fontSize="small" aria-hidden />
      </span>
    );
  }
  return (
    <img
      className={className}
      src={src}
      alt={alt}
      loading="lazy"
      referrerPolicy="no-referrer"
      onError={() => setFailed(src)}
    />
  );
}
