import { createHash, randomBytes } from 'node:crypto';

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

/** A random id with a readable prefix: `usr_4f1c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}
