import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import ComputerIcon from '@mui/icons-material/Computer';
import PhoneIphoneIcon from '@mui/icons-material/PhoneIphone';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { lazy, memo, Suspense, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readString, writeString } from '../../../lib/storage.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';

// The preview brings markdown-it: it loads right after the composer's first paint.
const MessagePreview = lazy(async () => ({ default: (await import('../../preview/index.ts')).MessagePreview }));

export function LazyPreview({
  message,
  robotName,
  width = 'mobile',
}: {
  message: DingtalkMessage;
  robotName?: string;
  width?: 'mobile' | 'pc';
}) {
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={120} sx={{ maxWidth: 375, mx: 'auto' }} />}>
      <MessagePreview message={message} width={width} {...(robotName ? { robotName } : {})} />
    </Suspense>
  );
}

type Width = 'mobile' | 'pc';

const WidthSwitch = memo(function WidthSwitch({ width, onChange }: { width: Width; onChange: (width: Width) => void }) {
  const { t } = useTranslation('composer');
  return (
    <Box role="group" aria-label={t('preview.width')} sx={{ display: 'flex', gap: 0.5 }}>
      {(['mobile', 'pc'] as const).map((option) => {
        const Icon = option === 'mobile' ? PhoneIphoneIcon : ComputerIcon;
        return (
          <IconButton
            key={option}
            size="small"
            aria-label={t(`preview.${option}`)}
            title={t(`preview.${option}`)}
            aria-pressed={width === option}
            color={width === option ? 'primary' : 'default'}
            onClick={() => onChange(option)}
            sx={{ border: 1, borderColor: width === option ? 'primary.main' : 'divider', borderRadius: 1 }}
          >
            <Icon fontSize="small" />
          </IconButton>
        );
      })}
    </Box>
  );
});

const PreviewHeader = memo(function PreviewHeader({
  headingId,
  width,
  onWidth,
}: {
  headingId: string;
  width: Width;
  onWidth: (width: Width) => void;
}) {
  const { t } = useTranslation('composer');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', mb: 1, gap: 1 }}>
      <Typography id={headingId} variant="subtitle2" component="h2" sx={{ flex: 1 }}>
        {t('preview.title')}
      </Typography>
      <WidthSwitch width={width} onChange={onWidth} />
    </Box>
  );
});

function storeWidth(next: Width) {
  writeString(STORAGE_KEYS.previewWidth, next);
}

/** The live preview with its phone/PC width switch; on a keystroke only the message part re-renders. */
export function PreviewPane({ message, robotName }: { message: DingtalkMessage; robotName?: string }) {
  const headingId = useId();
  const [width, setWidth] = useState<Width>(() => (readString(STORAGE_KEYS.previewWidth) === 'pc' ? 'pc' : 'mobile'));
  const onWidth = useCallback((next: Width) => {
    setWidth(next);
    storeWidth(next);
  }, []);
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0, minHeight: 0 }}
    >
      <PreviewHeader headingId={headingId} width={width} onWidth={onWidth} />
      {/* A long message scrolls here, under the header, instead of making the page as long as itself. */}
      <Box
        tabIndex={0}
        role="group"
        aria-labelledby={headingId}
        sx={{ flex: '0 1 auto', minHeight: 0, maxHeight: { xs: '70vh', md: 'none' }, overflowY: 'auto' }}
      >
        <LazyPreview message={message} width={width} {...(robotName ? { robotName } : {})} />
      </Box>
    </Box>
  );
}
