/**
 * How other pages open a message in the composer (features do not import each other, so the contract
 * lives here):
 * - navigate('/', { state: composerLoadState(message, robotId) }), or
 * - a link to `/?load=template:<id>` or `/?load=delivery:<id>`, or
 * - a share link `/#m=…` (see share-link.ts).
 * Or on a blank message, as its "new message" does (with undo): a link to `composerNewHref('template')`.
 */
export interface ComposerLoad {
  /** A wire message (or a template's message with {{placeholders}}). */
  message: unknown;
  robotId?: string;
}

export const COMPOSER_LOAD_KEY = 'composerLoad';

export function composerLoadState(message: unknown, robotId?: string): Record<string, ComposerLoad> {
  return { [COMPOSER_LOAD_KEY]: robotId ? { message, robotId } : { message } };
}

export function composerLoadFrom(state: unknown): ComposerLoad | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const load = (state as Record<string, unknown>)[COMPOSER_LOAD_KEY];
  if (typeof load !== 'object' || load === null || !('message' in load)) return undefined;
  const { message, robotId } = load as { message: unknown; robotId?: unknown };
  return typeof robotId === 'string' ? { message, robotId } : { message };
}

export function composerLoadHref(source: 'template' | 'delivery', id: string): string {
  return `/?load=${source}:${encodeURIComponent(id)}`;
}

/** Why the composer is asked to start afresh; it says so in its notice. */
export type ComposerNewReason = 'template';
export const COMPOSER_NEW_PARAM = 'new';

export function composerNewHref(reason: ComposerNewReason): string {
  return `/?${COMPOSER_NEW_PARAM}=${reason}`;
}

export function composerNewFrom(search: URLSearchParams): ComposerNewReason | undefined {
  return search.get(COMPOSER_NEW_PARAM) === 'template' ? 'template' : undefined;
}
