import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { readJson, removeItem, writeJson } from '../../../lib/storage.ts';
import { STORAGE_KEYS } from '../../../lib/storage-keys.ts';
import { coerceDraft } from './message-model.ts';

const VERSION = 1;

export interface StoredDraft {
  message: DingtalkMessage;
  savedAt: string;
}

export function saveDraft(message: DingtalkMessage, now: Date = new Date()): boolean {
  return writeJson(STORAGE_KEYS.composerDraft, { v: VERSION, message, savedAt: now.toISOString() });
}

/** The stored draft, or undefined when there is none or it is unreadable (never throws). */
export function loadDraft(): StoredDraft | undefined {
  const stored = readJson(STORAGE_KEYS.composerDraft);
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { v, message, savedAt } = stored as Record<string, unknown>;
  if (v !== VERSION) return undefined;
  const draft = coerceDraft(message);
  if (!draft) return undefined;
  return { message: draft, savedAt: typeof savedAt === 'string' ? savedAt : '' };
}

export function clearDraft(): void {
  removeItem(STORAGE_KEYS.composerDraft);
}
