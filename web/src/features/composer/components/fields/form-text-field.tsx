import { TextInput, type TextInputProps } from '../../../../components/text-input.tsx';
import { useCallback, type Ref } from 'react';
import { get, useFormContext, useFormState, type FieldPath, type FieldValues } from 'react-hook-form';

export type FormTextFieldProps<T extends FieldValues> = Omit<TextInputProps, 'name' | 'error' | 'inputRef'> & {
  name: FieldPath<T>;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement | null>;
};

function assignRef<V>(ref: Ref<V> | undefined, value: V) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A MUI text field bound to react-hook-form without being controlled: typing never re-renders the form,
 * and the field re-renders only when its own error changes. Errors come from zod in the current language.
 */
export function FormTextField<T extends FieldValues>({ name, helperText, inputRef, ...props }: FormTextFieldProps<T>) {
  const { register, control } = useFormContext<T>();
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  const { ref, ...field } = register(name);
  const setRefs = useCallback(
    (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      ref(element);
      assignRef(inputRef, element);
    },
    [ref, inputRef],
  );
  return (
    <TextInput {...props} {...field} inputRef={setRefs} error={Boolean(message)} helperText={message ?? helperText} />
  );
}
