import FormHelperText from '@mui/material/FormHelperText';
import { get, useFormContext, useFormState, type FieldPath, type FieldValues } from 'react-hook-form';

/** The error of a list as a whole ("add at least one button"), which zod reports on the array's path. */
export function ArrayError<T extends FieldValues>({ name }: { name: FieldPath<T> }) {
  const { control } = useFormContext<T>();
  const { errors } = useFormState({ control, name });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return message ? (
    <FormHelperText error role="alert">
      {message}
    </FormHelperText>
  ) : null;
}
