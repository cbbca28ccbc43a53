import Box from '@mui/material/Box';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch, type FieldPath, type FieldValues } from 'react-hook-form';
import { FormTextField, type FormTextFieldProps } from './form-text-field.tsx';

function Thumbnail({ src, label }: { src: string; label: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const usable = /^https?:\/\/\S+$/i.test(src) && failed !== src;
  return (
    <Box
      sx={{
        flex: 'none',
        width: 56,
        height: 40,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        overflow: 'hidden',
        bgcolor: 'action.hover',
        mt: 0.25,
      }}
    >
      {usable ? (
        <img
          src={src}
          alt={label}
          referrerPolicy="no-referrer"
          loading="lazy"
          onError={() => setFailed(src)}
          style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }}
        />
      ) : null}
    </Box>
  );
}

/** An image URL field with a thumbnail of what it points at. */
export function ImageUrlField<T extends FieldValues>(props: FormTextFieldProps<T> & { name: FieldPath<T> }) {
  const { t } = useTranslation('composer');
  const { control } = useFormContext<T>();
  const value = useWatch({ control, name: props.name });
  const label = typeof props.label === 'string' ? props.label : '';
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <FormTextField<T> placeholder="https://" inputProps={{ inputMode: 'url' }} {...props} />
      <Thumbnail src={typeof value === 'string' ? value : ''} label={t('fields.thumbnailOf', { label })} />
    </Box>
  );
}
