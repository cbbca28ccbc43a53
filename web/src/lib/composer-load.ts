/**
 * How other pages open a message in the composer (features do not import each other, so the contract
 * lives here):
 * - navigate('/', { state: composerLoadState(message, robotId) }), or
 * - a link to `/?load=template:<id>` or `/?load=delivery:<id>`, or
 * - a share link `/#m=…` (see share-link.ts).
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
