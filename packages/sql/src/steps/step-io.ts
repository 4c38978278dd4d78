// What every step process shares: its arguments, JSON files in and out, the database, failing clearly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { connectDatabase, type ConnectOptions, type DatabaseConnection } from '../database/connect-database';
import { parseDatabaseUrl } from '../database/database-url';
import { DATABASE_URL_VARIABLE } from '../compile/database-secret';

/** A table as steps hand it to each other: column names and rows of values. */
export interface TableData {
  readonly columns: string[];
  readonly rows: unknown[][];
}

/** Stops the step with a message that says what to fix (the engine shows the last log lines). */
export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** The step's positional arguments by name; a missing one stops the step with its usage. */
export function stepArguments<Name extends string>(script: string, names: ReadonlyArray<Name>): Record<Name, string> {
  const values = process.argv.slice(2);
  if (values.length !== names.length) fail(`usage: ${script} ${names.map((name) => `<${name}>`).join(' ')} (got ${values.length} arguments)`);
  return Object.fromEntries(names.map((name, index) => [name, values[index]])) as Record<Name, string>;
}

export function readJson<T>(path: string, what: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${what} at ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    fail(`${what} at ${path} is not JSON: ${(error as Error).message}`);
  }
}

export function parseJsonArgument<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    fail(`${what} is not JSON (${(error as Error).message}): ${text.slice(0, 120)}`);
  }
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value)}\n`);
}

/**
 * Connects to the database the run was given (the `COULER_SQL_DATABASE_URL` key of the
 * workflow's Secret, never an argument: a password stays out of the IR and of `ps`).
 */
export async function openDatabase(options: ConnectOptions): Promise<DatabaseConnection> {
  const url = process.env[DATABASE_URL_VARIABLE];
  if (!url) fail(`${DATABASE_URL_VARIABLE} is not set: the step reads the database URL from the workflow's Secret`);
  try {
    return await connectDatabase(parseDatabaseUrl(url), options);
  } catch (error) {
    fail(`cannot connect to the database: ${(error as Error).message}`);
  }
}

/** Runs `body` with a connection, closes it, and turns a database error into a clear failure. */
export async function withDatabase<T>(options: ConnectOptions, what: string, body: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const connection = await openDatabase(options);
  try {
    return await body(connection);
  } catch (error) {
    fail(`${what}: ${(error as Error).message}`);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

/** JSON-safe values: dates as ISO text, bytes as hex, big integers as numbers when exact. */
export function plainValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return value;
}
