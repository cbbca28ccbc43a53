import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { dingtalkMessageSchema, sendableMessageSchema } from '../wire/message.ts';
import { bilingualSchema, idSchema, isoDateSchema, pageOf } from './common.ts';
import { templateValuesSchema } from './templates.ts';

export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'digested'] as const;
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES);

export const deliveryCreateSchema = z.union(
  [
    z.strictObject({ robotId: idSchema, message: sendableMessageSchema }),
    z.strictObject({ robotId: idSchema, templateId: idSchema, variables: templateValuesSchema.default({}) }),
  ],
  {
    error: say({
      zh: '请给出 message，或 templateId（及 variables），二者选一',
      en: 'Give either message, or templateId (with variables)',
    }),
  },
);

export const deliverySchema = z.object({
  id: idSchema,
  robotId: idSchema,
  templateId: idSchema.nullable(),
  status: deliveryStatusSchema,
  message: dingtalkMessageSchema,
  attempts: z.number().int(),
  errcode: z.number().int().nullable(),
  errmsg: z.string().nullable(),
  /** What went wrong and how to fix it, in plain words. */
  explanation: bilingualSchema.nullable(),
  /** Set when this delivery was merged into a digest message. */
  digestId: idSchema.nullable(),
  /** For queued deliveries: place in the robot's queue (1 = next) and the expected send time. */
  queuePosition: z.number().int().nullable(),
  eta: isoDateSchema.nullable(),
  createdAt: isoDateSchema,
  sentAt: isoDateSchema.nullable(),
});

export const deliveryListQuerySchema = z.object({
  robotId: idSchema.optional(),
  status: deliveryStatusSchema.optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const deliveryListSchema = pageOf(deliverySchema);

export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;
export type DeliveryCreate = z.input<typeof deliveryCreateSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type DeliveryListQuery = z.input<typeof deliveryListQuerySchema>;
