const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * The origin this process reaches itself at: a wildcard listen address is not dialable, so loopback
 * stands in for it; any other host is where the server actually listens.
 */
export function localOrigin(host: string, port: number): string {
  const dialable = WILDCARDS.has(host) ? '127.0.0.1' : host;
  return `http://${dialable.includes(':') && !dialable.startsWith('[') ? `[${dialable}]` : dialable}:${port}`;
}
