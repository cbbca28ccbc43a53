import type { DingtalkMessage } from '@dingpost/shared/wire/message';
import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The message being composed, outside React state: a keystroke re-renders only what shows the message
 * (preview, checks), never the form or the page around it.
 */
export interface MessageStore {
  get: () => DingtalkMessage;
  set: (message: DingtalkMessage) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createMessageStore(initial: DingtalkMessage): MessageStore {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (message) => {
      if (message === value) return;
      value = message;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStoredMessage(store: MessageStore): DingtalkMessage {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** A derived value that re-renders only when it changes (compare with Object.is: return primitives). */
export function useStoredSelector<T>(store: MessageStore, select: (message: DingtalkMessage) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The message, updated at most once per `delayMs` of quiet: for checks that need not follow every keystroke. */
export function useSettledMessage(store: MessageStore, delayMs: number): DingtalkMessage {
  const [message, setMessage] = useState(store.get);
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setMessage(store.get()), delayMs);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, [store, delayMs]);
  return message;
}
