import { isAbsolute, resolve } from 'node:path';
import { CoulerError } from '@couler/ir';
import type { SqlDialect } from './sql-dialect';

/** A database a statement runs against: its dialect and a URL its steps connect with. */
export interface DatabaseTarget {
  readonly dialect: SqlDialect;
  /** `sqlite:///abs/file.db`, `postgres://…`, `mysql://…` (MariaDB URLs become `mysql://`). */
  readonly url: string;
}

const ACCEPTED = 'sqlite:///absolute/file.db (or a file path), postgres://user:password@host:5432/database, mysql://user:password@host:3306/database or mariadb://…';

/**
 * Reads `--db`: a PostgreSQL, MySQL or MariaDB URL, or a SQLite file (`sqlite:` URL or plain
 * path, made absolute from `cwd`, since steps run in their own directories).
 *
 * @throws CoulerError `INVALID_FIELD` for any other scheme or an unreadable URL.
 */
export function parseDatabaseUrl(text: string, cwd: string = process.cwd()): DatabaseTarget {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'file' || scheme === 'sqlite' || scheme === 'sqlite3') {
    const path = scheme === undefined ? text : text.replace(/^[a-z0-9]+:(\/\/)?/i, '');
    if (path === '' || path === ':memory:') {
      throw new CoulerError('INVALID_FIELD', `The SQLite database needs a file: ${JSON.stringify(text)} names none (steps run as separate processes, so an in-memory database would be empty in each).`, { path: ['db'], hint: `Give ${ACCEPTED}.` });
    }
    const absolute = isAbsolute(path) ? path : resolve(cwd, path);
    return { dialect: 'sqlite', url: `sqlite://${absolute}` };
  }
  const dialect: SqlDialect | undefined = scheme === 'postgres' || scheme === 'postgresql' ? 'postgresql' : scheme === 'mysql' || scheme === 'mariadb' ? 'mysql' : undefined;
  if (!dialect) throw new CoulerError('INVALID_FIELD', `Couler's SQL front does not connect to "${scheme}:" databases.`, { path: ['db'], hint: `Give ${ACCEPTED}.` });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CoulerError('INVALID_FIELD', `${JSON.stringify(redactDatabaseUrl(text))} is not a URL.`, { path: ['db'], hint: `Give ${ACCEPTED}.` });
  }
  if (url.hostname === '') throw new CoulerError('INVALID_FIELD', `${JSON.stringify(redactDatabaseUrl(text))} names no host.`, { path: ['db'], hint: `Give ${ACCEPTED}.` });
  return { dialect, url: dialect === 'mysql' ? text.replace(/^mariadb:/i, 'mysql:') : text };
}

/** The URL with its password replaced by `***`, for messages and progress lines. */
export function redactDatabaseUrl(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

/** The SQLite file of a `sqlite://` URL. */
export function sqliteFile(url: string): string {
  return url.replace(/^sqlite:\/\//, '');
}
