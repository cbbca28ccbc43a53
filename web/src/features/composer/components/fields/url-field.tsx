import type { FieldValues } from 'react-hook-form';
import { FormTextField, type FormTextFieldProps } from './form-text-field.tsx';

export function UrlField<T extends FieldValues>(props: FormTextFieldProps<T>) {
  return <FormTextField<T> placeholder="https://" inputProps={{ inputMode: 'url' }} {...props} />;
}
