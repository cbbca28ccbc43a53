import { asSent, bodyBytes } from '@dingpost/shared/wire/limits';
import { MESSAGE_TOO_LONG, sendableMessageSchema, type DingtalkMessage } from '@dingpost/shared/wire/message';

/** Why Send cannot open the confirmation: each reason has its own words in the alert under the button. */
export type SendBlocker =
  { reason: 'json-syntax' } | { reason: 'too-long'; bytes: number } | { reason: 'fields' } | { reason: 'json-issues' };

interface SendState {
  /** The editor in use: the form, or the JSON text. */
  tab: 'form' | 'json';
  /** The form's own validation passed (always true on the JSON tab). */
  formOk: boolean;
  /** The JSON text parses as a message; when it does not, the message held is an older one. */
  jsonOk: boolean;
}

/**
 * What stops `wire` from being sent, or undefined when nothing does. The size is measured as the queue
 * sends it (with a msgUuid), by the same schema the server applies, so the two never disagree.
 */
export function sendBlocker(wire: DingtalkMessage, { tab, formOk, jsonOk }: SendState): SendBlocker | undefined {
  if (tab === 'json' && !jsonOk) return { reason: 'json-syntax' };
  const result = sendableMessageSchema.safeParse(wire);
  if (!result.success && result.error.issues.some((issue) => tooLong(issue)))
    return { reason: 'too-long', bytes: bodyBytes(asSent(wire)) };
  if (!formOk || !result.success) return { reason: tab === 'form' ? 'fields' : 'json-issues' };
  return undefined;
}

export function tooLong(issue: { code: string; params?: Record<string, unknown> }): boolean {
  return issue.code === 'custom' && issue.params?.code === MESSAGE_TOO_LONG;
}
