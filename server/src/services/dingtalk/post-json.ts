import http from 'node:http';
import https from 'node:https';

/**
 * Connections to DingTalk (or the emulator) stay open between sends. An idle one is closed after 4 s,
 * before a server's usual 5 s keep-alive ends it under a request.
 */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, timeout: 4000 }),
  'https:': new https.Agent({ keepAlive: true, timeout: 4000 }),
};
/** DingTalk answers a few dozen bytes; anything near this is not DingTalk. */
const MAX_ANSWER_BYTES = 1024 * 1024;

export class PostTimeoutError extends Error {
  override name = 'TimeoutError';
}

export type Answer = {
  status: number;
  /** Epoch ms when the answer's headers came. */
  answeredAt: number;
  text: string;
};

/**
 * POSTs a JSON body with Node's own HTTP client (a send's fetch() cost more CPU than the rest of it).
 * Never follows a redirect. `timeoutMs` bounds the whole exchange, the answer's body included.
 */
export function postJson(url: string, body: string, timeoutMs: number): Promise<Answer> {
  const target = new URL(url);
  const transport = target.protocol === 'https:' ? https : http;
  const agent = target.protocol === 'https:' ? AGENTS['https:'] : AGENTS['http:'];
  return new Promise((resolve, reject) => {
    // Why we cut the exchange short, if we did: it wins over what the closing socket reports.
    let abortedFor: Error | undefined;
    const abort = (reason: Error) => {
      abortedFor ??= reason;
      request.destroy(reason);
    };
    const fail = (error: Error) => reject(abortedFor ?? error);
    const request = transport.request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const answeredAt = Date.now();
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) abort(new Error(`answer over ${MAX_ANSWER_BYTES} bytes`));
          else chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, answeredAt, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(new Error('connection closed before the answer was complete'));
        });
      },
    );
    const timer = setTimeout(() => abort(new PostTimeoutError(`timeout after ${timeoutMs} ms`)), timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('error', fail);
    request.end(body);
  });
}
