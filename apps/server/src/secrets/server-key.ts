import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resolveCoulerHome } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';

export interface ServerKeyOptions {
  /** The secret itself. Default `$COULER_SERVER_SECRET`. */
  readonly secret?: string;
  /** A file holding it (trimmed). */
  readonly secretFile?: string;
  /** The Couler home where a key is generated when neither is given. */
  readonly home?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface ServerKey {
  readonly secret: string;
  /** Where it came from, for messages (never the secret). */
  readonly source: string;
}

/** A secret shorter than this is refused: the key derived from it would be guessable. */
const MIN_LENGTH = 16;

function checked(secret: string, source: string): ServerKey {
  if (secret.length < MIN_LENGTH) {
    throw new CoulerError('INVALID_FIELD', `The server secret from ${source} has ${secret.length} characters; it needs at least ${MIN_LENGTH}.`, {
      path: ['secret'],
      hint: 'Use a long random value, e.g. `openssl rand -base64 32`.',
    });
  }
  return { secret, source };
}

/**
 * The secret cluster credentials are encrypted under: `secret`, else the contents of
 * `secretFile` (`--secret-file`), else `$COULER_SERVER_SECRET`, else `<couler home>/server.key`, generated (32 random
 * bytes, mode 0600) on the first start. Servers sharing one database must share the secret.
 *
 * @throws CoulerError `INVALID_FIELD` for a secret that is too short, `LOAD_FAILED` for a
 *   secret file that cannot be read.
 */
export function resolveServerKey(options: ServerKeyOptions = {}): ServerKey {
  const env = options.env ?? process.env;
  if (options.secret !== undefined) return checked(options.secret, 'the secret option');
  if (options.secretFile !== undefined) {
    try {
      return checked(readFileSync(options.secretFile, 'utf8').trim(), options.secretFile);
    } catch (error) {
      if (CoulerError.isInstance(error)) throw error;
      throw new CoulerError('LOAD_FAILED', `Cannot read the server secret file ${options.secretFile}: ${(error as Error).message}.`, { path: ['secretFile'], cause: error });
    }
  }
  const fromEnv = env.COULER_SERVER_SECRET;
  if (fromEnv !== undefined && fromEnv !== '') return checked(fromEnv, 'COULER_SERVER_SECRET');
  const file = join(resolveCoulerHome(options.home).root, 'server.key');
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // `wx`: a server starting at the same moment wrote it first; read theirs below.
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new CoulerError('LOAD_FAILED', `Cannot write a new server key to ${file}: ${(error as Error).message}.`, { cause: error, hint: 'Give one with COULER_SERVER_SECRET or --secret-file.' });
    }
  }
  return checked(readFileSync(file, 'utf8').trim(), file);
}
