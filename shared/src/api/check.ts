import { z } from 'zod';
import { bilingualSchema, idSchema } from './common.ts';
import { apiIssueSchema } from './errors.ts';

export const LINT_CODES = [
  'code', // fenced or indented code, inline code
  'table', // renders on PC only
  'html', // any tag but <font color>
  'strikethrough',
  'rule', // --- horizontal rule
  'mention-missing', // @mobile/@userId in `at` but not in the content
  'mention-mobile-shape', // a mobile in `at` that is not an 11-digit mainland number (nor +country code)
  'mention-unsupported', // `at` on a type that does not notify
  'color-name', // <font color=red>: PC only
  'single-newline', // a lone \n that DingTalk joins
  'body-near-limit',
  'body-over-limit',
  'dtmd-outside-markdown',
  'image-scheme', // image URL DingTalk cannot fetch
  'keyword-missing', // none of the robot's keywords appears
  'placeholder', // a {{name}} sent as typed: only a template's send fills it
] as const;

export const lintWarningSchema = z.object({
  code: z.enum(LINT_CODES),
  /** Which text field, as a dotted path in the message ("markdown.text"); null for the whole message. */
  field: z.string().nullable(),
  /** 1-based line in that field, when it points at one. */
  line: z.number().int().nullable(),
  severity: z.enum(['info', 'warning', 'error']),
  message: bilingualSchema,
  hint: bilingualSchema,
});

export const messageCheckInputSchema = z.strictObject({
  message: z.unknown(),
  robotId: idSchema.optional(),
});

export const messageCheckResultSchema = z.object({
  valid: z.boolean(),
  issues: z.array(apiIssueSchema),
  warnings: z.array(lintWarningSchema),
});

export type LintCode = (typeof LINT_CODES)[number];
export type LintWarning = z.infer<typeof lintWarningSchema>;
export type MessageCheckResult = z.infer<typeof messageCheckResultSchema>;
