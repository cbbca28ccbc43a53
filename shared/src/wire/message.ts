import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';
import { bodyBytesFrom, MAX_BODY_BYTES, sentBodyBytesFrom } from './limits.ts';
import { imageUrlSchema, linkUrlSchema } from './urls.ts';

/** A required string that must hold more than white space. */
const requiredText = (what: { zh: string; en: string }) =>
  z
    .string({ error: say({ zh: `请填写${what.zh}`, en: `Enter the ${what.en}` }) })
    .regex(/\S/, { error: say({ zh: `${what.zh}不能为空`, en: `The ${what.en} cannot be empty` }) });

const flagSchema = z.enum(['0', '1'], {
  error: say({ zh: '只能是字符串 "0" 或 "1"', en: 'Must be the string "0" or "1"' }),
});

export const atMobileSchema = z
  .string()
  .regex(/^\+?[0-9xX*-]{3,20}$/, { error: say({ zh: '手机号格式不正确', en: 'Not a mobile number' }) });
export const atUserIdSchema = z
  .string()
  .regex(/^[^\s@]{1,64}$/, { error: say({ zh: 'userId 格式不正确', en: 'Not a user id' }) });

export const atSchema = z.strictObject({
  atMobiles: z.array(atMobileSchema).optional(),
  atUserIds: z.array(atUserIdSchema).optional(),
  /** Legacy field DingTalk still accepts. */
  atDingtalkIds: z.array(z.string()).optional(),
  isAtAll: z.boolean().optional(),
});

const common = {
  at: atSchema.optional(),
  /** Idempotency key: DingTalk shows a retried send with the same msgUuid once. */
  msgUuid: z.string().min(1).max(128).optional(),
};

export const textContentSchema = z.strictObject({
  content: requiredText({ zh: '消息内容', en: 'message content' }),
});

export const linkContentSchema = z.strictObject({
  title: requiredText({ zh: '标题', en: 'title' }),
  text: requiredText({ zh: '内容', en: 'text' }),
  messageUrl: linkUrlSchema,
  /** Optional; DingTalk's own example sends it empty. */
  picUrl: z.union([z.literal(''), imageUrlSchema]).optional(),
});

export const markdownContentSchema = z.strictObject({
  title: requiredText({ zh: '标题', en: 'title' }),
  text: requiredText({ zh: 'Markdown 内容', en: 'markdown text' }),
});

export const actionCardButtonSchema = z.strictObject({
  title: requiredText({ zh: '按钮文字', en: 'button title' }),
  actionURL: linkUrlSchema,
});

const actionCardBase = {
  title: requiredText({ zh: '标题', en: 'title' }),
  text: requiredText({ zh: '内容', en: 'text' }),
  /** "0": buttons stacked vertically, "1": side by side. */
  btnOrientation: flagSchema.optional(),
  /** Legacy: "1" hides the sender's avatar. */
  hideAvatar: flagSchema.optional(),
};

/** ActionCard, whole jump: the card has one button (singleTitle) opening singleURL. */
export const actionCardWholeSchema = z.strictObject({
  ...actionCardBase,
  singleTitle: requiredText({ zh: '按钮文字', en: 'button title' }),
  singleURL: linkUrlSchema,
});

/** ActionCard, independent jump: each button opens its own URL. */
export const actionCardIndependentSchema = z.strictObject({
  ...actionCardBase,
  btns: z
    .array(actionCardButtonSchema)
    .min(1, { error: say({ zh: '至少需要一个按钮', en: 'Add at least one button' }) }),
});

/**
 * The wire object holds either kind: when singleTitle/singleURL are set DingTalk ignores btns.
 * Optional fields plus one refinement give field-level paths, which a union of the two would not.
 */
export const actionCardContentSchema = z
  .strictObject({
    ...actionCardBase,
    singleTitle: actionCardWholeSchema.shape.singleTitle.optional(),
    singleURL: linkUrlSchema.optional(),
    btns: z.array(actionCardButtonSchema).optional(),
  })
  .superRefine((card, ctx) => {
    const whole = card.singleTitle !== undefined || card.singleURL !== undefined;
    if (whole) {
      if (card.singleTitle === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['singleTitle'],
          message: say({ zh: '请填写按钮文字', en: 'Enter the button title' })(),
        });
      if (card.singleURL === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['singleURL'],
          message: say({ zh: '请填写按钮链接', en: 'Enter the button link' })(),
        });
    } else if (!card.btns || card.btns.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['btns'],
        message: say({
          zh: '需要 singleTitle 与 singleURL（整体跳转），或至少一个按钮 btns（独立跳转）',
          en: 'Set singleTitle and singleURL (whole jump), or at least one button in btns (independent jump)',
        })(),
      });
    }
  });

export const feedCardLinkSchema = z.strictObject({
  title: requiredText({ zh: '标题', en: 'title' }),
  messageURL: linkUrlSchema,
  picURL: imageUrlSchema,
});

export const feedCardContentSchema = z.strictObject({
  links: z.array(feedCardLinkSchema).min(1, { error: say({ zh: '至少需要一条链接', en: 'Add at least one link' }) }),
});

export const textMessageSchema = z.strictObject({ msgtype: z.literal('text'), text: textContentSchema, ...common });
export const linkMessageSchema = z.strictObject({ msgtype: z.literal('link'), link: linkContentSchema, ...common });
export const markdownMessageSchema = z.strictObject({
  msgtype: z.literal('markdown'),
  markdown: markdownContentSchema,
  ...common,
});
export const actionCardMessageSchema = z.strictObject({
  msgtype: z.literal('actionCard'),
  actionCard: actionCardContentSchema,
  ...common,
});
export const feedCardMessageSchema = z.strictObject({
  msgtype: z.literal('feedCard'),
  feedCard: feedCardContentSchema,
  ...common,
});

export const MSGTYPES = ['text', 'link', 'markdown', 'actionCard', 'feedCard'] as const;

const WHICH_MSGTYPE = say({
  zh: 'msgtype 须为 text、link、markdown、actionCard 或 feedCard',
  en: 'msgtype must be text, link, markdown, actionCard or feedCard',
});
/** A message sent as a JSON string inside the JSON, say: what it is matters more than its msgtype. */
const NOT_AN_OBJECT = say({
  zh: '消息须为 JSON 对象，如 {"msgtype": "text", "text": {"content": "…"}}',
  en: 'The message must be a JSON object, such as {"msgtype": "text", "text": {"content": "…"}}',
});

const messageShapeSchema = z.discriminatedUnion(
  'msgtype',
  [textMessageSchema, linkMessageSchema, markdownMessageSchema, actionCardMessageSchema, feedCardMessageSchema],
  {
    error: (issue) => (typeof issue.input === 'object' && issue.input !== null ? WHICH_MSGTYPE : NOT_AN_OBJECT)(),
  },
);

/** Marks the size issue, so the API can answer it with its own error code. */
export const MESSAGE_TOO_LONG = 'message_too_long';

/** Whether `issue` is the size issue (MESSAGE_TOO_LONG) rather than one about the message's format. */
export const isSizeIssue = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'custom' && (issue.params as { code?: unknown } | undefined)?.code === MESSAGE_TOO_LONG;

/** Adds an issue when the body, as `measure` counts it (undefined: surely under the floor), is over DingTalk's limit. */
function checkBodySize(measure: (message: DingtalkMessage, floor: number) => number | undefined) {
  return (message: DingtalkMessage, ctx: z.RefinementCtx) => {
    const bytes = measure(message, MAX_BODY_BYTES + 1);
    if (bytes !== undefined && bytes > MAX_BODY_BYTES)
      ctx.addIssue({
        code: 'custom',
        path: [],
        params: { code: MESSAGE_TOO_LONG },
        message: say({
          zh: `消息体 ${bytes} 字节，超过钉钉上限 ${MAX_BODY_BYTES} 字节`,
          en: `The body is ${bytes} bytes, over DingTalk's limit of ${MAX_BODY_BYTES}`,
        })(),
      });
  };
}

/** Every message a DingTalk custom robot accepts, exactly as the API expects it. */
export const dingtalkMessageSchema = messageShapeSchema.superRefine(checkBodySize(bodyBytesFrom));

/**
 * A message dingpost takes for sending: DingTalk's format, measured as the queue will send it (with a
 * msgUuid, which counts toward DingTalk's limit). The emulator, as DingTalk, measures what it receives.
 */
export const sendableMessageSchema = messageShapeSchema.superRefine(checkBodySize(sentBodyBytesFrom));

export type DingtalkMessage = z.infer<typeof messageShapeSchema>;
export type Msgtype = DingtalkMessage['msgtype'];
export type At = z.infer<typeof atSchema>;
export type TextMessage = z.infer<typeof textMessageSchema>;
export type LinkMessage = z.infer<typeof linkMessageSchema>;
export type MarkdownMessage = z.infer<typeof markdownMessageSchema>;
export type ActionCardMessage = z.infer<typeof actionCardMessageSchema>;
export type FeedCardMessage = z.infer<typeof feedCardMessageSchema>;
export type ActionCardContent = z.infer<typeof actionCardContentSchema>;
export type ActionCardButton = z.infer<typeof actionCardButtonSchema>;
export type FeedCardLink = z.infer<typeof feedCardLinkSchema>;

/** The six kinds a person picks from: actionCard splits in two by how its buttons jump. */
export const MESSAGE_KINDS = [
  'text',
  'link',
  'markdown',
  'actionCardWhole',
  'actionCardIndependent',
  'feedCard',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export function messageKind(message: DingtalkMessage): MessageKind {
  if (message.msgtype !== 'actionCard') return message.msgtype;
  const card = message.actionCard;
  return card.singleTitle !== undefined || card.singleURL !== undefined ? 'actionCardWhole' : 'actionCardIndependent';
}

/** The markdown-bearing text of a message, if its type renders markdown. */
export function markdownTextOf(message: DingtalkMessage): string | undefined {
  if (message.msgtype === 'markdown') return message.markdown.text;
  if (message.msgtype === 'actionCard') return message.actionCard.text;
  return undefined;
}
