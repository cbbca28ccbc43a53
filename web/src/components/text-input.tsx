import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput, { type OutlinedInputProps } from '@mui/material/OutlinedInput';
import { useId, type ReactNode } from 'react';

export type TextInputProps = Omit<OutlinedInputProps, 'label' | 'notched' | 'error'> & {
  label: ReactNode;
  helperText?: ReactNode;
  error?: boolean;
  /**
   * A plain, fixed-height (user-resizable) textarea instead of MUI's auto-growing multiline, which
   * re-measures the whole text on every keystroke: use it for long texts.
   */
  textareaRows?: number;
};

/**
 * An outlined text field with label and helper text, like MUI's TextField but without its select
 * variant: TextField always bundles Select, Menu, Popover and Modal, which the first page does not need.
 */
export function TextInput({
  id,
  label,
  helperText,
  error,
  fullWidth = true,
  size = 'small',
  sx,
  textareaRows,
  ...input
}: TextInputProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const helperId = helperText ? `${inputId}-helper` : undefined;
  const textarea = textareaRows
    ? {
        inputComponent: 'textarea' as const,
        inputProps: { ...input.inputProps, rows: textareaRows },
        // The vertical padding sits outside the textarea, as in MUI's multiline: text scrolled up is cut
        // off below the floating label instead of running under it.
        sx: {
          py: size === 'small' ? '8.5px' : '16.5px',
          '& textarea': { height: 'auto', resize: 'vertical', lineHeight: 1.5, py: 0 },
        },
      }
    : {};
  return (
    <FormControl fullWidth={fullWidth} error={error} size={size} sx={sx}>
      <InputLabel htmlFor={inputId} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={inputId}
        label={label}
        notched
        size={size}
        aria-describedby={helperId}
        {...input}
        {...textarea}
      />
      {helperText ? <FormHelperText id={helperId}>{helperText}</FormHelperText> : null}
    </FormControl>
  );
}
