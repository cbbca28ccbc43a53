import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { idSchema, isoDateSchema } from './common.ts';

/** A variable's name: letters of any script ({{姓名}} as well as {{name}}), digits and _, not starting with a digit. */
export const VARIABLE_NAME = String.raw`[\p{L}_][\p{L}\p{N}_]{0,63}`;
export const VARIABLE_NAME_PATTERN = new RegExp(`^${VARIABLE_NAME}$`, 'u');

export const templateVariableSchema = z.strictObject({
  name: z.string().regex(VARIABLE_NAME_PATTERN, {
    error: say({
      zh: '变量名只能含文字、数字和下划线，且不以数字开头',
      en: 'Use letters, digits and underscores, not starting with a digit',
    }),
  }),
  label: z.string().max(100).default(''),
  default: z.string().default(''),
  sample: z.string().default(''),
});

/** Values for a template's {{variables}}, by name. */
export const templateValuesSchema = z.record(z.string(), z.string());

/**
 * A template's message: the wire format, except any string may hold {{name}} placeholders, so it is
 * checked by rendering it with the variables' samples (see templates/render.ts) rather than as is.
 */
export const templateMessageSchema = z.looseObject({ msgtype: z.string() });

export const templateInputSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: say({ zh: '请填写模板名称', en: 'Enter a template name' }) })
    .max(100),
  description: z.string().max(500).default(''),
  message: templateMessageSchema,
  variables: z.array(templateVariableSchema).default([]),
});

/** Only the fields given change: unlike `templateInputSchema.partial()`, no defaults fill in absent ones. */
export const templateUpdateSchema = z.strictObject({
  name: templateInputSchema.shape.name.optional(),
  description: z.string().max(500).optional(),
  message: templateMessageSchema.optional(),
  variables: z.array(templateVariableSchema).optional(),
});

export const templateSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  message: templateMessageSchema,
  variables: z.array(templateVariableSchema),
  createdAt: isoDateSchema,
  updatedAt: isoDateSchema,
});

export const templateListSchema = z.object({ items: z.array(templateSchema) });
export const templateRenderInputSchema = z.strictObject({ variables: templateValuesSchema.default({}) });

export type TemplateVariable = z.infer<typeof templateVariableSchema>;
export type TemplateInput = z.input<typeof templateInputSchema>;
export type Template = z.infer<typeof templateSchema>;
export type TemplateValues = z.infer<typeof templateValuesSchema>;
