import { MESSAGE_KINDS, type MessageKind } from '@dingpost/shared/wire/message';
import Box from '@mui/material/Box';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The six kinds as radio cards. Each radio's accessible name is the kind's short label only; the
 * one-line description is attached as its description, so tests and screen readers find "文本" exactly.
 */
export const KindPicker = memo(function KindPicker({
  value,
  onChange,
}: {
  value: MessageKind;
  onChange: (kind: MessageKind) => void;
}) {
  const { t } = useTranslation('composer');
  const groupLabel = useId();
  const base = useId();
  return (
    <Box>
      <Typography id={groupLabel} variant="subtitle2" component="h2" sx={{ mb: 1 }}>
        {t('kinds.label')}
      </Typography>
      <RadioGroup
        aria-labelledby={groupLabel}
        name="message-kind"
        value={value}
        onChange={(event) => onChange(event.target.value as MessageKind)}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
          gap: 1,
        }}
      >
        {MESSAGE_KINDS.map((kind) => {
          const id = `${base}-${kind}`;
          const selected = kind === value;
          return (
            <Box
              key={kind}
              component="label"
              htmlFor={`${id}-input`}
              sx={{
                display: 'flex',
                alignItems: 'flex-start',
                gap: 0.5,
                p: 1,
                pr: 1.5,
                border: 1,
                borderRadius: 1,
                cursor: 'pointer',
                borderColor: selected ? 'primary.main' : 'divider',
                bgcolor: selected ? 'action.selected' : 'background.paper',
                '&:focus-within': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 1 },
              }}
            >
              <Radio
                value={kind}
                size="small"
                sx={{ p: 0.5 }}
                slotProps={{
                  input: { id: `${id}-input`, 'aria-labelledby': `${id}-name`, 'aria-describedby': `${id}-desc` },
                }}
              />
              <Box sx={{ minWidth: 0 }}>
                <Typography id={`${id}-name`} variant="body2" sx={{ fontWeight: 600 }}>
                  {t(`common:messageKinds.${kind}`)}
                </Typography>
                <Typography id={`${id}-desc`} variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {t(`kinds.${kind}.description`)}
                </Typography>
              </Box>
            </Box>
          );
        })}
      </RadioGroup>
    </Box>
  );
});
