import { ROLES, type Role } from '@dingpost/shared/api/auth';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import NativeSelect from '@mui/material/NativeSelect';
import OutlinedInput from '@mui/material/OutlinedInput';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Admin or editor, as a native select (keyboard and screen readers get the platform's own control). */
export function RoleSelect({
  value,
  onChange,
  label,
  disabled,
  helperText,
  fullWidth = true,
}: {
  value: Role;
  onChange: (role: Role) => void;
  label: string;
  disabled?: boolean;
  helperText?: string;
  fullWidth?: boolean;
}) {
  const { t } = useTranslation('users');
  const id = useId();
  return (
    <FormControl size="small" fullWidth={fullWidth} disabled={disabled} sx={fullWidth ? undefined : { minWidth: 140 }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as Role)}
        input={<OutlinedInput label={label} notched />}
        inputProps={{ 'aria-describedby': helperText ? `${id}-helper` : undefined }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </NativeSelect>
      {helperText && <FormHelperText id={`${id}-helper`}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
