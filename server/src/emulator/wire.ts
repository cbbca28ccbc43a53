import { dingtalkMessageSchema, MAX_BODY_BYTES, isSizeIssue, MSGTYPES, type DingtalkMessage } from '@dingpost/shared';
import type { z } from 'zod';
import { answers, type DingtalkAnswer } from './answers.ts';

export type WireResult = { ok: true; message: DingtalkMessage } | { ok: false; answer: DingtalkAnswer };

/** DingTalk names a nested parameter as `markdown --》 title`. */
const dingtalkPath = (path: readonly PropertyKey[]) => path.map(String).join(' --》 ');

function firstIssue(error: z.ZodError) {
  // The body-size refinement is answered from the raw bytes before parsing; an unknown key is a typo's
  // second symptom (`messageURL` for `messageUrl`), so name the missing field first.
  const issues = error.issues.filter((issue) => !isSizeIssue(issue));
  return issues.find((issue) => issue.code !== 'unrecognized_keys') ?? issues[0];
}

function unknownKeysPath(issue: z.core.$ZodIssue): readonly PropertyKey[] {
  if (issue.code !== 'unrecognized_keys') return issue.path;
  return [...issue.path, issue.keys[0] ?? ''];
}

/** An ActionCard with singleTitle and singleURL is a whole jump: DingTalk ignores its btns, whatever they hold. */
function withoutIgnoredButtons(body: Record<string, unknown>): Record<string, unknown> {
  const card = body.actionCard;
  if (body.msgtype !== 'actionCard' || typeof card !== 'object' || card === null || !('btns' in card)) return body;
  const { btns: _ignored, ...whole } = card as Record<string, unknown>;
  return 'singleTitle' in whole && 'singleURL' in whole ? { ...body, actionCard: whole } : body;
}

/** Strict reading of a request body, answering the errcode DingTalk gives for each kind of mistake. */
export function readWireMessage(raw: Uint8Array): WireResult {
  if (raw.byteLength > MAX_BODY_BYTES) return { ok: false, answer: answers.tooLong(raw.byteLength) };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch {
    return { ok: false, answer: answers.missingJson };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, answer: answers.missingJson };
  const msgtype = (body as Record<string, unknown>).msgtype;
  if (msgtype === undefined || msgtype === null || msgtype === '')
    return { ok: false, answer: answers.missingParam('msgtype') };
  if (typeof msgtype !== 'string' || !(MSGTYPES as readonly string[]).includes(msgtype))
    return { ok: false, answer: answers.unsupportedMsgtype };

  const parsed = dingtalkMessageSchema.safeParse(withoutIgnoredButtons(body as Record<string, unknown>));
  if (parsed.success) return { ok: true, message: parsed.data };
  const issue = firstIssue(parsed.error);
  if (issue === undefined) return { ok: false, answer: answers.tooLong(raw.byteLength) };
  return { ok: false, answer: answers.badParam(dingtalkPath(unknownKeysPath(issue))) };
}
