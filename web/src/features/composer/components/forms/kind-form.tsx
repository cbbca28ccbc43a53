import { zodResolver } from '@hookform/resolvers/zod';
import type { DingtalkMessage, MessageKind } from '@dingpost/shared/wire/message';
import { memo, useEffect, useImperativeHandle, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useForm, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { KIND_SCHEMAS } from '../../utils/message-model.ts';
import { KindFields } from './kind-fields.tsx';

export interface KindFormHandle {
  /** Validates every field, showing the errors; true when the message is valid. */
  validate: () => Promise<boolean>;
  /** Shows errors the server reported, by path inside the message ("text.content"). */
  showIssues: (issues: { path: string; message: string }[]) => void;
}

/** Dotted paths of the fields that currently show an error. */
function errorPaths(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (key === 'root' || key === 'ref') return [];
    if ('message' in value && typeof value.message === 'string') return [path];
    return errorPaths(value as FieldErrors, path);
  });
}

/**
 * One react-hook-form per kind, validated by that kind's shared zod schema as the user types. The form
 * owns the typing; every change is reported upward as a fresh copy, for the preview and the checks.
 */
interface KindFormProps {
  kind: MessageKind;
  /** Read once, when the form mounts: later changes come from the form itself (remount to replace). */
  defaultValues: DingtalkMessage;
  onChange: (message: DingtalkMessage) => void;
  ref?: Ref<KindFormHandle>;
}

function KindFormInner({ kind, defaultValues, onChange, ref }: KindFormProps) {
  const { i18n } = useTranslation();
  const form = useForm<FieldValues>({
    resolver: zodResolver(KIND_SCHEMAS[kind]) as unknown as Resolver<FieldValues>,
    defaultValues,
    mode: 'onChange',
  });
  const { subscribe, trigger, setError, getValues } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => onChange(structuredClone(values) as DingtalkMessage),
      }),
    [subscribe, onChange],
  );

  // Errors already shown were written in the previous language: validate those fields again. They are
  // followed by subscription: form.formState is the last render's, and this form does not re-render.
  useEffect(() => {
    let shown: FieldErrors = {};
    const unsubscribe = subscribe({ formState: { errors: true }, callback: ({ errors }) => (shown = errors ?? {}) });
    const retranslate = () => {
      const paths = errorPaths(shown);
      if (paths.length > 0) void trigger(paths);
    };
    i18n.on('languageChanged', retranslate);
    return () => {
      unsubscribe();
      i18n.off('languageChanged', retranslate);
    };
  }, [i18n, subscribe, trigger]);

  useImperativeHandle(
    ref,
    () => ({
      validate: () => trigger(undefined, { shouldFocus: true }),
      showIssues: (issues) => {
        for (const issue of issues)
          if (issue.path && getValues(issue.path) !== undefined) setError(issue.path, { message: issue.message });
      },
    }),
    [trigger, setError, getValues],
  );

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <KindFields kind={kind} />
      </form>
    </FormProvider>
  );
}

/** Typing re-renders the composer (preview, checks) but never the form: its values only seed it. */
export const KindForm = memo(
  KindFormInner,
  (before, after) => before.kind === after.kind && before.onChange === after.onChange && before.ref === after.ref,
);
