import {
  apiErrorSchema,
  apiKeyCreateSchema,
  apiKeyCreatedSchema,
  apiKeyListSchema,
  auditPageSchema,
  deliveryCreateSchema,
  deliveryListSchema,
  deliverySchema,
  dingtalkMessageSchema,
  loginInputSchema,
  passwordChangeSchema,
  meSchema,
  messageCheckInputSchema,
  messageCheckResultSchema,
  robotCreateSchema,
  robotListSchema,
  robotSchema,
  robotTestResultSchema,
  robotUpdateSchema,
  sandboxMessageListSchema,
  templateInputSchema,
  templateListSchema,
  templateRenderInputSchema,
  templateSchema,
  templateUpdateSchema,
  userCreateSchema,
  userListSchema,
  userSchema,
  userUpdateSchema,
} from '@dingpost/shared';
import { z } from 'zod';
import type { AccessRule } from '../../http/auth.ts';

/** Named schemas, as the API reads them (input: before defaults and transforms) and answers them (output). */
export const INPUTS = {
  RobotCreate: robotCreateSchema,
  RobotUpdate: robotUpdateSchema,
  TemplateInput: templateInputSchema,
  TemplateUpdate: templateUpdateSchema,
  TemplateRenderInput: templateRenderInputSchema,
  MessageCheckInput: messageCheckInputSchema,
  DeliveryCreate: deliveryCreateSchema,
  DingtalkMessage: dingtalkMessageSchema,
  LoginInput: loginInputSchema,
  PasswordChange: passwordChangeSchema,
  UserCreate: userCreateSchema,
  UserUpdate: userUpdateSchema,
  ApiKeyCreate: apiKeyCreateSchema,
} satisfies Record<string, z.ZodType>;

export const OUTPUTS = {
  Robot: robotSchema,
  RobotList: robotListSchema,
  RobotTestResult: robotTestResultSchema,
  Template: templateSchema,
  TemplateList: templateListSchema,
  DingtalkMessage: dingtalkMessageSchema,
  MessageCheckResult: messageCheckResultSchema,
  Delivery: deliverySchema,
  DeliveryList: deliveryListSchema,
  SandboxMessageList: sandboxMessageListSchema,
  Health: z.object({ status: z.literal('ok') }),
  Me: meSchema,
  User: userSchema,
  UserList: userListSchema,
  ApiKeyList: apiKeyListSchema,
  ApiKeyCreated: apiKeyCreatedSchema,
  AuditPage: auditPageSchema,
  ApiError: apiErrorSchema,
} satisfies Record<string, z.ZodType>;

type InputName = keyof typeof INPUTS;
type OutputName = keyof typeof OUTPUTS;

type Response = { description: string; body?: OutputName };

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** As mounted in Hono: /api/robots/:id. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Who may call it; the access control middleware (http/auth.ts) enforces exactly this. */
  access: AccessRule;
  query?: z.ZodObject;
  body?: InputName;
  /** Success answers; the error answers are added from what the operation takes. */
  responses: Record<number, Response>;
};

/** Access rules, named as the operation lists read them. */
export const PUBLIC: AccessRule = { allow: 'public' };
export const ADMIN: AccessRule = { allow: 'admin' };
export const EDITOR: AccessRule = { allow: 'editor' };
export const EDITOR_OR_KEY: AccessRule = { allow: 'editor', apiKey: true };

/** The operations of one tag: each is written without its `tag`. */
export function tagged(tag: string, ops: Omit<Operation, 'tag'>[]): Operation[] {
  return ops.map((op) => ({ ...op, tag }));
}

/** A single success answer, the common case: `{ 200: { description, body } }`. */
export function answers(status: number, description: string, body?: OutputName): Operation['responses'] {
  return { [status]: body ? { description, body } : { description } };
}

/** An error answer the operation documents beyond the standard ones. */
export const apiError = (description: string): Response => ({ description, body: 'ApiError' });
