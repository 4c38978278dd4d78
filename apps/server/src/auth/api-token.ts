import { createHash, randomBytes, randomFillSync } from 'node:crypto';

/** Tokens start with this, so a leaked one is easy to recognise (and to scan for). */
const TOKEN_PREFIX = 'cst_';

/** A new API token: 32 random bytes. Only its hash is stored; the caller sees it once. */
export function newApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** sha256 of the token. Tokens are random and long, so a plain hash suffices (no salt, no KDF). */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Random bytes for ids, drawn from the system's CSPRNG 4 KiB at a time: one call for 455 ids
 * instead of one each, which a CPU profile of submissions (two ids each) found at 2 %.
 */
const idBytes = { pool: Buffer.alloc(4096), used: 4096 };

function randomIdBytes(size: number): Buffer {
  if (idBytes.used + size > idBytes.pool.length) {
    randomFillSync(idBytes.pool);
    idBytes.used = 0;
  }
  const bytes = idBytes.pool.subarray(idBytes.used, idBytes.used + size);
  idBytes.used += size;
  return bytes;
}

/** A random id with a readable prefix: `usr_4f1c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomIdBytes(9).toString('base64url')}`;
}
