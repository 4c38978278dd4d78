import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sqliteFile, type DatabaseTarget } from './database-url';
import { quoteIdentifier } from './quote-identifier';
import type { SqlDialect } from './sql-dialect';

// The drivers are CommonJS, and only steps load them: `import`ing @couler/sql stays light.
const require = createRequire(import.meta.url);

/** Rows as arrays, in the order of `columns`. */
export interface QueryResult {
  readonly columns: string[];
  readonly rows: unknown[][];
  /** Rows changed, for statements that change rows. */
  readonly changes?: number;
}

/** One connection to the database, the same for SQLite, PostgreSQL and MySQL/MariaDB. */
export interface DatabaseConnection {
  readonly dialect: SqlDialect;
  /**
   * Runs one statement, `params` bound (never spliced). Every driver here refuses a text
   * holding two statements, so a statement cannot carry a second one along.
   */
  query(sql: string, params?: ReadonlyArray<unknown>): Promise<QueryResult>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Refuse every write on this connection (the extract step). */
  readonly readOnly?: boolean;
  /**
   * SQLite only: schemas the statements name (`iris.train`), each attached from the file
   * `<schema>.db` beside the main database, as MySQL keeps a database per directory.
   */
  readonly schemas?: ReadonlyArray<string>;
}

export async function connectDatabase(target: DatabaseTarget, options: ConnectOptions = {}): Promise<DatabaseConnection> {
  switch (target.dialect) {
    case 'sqlite':
      return connectSqlite(sqliteFile(target.url), options);
    case 'postgresql':
      return connectPostgres(target.url, options);
    case 'mysql':
      return connectMysql(target.url, options);
  }
}

/** The file a SQLite schema lives in: `<schema>.db` beside the main database. */
export function sqliteSchemaFile(mainFile: string, schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
    throw new Error(`the SQLite schema ${JSON.stringify(schema)} is not a plain name (letters, digits, _): it names a file beside the database`);
  }
  return join(dirname(mainFile), `${schema}.db`);
}

function connectSqlite(file: string, options: ConnectOptions): DatabaseConnection {
  const Database = require('better-sqlite3');
  const database = new Database(file, { readonly: options.readOnly === true, fileMustExist: options.readOnly === true });
  for (const schema of new Set(options.schemas ?? [])) {
    if (schema === 'main' || schema === 'temp') continue;
    database.prepare(`ATTACH DATABASE ? AS ${quoteIdentifier('sqlite', schema)}`).run(sqliteSchemaFile(file, schema));
  }
  return {
    dialect: 'sqlite',
    async query(sql, params = []) {
      const statement = database.prepare(sql);
      const values = params.map((value) => (typeof value === 'boolean' ? Number(value) : value));
      if (statement.reader) {
        const columns = statement.columns().map((column: { name: string }) => column.name);
        return { columns, rows: statement.raw(true).all(...values) };
      }
      return { columns: [], rows: [], changes: statement.run(...values).changes };
    },
    async close() {
      database.close();
    },
  };
}

async function connectPostgres(url: string, options: ConnectOptions): Promise<DatabaseConnection> {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  if (options.readOnly) await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  return {
    dialect: 'postgresql',
    async query(sql, params = []) {
      // The extended protocol takes exactly one statement (the simple one would run several).
      const result = await client.query({ text: sql, values: [...params], rowMode: 'array', queryMode: 'extended' });
      return { columns: (result.fields ?? []).map((field: { name: string }) => field.name), rows: result.rows ?? [], changes: result.rowCount ?? 0 };
    },
    async close() {
      await client.end();
    },
  };
}

async function connectMysql(url: string, options: ConnectOptions): Promise<DatabaseConnection> {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection({ uri: url, multipleStatements: false, dateStrings: true, supportBigNumbers: true });
  if (options.readOnly) await connection.query('SET SESSION TRANSACTION READ ONLY');
  return {
    dialect: 'mysql',
    async query(sql, params = []) {
      const [rows, fields] = await connection.query({ sql, rowsAsArray: true }, [...params]);
      if (!Array.isArray(rows)) return { columns: [], rows: [], changes: (rows as { affectedRows: number }).affectedRows };
      return { columns: (fields ?? []).map((field: { name: string }) => field.name), rows: rows as unknown[][] };
    },
    async close() {
      await connection.end();
    },
  };
}
