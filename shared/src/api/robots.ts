import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { MAX_KEYWORDS } from '../wire/limits.ts';
import { bilingualSchema, idSchema, isoDateSchema } from './common.ts';

/** An access token as DingTalk issues it (64 hex chars today; be lenient about length). */
export const ACCESS_TOKEN_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;
/** A signing secret as shown in the robot's security settings. */
export const SECRET_PATTERN = /^SEC[A-Za-z0-9]{16,128}$/;

const nameSchema = z
  .string({ error: say({ zh: '请填写名称', en: 'Enter a name' }) })
  .trim()
  .min(1, { error: say({ zh: '请填写名称', en: 'Enter a name' }) })
  .max(60, { error: say({ zh: '名称最多 60 个字符', en: 'At most 60 characters' }) });

export const keywordsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: say({ zh: '关键词不能为空', en: 'A keyword cannot be empty' }) })
      .max(20, { error: say({ zh: '关键词最多 20 个字符', en: 'A keyword has at most 20 characters' }) }),
  )
  .max(MAX_KEYWORDS, { error: say({ zh: `最多 ${MAX_KEYWORDS} 个关键词`, en: `At most ${MAX_KEYWORDS} keywords` }) })
  .superRefine((keywords, ctx) => {
    keywords.forEach((keyword, i) => {
      if (keywords.indexOf(keyword) !== i)
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: say({ zh: `关键词“${keyword}”重复了`, en: `The keyword “${keyword}” is listed twice` })(),
        });
    });
  });

export const webhookInputSchema = z
  .string({ error: say({ zh: '请粘贴 Webhook 地址', en: 'Paste the webhook URL' }) })
  .trim()
  .min(1, { error: say({ zh: '请粘贴 Webhook 地址', en: 'Paste the webhook URL' }) });

export const secretInputSchema = z
  .string()
  .trim()
  .regex(SECRET_PATTERN, {
    error: say({
      zh: '加签密钥以 SEC 开头，请从机器人安全设置中复制',
      en: 'A signing secret starts with SEC: copy it from the robot’s security settings',
    }),
  });

export const robotCreateSchema = z.strictObject({
  name: nameSchema,
  /** The URL DingTalk shows (…/robot/send?access_token=…) or the bare token. */
  webhook: webhookInputSchema,
  secret: secretInputSchema.optional(),
  keywords: keywordsSchema.default([]),
  /** Merge deliveries that pile up behind the rate limit into one digest message. */
  coalesce: z.boolean().default(false),
});

export const robotUpdateSchema = z.strictObject({
  name: nameSchema.optional(),
  webhook: webhookInputSchema.optional(),
  /** null removes the secret. */
  secret: secretInputSchema.nullable().optional(),
  keywords: keywordsSchema.optional(),
  coalesce: z.boolean().optional(),
});

/** A robot as the API shows it: never its token or secret. */
export const robotSchema = z.object({
  id: idSchema,
  name: z.string(),
  tokenHint: z.string(),
  hasSecret: z.boolean(),
  /** Empty for editors, who never see a robot's keywords: `hasKeywords` tells them whether there are any. */
  keywords: z.array(z.string()),
  /** Whether the robot has keywords; set in every answer (optional only for older clients' sake). */
  hasKeywords: z.boolean().optional(),
  coalesce: z.boolean(),
  /** The built-in emulator robot created on first start. */
  sandbox: z.boolean(),
  createdAt: isoDateSchema,
});

export const robotListSchema = z.object({ items: z.array(robotSchema) });

/**
 * The built-in Sandbox robot's keywords: a message reaches it only when it contains one of them, as with
 * a real robot's keyword security setting. Sample messages should include one.
 */
export const SANDBOX_KEYWORDS = ['通知', 'notice', 'dingpost'] as const;

/** The answer of POST /api/robots/:id/test: what DingTalk (or the sandbox) said, explained. */
export const robotTestResultSchema = z.object({
  ok: z.boolean(),
  errcode: z.number().int().nullable(),
  errmsg: z.string(),
  /** What happened in plain words and, on failure, how to fix it. */
  explanation: bilingualSchema.nullable(),
});

export type RobotCreate = z.input<typeof robotCreateSchema>;
export type RobotUpdate = z.input<typeof robotUpdateSchema>;
export type Robot = z.infer<typeof robotSchema>;
export type RobotTestResult = z.infer<typeof robotTestResultSchema>;

export type WebhookRefusal = 'not-url' | 'wrong-origin' | 'no-token' | 'bad-token';
export type WebhookParse = { ok: true; token: string } | { ok: false; reason: WebhookRefusal };

/**
 * The issue code the API puts on `webhook` when it refuses one. Only the server knows the DingTalk base URL
 * it allows, so this check is not in the schema: clients word the refusal from its code.
 */
export const WEBHOOK_ISSUE_CODES = {
  'not-url': 'webhook_not_url',
  'wrong-origin': 'webhook_wrong_origin',
  'no-token': 'webhook_no_token',
  'bad-token': 'webhook_bad_token',
} as const satisfies Record<WebhookRefusal, string>;

/**
 * Extracts the access token from what a user pasted. Only URLs on `baseUrl`'s origin and path
 * /robot/send are accepted, so the server never posts anywhere else (no SSRF).
 */
export function parseWebhook(input: string, baseUrl: string): WebhookParse {
  const value = input.trim();
  if (ACCESS_TOKEN_PATTERN.test(value)) return { ok: true, token: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'not-url' };
  }
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/$/, '');
  if (url.origin !== base.origin || url.pathname !== `${basePath}/robot/send` || url.username || url.password)
    return { ok: false, reason: 'wrong-origin' };
  const token = url.searchParams.get('access_token');
  if (!token) return { ok: false, reason: 'no-token' };
  if (!ACCESS_TOKEN_PATTERN.test(token)) return { ok: false, reason: 'bad-token' };
  return { ok: true, token };
}
