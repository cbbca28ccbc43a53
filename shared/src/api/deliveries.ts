import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { dingtalkMessageSchema, sendableMessageSchema } from '../wire/message.ts';
import { bilingualSchema, idSchema, isoDateSchema, pageOf, wholeNumberText } from './common.ts';
import { templateValuesSchema } from './templates.ts';

export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'digested'] as const;
export const deliveryStatusSchema = z.enum(DELIVERY_STATUSES);

const EITHER = say({
  zh: '请给出 message，或 templateId（及 variables），二者选一',
  en: 'Give either message, or templateId (with variables)',
});
/** A script that posted DingTalk's own body to us: the likeliest mistake of a first call. */
const MESSAGE_AT_TOP_LEVEL = say({
  zh: '钉钉消息要放在 message 里：{"robotId": "…", "message": {"msgtype": "text", …}}',
  en: 'Put the DingTalk message under message: {"robotId": "…", "message": {"msgtype": "text", …}}',
});

export const deliveryCreateSchema = z.union(
  [
    z.strictObject({ robotId: idSchema, message: sendableMessageSchema }),
    z.strictObject({ robotId: idSchema, templateId: idSchema, variables: templateValuesSchema.default({}) }),
  ],
  {
    error: (issue) =>
      (typeof issue.input === 'object' && issue.input !== null && 'msgtype' in issue.input
        ? MESSAGE_AT_TOP_LEVEL
        : EITHER)(),
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
  limit: wholeNumberText(1, 100).default(50),
});

export const deliveryListSchema = pageOf(deliverySchema);

export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;
export type DeliveryCreate = z.input<typeof deliveryCreateSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type DeliveryListQuery = z.input<typeof deliveryListQuerySchema>;
