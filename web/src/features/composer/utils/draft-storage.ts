import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { readJson, writeJson } from '../../../lib/storage.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { coerceDraft } from './message-model.ts';

/**
 * One draft per user of this browser, so on a shared computer nobody opens the composer on someone
 * else's unsent message (v1 kept a single draft for whoever came next).
 */
const VERSION = 2;

export interface StoredDraft {
  message: DingtalkMessage;
  savedAt: string;
}

type Drafts = Record<string, { message: unknown; savedAt: unknown }>;

/** The drafts by user id; a v1 single draft is given to whoever asks first, as v1 itself did. */
function readDrafts(userId: string): Drafts {
  const stored = readJson(STORAGE_KEYS.composerDraft);
  if (typeof stored !== 'object' || stored === null) return {};
  const { v, drafts, message, savedAt } = stored as Record<string, unknown>;
  if (v === 1) return { [userId]: { message, savedAt } };
  if (v !== VERSION || typeof drafts !== 'object' || drafts === null || Array.isArray(drafts)) return {};
  return drafts as Drafts;
}

export function saveDraft(userId: string, message: DingtalkMessage, now: Date = new Date()): boolean {
  const drafts = { ...readDrafts(userId), [userId]: { message, savedAt: now.toISOString() } };
  return writeJson(STORAGE_KEYS.composerDraft, { v: VERSION, drafts });
}

/** The user's stored draft, or undefined when there is none or it is unreadable (never throws). */
export function loadDraft(userId: string): StoredDraft | undefined {
  const drafts = readDrafts(userId);
  const stored = Object.hasOwn(drafts, userId) ? drafts[userId] : undefined;
  if (typeof stored !== 'object' || stored === null) return undefined;
  const draft = coerceDraft(stored.message);
  if (!draft) return undefined;
  return { message: draft, savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '' };
}
