/**
 * Whether an error is a lazy page's code failing to load (server down, or a new build replaced the chunk):
 * each browser words it differently, and none of those words mean anything to a user.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message);
}
