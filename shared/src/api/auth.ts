import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { idSchema, isoDateSchema, pageOf, wholeNumberText } from './common.ts';

/** admin: everything; editor: compose, templates, send, history, sandbox inbox, check. */
export const ROLES = ['admin', 'editor'] as const;
export const roleSchema = z.enum(ROLES);

/** The session cookie set by POST /api/auth/login (HttpOnly, SameSite=Lax, Secure on https). */
export const SESSION_COOKIE = 'dingpost_session';
/** API keys start with this, e.g. `dp_…`; sent as `Authorization: Bearer dp_…`. */
export const API_KEY_PREFIX = 'dp_';
export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = z
  .string({ error: say({ zh: '请填写用户名', en: 'Enter a username' }) })
  .trim()
  .min(1, { error: say({ zh: '请填写用户名', en: 'Enter a username' }) })
  .max(64, { error: say({ zh: '用户名最多 64 个字符', en: 'At most 64 characters' }) })
  .regex(/^[\p{L}\p{N}._@-]+$/u, {
    error: say({
      zh: '用户名只能含字母、数字和 . _ @ -',
      en: 'Use letters, digits and . _ @ - only',
    }),
  });

export const passwordSchema = z
  .string({ error: say({ zh: '请填写密码', en: 'Enter a password' }) })
  .min(MIN_PASSWORD_LENGTH, {
    error: say({
      zh: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`,
      en: `At least ${MIN_PASSWORD_LENGTH} characters`,
    }),
  })
  .max(200, { error: say({ zh: '密码最多 200 个字符', en: 'At most 200 characters' }) });

/** Login takes any non-empty password: the length rule applies when one is set, not when one is tried. */
export const loginInputSchema = z.strictObject({
  username: z
    .string({ error: say({ zh: '请填写用户名', en: 'Enter a username' }) })
    .trim()
    .min(1, { error: say({ zh: '请填写用户名', en: 'Enter a username' }) })
    .max(64, { error: say({ zh: '用户名最多 64 个字符', en: 'At most 64 characters' }) }),
  password: z
    .string({ error: say({ zh: '请填写密码', en: 'Enter a password' }) })
    .min(1, { error: say({ zh: '请填写密码', en: 'Enter a password' }) })
    .max(200, { error: say({ zh: '密码最多 200 个字符', en: 'At most 200 characters' }) }),
});

/** POST /api/auth/password: a signed-in user sets a new password of their own. */
export const passwordChangeSchema = z.strictObject({
  currentPassword: z
    .string({ error: say({ zh: '请填写当前密码', en: 'Enter your current password' }) })
    .min(1, { error: say({ zh: '请填写当前密码', en: 'Enter your current password' }) })
    .max(200, { error: say({ zh: '密码最多 200 个字符', en: 'At most 200 characters' }) }),
  newPassword: passwordSchema,
});

export type PasswordChange = z.infer<typeof passwordChangeSchema>;

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  role: roleSchema,
  createdAt: isoDateSchema,
  disabled: z.boolean(),
});

/** The answer of POST /api/auth/login and GET /api/auth/me. */
export const meSchema = z.object({ user: userSchema });

export const userCreateSchema = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  role: roleSchema,
});

export const userUpdateSchema = z.strictObject({
  role: roleSchema.optional(),
  password: passwordSchema.optional(),
  disabled: z.boolean().optional(),
});

export const userListSchema = z.object({ items: z.array(userSchema) });

export const apiKeyNameSchema = z
  .string({ error: say({ zh: '请填写名称', en: 'Enter a name' }) })
  .trim()
  .min(1, { error: say({ zh: '请填写名称', en: 'Enter a name' }) })
  .max(60, { error: say({ zh: '名称最多 60 个字符', en: 'At most 60 characters' }) });

export const apiKeyCreateSchema = z.strictObject({ name: apiKeyNameSchema });

export const apiKeySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** The token's first 8 characters, to tell keys apart; the rest is never shown again. */
  prefix: z.string(),
  createdAt: isoDateSchema,
  lastUsedAt: isoDateSchema.nullable(),
  revokedAt: isoDateSchema.nullable(),
  /** The id of the admin who created it. */
  createdBy: idSchema,
});

export const apiKeyListSchema = z.object({ items: z.array(apiKeySchema) });

/** The answer of POST /api/api-keys: the only time the token is shown. */
export const apiKeyCreatedSchema = z.object({ apiKey: apiKeySchema, token: z.string() });

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_change',
  'robot.create',
  'robot.update',
  'robot.delete',
  'robot.test',
  'user.create',
  'user.update',
  'user.delete',
  'apikey.create',
  'apikey.revoke',
  'apikey.use',
  'delivery.create',
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);

export const auditActorSchema = z.object({
  kind: z.enum(['user', 'apiKey', 'system']),
  /** null for the system and for a failed login by an unknown username. */
  id: idSchema.nullable(),
  name: z.string(),
});

export const auditEntrySchema = z.object({
  id: idSchema,
  at: isoDateSchema,
  actor: auditActorSchema,
  action: auditActionSchema,
  /** The id of what the action touched (a robot, user, key or delivery), if any. */
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditQuerySchema = z.object({
  cursor: z.string().optional(),
  action: auditActionSchema.optional(),
  limit: wholeNumberText(1, 200).default(50),
});

export const auditPageSchema = pageOf(auditEntrySchema);

export type Role = z.infer<typeof roleSchema>;
export type LoginInput = z.infer<typeof loginInputSchema>;
export type User = z.infer<typeof userSchema>;
export type Me = z.infer<typeof meSchema>;
export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserUpdate = z.infer<typeof userUpdateSchema>;
export type ApiKeyCreate = z.infer<typeof apiKeyCreateSchema>;
export type ApiKey = z.infer<typeof apiKeySchema>;
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;
export type AuditAction = z.infer<typeof auditActionSchema>;
export type AuditActor = z.infer<typeof auditActorSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditQuery = z.input<typeof auditQuerySchema>;
