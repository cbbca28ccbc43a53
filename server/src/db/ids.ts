import { randomBytes } from 'node:crypto';

/** Random bytes drawn a page at a time: a draw per id cost more than the rest of an enqueue's bookkeeping. */
const POOL_BYTES = 4096;
const ID_RANDOM_BYTES = 8;
let pool = Buffer.alloc(0);
let drawn = 0;

function randomHex(): string {
  if (drawn + ID_RANDOM_BYTES > pool.length) {
    pool = randomBytes(POOL_BYTES);
    drawn = 0;
  }
  drawn += ID_RANDOM_BYTES;
  return pool.toString('hex', drawn - ID_RANDOM_BYTES, drawn);
}

/** Short, URL-safe, roughly time-ordered ids. */
export function newId(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${randomHex()}`;
}
