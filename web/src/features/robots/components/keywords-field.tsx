import { MAX_KEYWORDS } from '@dingpost/shared';
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState, type Ref } from 'react';
import type { FieldError, Merge } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

type KeywordsError = Merge<FieldError, (FieldError | undefined)[]> | undefined;

/** The first message among the list's own error and its items' errors. */
function messageOf(error: KeywordsError): string | undefined {
  if (!error) return undefined;
  if (error.message) return error.message;
  if (Array.isArray(error)) return error.find((item) => item?.message)?.message;
  return undefined;
}

/**
 * Keywords as chips: type one and press Enter (or leave the field) to add it; Backspace removes the last.
 * A keyword typed again is not added twice: the text is cleared and the helper text says it is there.
 */
export function KeywordsField({
  value,
  onChange,
  onBlur,
  error,
  disabled,
  inputRef,
}: {
  value: string[];
  onChange: (keywords: string[]) => void;
  onBlur: () => void;
  error: KeywordsError;
  disabled?: boolean;
  /** The text input, for react-hook-form to focus when the keywords are what a save refused. */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('robots');
  const [input, setInput] = useState('');
  // MUI ignores a freeSolo entry already in the list and leaves it in the input, where the next keyword
  // typed would be appended to it ("通知" + "周报" became one keyword "通知周报").
  const [repeated, setRepeated] = useState<string | null>(null);
  const dropIfRepeated = (): boolean => {
    const typed = input.trim();
    if (!typed || !value.includes(typed)) return false;
    setInput('');
    setRepeated(typed);
    return true;
  };
  const message = messageOf(error);
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={[] as string[]}
      value={value}
      inputValue={input}
      onInputChange={(_event, next) => {
        setInput(next);
        if (next) setRepeated(null);
      }}
      disabled={disabled}
      onChange={(_event, next) => {
        const cleaned = [...new Set(next.map((k) => k.trim()).filter(Boolean))];
        onChange(cleaned);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing && dropIfRepeated()) {
          event.preventDefault();
          (event as typeof event & { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
        }
      }}
      onBlur={() => {
        dropIfRepeated();
        onBlur();
      }}
      renderValue={(keywords, getItemProps) =>
        keywords.map((keyword, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return (
            <Chip
              key={key}
              size="small"
              label={keyword}
              {...itemProps}
              aria-label={keyword}
              title={t('form.keywordRemove', { keyword })}
            />
          );
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={inputRef}
          label={t('form.keywords')}
          error={message !== undefined}
          helperText={
            message ??
            (repeated !== null
              ? t('form.keywordRepeated', { keyword: repeated })
              : t('form.keywordsHelp', { max: MAX_KEYWORDS }))
          }
        />
      )}
    />
  );
}
