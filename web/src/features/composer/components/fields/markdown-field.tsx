import Box from '@mui/material/Box';
import { lazy, Suspense, useCallback, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, type FieldPath, type FieldValues, type PathValue } from 'react-hook-form';
import {
  BULLET_PREFIX,
  cycleHeading,
  insertAt,
  ORDERED_PREFIX,
  QUOTE_PREFIX,
  toggleLinePrefix,
  toggleWrap,
  type TextEdit,
} from '../../utils/markdown-edit.ts';
import { FormTextField } from './form-text-field.tsx';
import { MarkdownToolbar, shortcutOf, type MarkdownCommand } from './markdown-toolbar.tsx';
import { replaceTextUndoable } from './text-replace.ts';

const LinkHelperDialog = lazy(async () => ({ default: (await import('./link-helper-dialog.tsx')).LinkHelperDialog }));

type Edit = (text: string, start: number, end: number) => TextEdit;

interface Placeholders {
  bold: string;
  italic: string;
  link: string;
  image: string;
}

function editsFor(words: Placeholders): Record<Exclude<MarkdownCommand, 'linkHelper'>, Edit> {
  return {
    heading: cycleHeading,
    bold: (text, start, end) => toggleWrap(text, start, end, '**', '**', words.bold),
    italic: (text, start, end) => toggleWrap(text, start, end, '*', '*', words.italic),
    quote: (text, start, end) => toggleLinePrefix(text, start, end, () => '> ', QUOTE_PREFIX),
    bullet: (text, start, end) => toggleLinePrefix(text, start, end, () => '- ', BULLET_PREFIX),
    ordered: (text, start, end) => toggleLinePrefix(text, start, end, (i) => `${i + 1}. `, ORDERED_PREFIX),
    link: (text, start, end) =>
      insertAt(text, start, end, `[${text.slice(start, end) || words.link}](https://)`, 'https://'),
    image: (text, start, end) =>
      insertAt(text, start, end, `![${text.slice(start, end) || words.image}](https://)`, 'https://'),
  };
}

/** A markdown text area with DingTalk's formatting toolbar, shortcuts and the DingTalk link helper. */
export function MarkdownField<T extends FieldValues>({
  name,
  label,
  allowClickToSend,
}: {
  name: FieldPath<T>;
  label: string;
  /** dtmd:// links only work in markdown messages, not in ActionCards. */
  allowClickToSend: boolean;
}) {
  const { t } = useTranslation('composer');
  const { setValue } = useFormContext<T>();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [helper, setHelper] = useState<{ text: string; start: number; end: number } | null>(null);

  const apply = useCallback(
    (edit: Edit) => {
      const element = textarea.current;
      if (!element) return;
      const result = edit(element.value, element.selectionStart, element.selectionEnd);
      if (!replaceTextUndoable(element, result.text))
        setValue(name, result.text as PathValue<T, FieldPath<T>>, { shouldDirty: true, shouldValidate: true });
      element.focus();
      element.setSelectionRange(result.start, result.end);
    },
    [name, setValue],
  );

  const run = useCallback(
    (command: MarkdownCommand) => {
      if (command === 'linkHelper') {
        const element = textarea.current;
        if (!element) return;
        const { selectionStart: start, selectionEnd: end, value } = element;
        setHelper({ text: value.slice(start, end), start, end });
        return;
      }
      apply(
        editsFor({
          bold: t('toolbar.placeholderBold'),
          italic: t('toolbar.placeholderItalic'),
          link: t('toolbar.placeholderLink'),
          image: t('toolbar.placeholderImage'),
        })[command],
      );
    },
    [apply, t],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const command = shortcutOf(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  return (
    <Box>
      <MarkdownToolbar
        label={t('toolbar.label', { field: label })}
        onCommand={run}
        onColor={(hex) =>
          apply((text, start, end) =>
            toggleWrap(text, start, end, `<font color=${hex}>`, '</font>', t('toolbar.placeholderColor')),
          )
        }
      />
      <FormTextField<T>
        name={name}
        label={label}
        textareaRows={14}
        inputRef={textarea as Ref<HTMLTextAreaElement | HTMLInputElement | null>}
        onKeyDown={onKeyDown}
        helperText={t('fields.markdownHint')}
        inputProps={{ spellCheck: false }}
      />
      {helper ? (
        <Suspense fallback={null}>
          <LinkHelperDialog
            open
            initialText={helper.text}
            allowSend={allowClickToSend}
            onClose={() => {
              setHelper(null);
              textarea.current?.focus();
            }}
            onInsert={(markdown) => {
              const { start, end } = helper;
              setHelper(null);
              // The dialog returned focus; restore the selection it replaces before inserting.
              requestAnimationFrame(() => apply((text) => insertAt(text, start, end, markdown)));
            }}
          />
        </Suspense>
      ) : null}
    </Box>
  );
}
