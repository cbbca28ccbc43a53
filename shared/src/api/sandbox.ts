import { z } from 'zod';
import { dingtalkMessageSchema } from '../wire/message.ts';
import { idSchema, isoDateSchema } from './common.ts';

/** A message the built-in DingTalk emulator accepted, as the group would see it. */
export const sandboxMessageSchema = z.object({
  id: idSchema,
  receivedAt: isoDateSchema,
  message: dingtalkMessageSchema,
});

export const sandboxMessageListSchema = z.object({ items: z.array(sandboxMessageSchema) });

export type SandboxMessage = z.infer<typeof sandboxMessageSchema>;
