import type { StorageKey } from './storage-keys.ts';

/**
 * localStorage behind guards: private modes, disabled storage and full quotas throw, and none of that
 * may break the app — a failed read is "nothing stored", a failed write reports false.
 */
function store(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function readString(key: StorageKey): string | undefined {
  try {
    return store()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeString(key: StorageKey, value: string): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(key: StorageKey): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

/** Reads JSON, or undefined when absent or corrupt; callers validate the shape themselves. */
export function readJson(key: StorageKey): unknown {
  const text = readString(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function writeJson(key: StorageKey, value: unknown): boolean {
  return writeString(key, JSON.stringify(value));
}
