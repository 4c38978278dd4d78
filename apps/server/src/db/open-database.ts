import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CoulerError } from '@couler/ir';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type { Database } from './database-schema';
import { startWalCheckpointer } from './wal-checkpointer';

export type SqlDialectName = 'sqlite' | 'postgres';

export interface ServerDatabase {
  readonly db: Kysely<Database>;
  readonly dialect: SqlDialectName;
  /** Where it is, for messages: a file, or the PostgreSQL URL without its password. */
  readonly location: string;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL only: the schema to use (created when missing), so test files do not meet. */
  readonly schema?: string;
}

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** The PostgreSQL URL with its password masked, for messages and logs. */
export function maskUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new CoulerError('INVALID_FIELD', `"${name}" cannot be a PostgreSQL schema name.`, { hint: 'Use letters, digits and _ (at most 63), not starting with a digit.' });
  }
  return `"${name}"`;
}

// PostgreSQL's SQLSTATEs for a schema made by another session meanwhile: IF NOT EXISTS does not
// hold against one creating it at the same moment (the loser gets a unique violation on
// pg_namespace), which is what servers started together do.
const SCHEMA_MADE_MEANWHILE = new Set(['23505', '42P06']);

/** Creates `schema` (quoted) unless it exists, also when other servers create it at the same moment. */
async function createSchema(client: import('pg').PoolClient, schema: string): Promise<void> {
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    if (!SCHEMA_MADE_MEANWHILE.has((error as { code?: string }).code ?? '')) throw error;
  }
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<ServerDatabase> {
  const { default: pg } = await import('pg');
  const schema = options.schema === undefined ? undefined : quoteIdentifier(options.schema);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema !== undefined && { options: `-c search_path=${schema}` }),
    // bigserial event ids arrive as strings otherwise; they stay far below 2^53.
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  const location = maskUrl(url);
  try {
    const client = await pool.connect();
    try {
      if (schema !== undefined) await createSchema(client, schema);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new CoulerError('SERVER_ERROR', `Cannot connect to the database ${location}: ${(error as Error).message}.`, {
      cause: error,
      hint: 'Check that PostgreSQL runs, and the user, password and database name in --db.',
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

/** Most prepared statements kept per connection; the server's queries are a few dozen shapes. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * The connection as Kysely's SQLite dialect takes it, with its prepared statements kept:
 * Kysely prepares every query again, which was the largest single cost of a submission in a CPU
 * profile. Safe because better-sqlite3 runs one statement at a time, and the server does not
 * stream (a statement being iterated could not be run again meanwhile).
 */
function withStatementCache(connection: import('better-sqlite3').Database): SqliteDatabase {
  const statements = new Map<string, import('better-sqlite3').Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = connection.prepare(text);
        // Oldest out first: a Map iterates in insertion order.
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/** How often the WAL is copied into the database file: at 1,000 submissions a second it grows by about 1,000 pages (SQLite's own threshold) a second. */
const CHECKPOINT_EVERY_MS = 500;
/** SQLite's default: a commit that leaves the log longer than this checkpoints it. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** SQLite's own name for a database that lives in memory only and is gone with the process. */
const IN_MEMORY = ':memory:';

async function openSqlite(file: string): Promise<ServerDatabase> {
  const { default: SqliteDatabase } = await import('better-sqlite3');
  // Resolving ":memory:" as a path would create a file of that name in the working directory.
  const path = file === IN_MEMORY ? IN_MEMORY : resolve(file);
  if (path !== IN_MEMORY) mkdirSync(dirname(path), { recursive: true });
  const connection = new SqliteDatabase(path);
  // WAL lets readers (the CLI, a second process) read while the server writes.
  connection.pragma('journal_mode = WAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  // Checkpoints run in a thread of their own, not inside a request's commit (see startWalCheckpointer).
  // Should that thread fail, SQLite's own checkpoints come back, so that the log never grows without end.
  const onCheckpointFailure = (message: string) => {
    process.emitWarning(`SQLite WAL checkpoint of ${path} failed: ${message}; the server's connection checkpoints again.`);
    if (connection.open) connection.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  const checkpointer = path === IN_MEMORY ? undefined : startWalCheckpointer(path, CHECKPOINT_EVERY_MS, onCheckpointFailure);
  if (checkpointer) connection.pragma('wal_autocheckpoint = 0');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  await sql`select 1`.execute(db);
  return {
    db,
    dialect: 'sqlite',
    location: path,
    async close() {
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

/**
 * Opens the server's database: a `postgres://…` URL for PostgreSQL, `:memory:` for a SQLite
 * database that lives as long as the process (tests, demos), anything else is a SQLite file
 * (`sqlite:` prefix optional).
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<ServerDatabase> {
  if (POSTGRES_URL.test(url)) return openPostgres(url, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new CoulerError('INVALID_FIELD', `--db takes a postgres:// URL or a SQLite file; got "${maskUrl(url)}".`, { path: ['db'], hint: 'Example: --db postgres://user@localhost:5432/couler, or --db ./server.db' });
  }
  return openSqlite(url.replace(/^sqlite:/, ''));
}
