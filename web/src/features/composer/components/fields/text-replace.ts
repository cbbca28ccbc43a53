/**
 * Replaces a textarea's value with `next` through the browser's editing commands where possible, so
 * Ctrl+Z undoes a toolbar action like any typing. Only the changed middle part is replaced.
 * Returns false when the browser refused (then the caller sets the value itself).
 */
export function replaceTextUndoable(element: HTMLTextAreaElement | HTMLInputElement, next: string): boolean {
  const current = element.value;
  if (current === next) return true;
  let prefix = 0;
  const max = Math.min(current.length, next.length);
  while (prefix < max && current[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && current[current.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  element.focus();
  element.setSelectionRange(prefix, current.length - suffix);
  const insert = next.slice(prefix, next.length - suffix);
  let done: boolean;
  try {
    done =
      typeof document.execCommand === 'function' &&
      (insert === '' ? document.execCommand('delete', false) : document.execCommand('insertText', false, insert));
  } catch {
    done = false;
  }
  return done && element.value === next;
}
