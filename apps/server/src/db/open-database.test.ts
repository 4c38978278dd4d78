import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import Sqlite from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dropSchema, newSchemaName, POSTGRES_URL } from '../../test/support/test-server';
import { openDatabase } from './open-database';

describe('openDatabase with SQLite', () => {
  let directory: string;
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    directory = mkdtempSync(join(tmpdir(), 'couler-db-'));
    process.chdir(directory);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps ":memory:" in memory: no file appears, and the data lives while the database is open', async () => {
    const database = await openDatabase(':memory:');
    await sql`create table kept (value text)`.execute(database.db);
    await sql`insert into kept values ('here')`.execute(database.db);
    const { rows } = await sql<{ value: string }>`select value from kept`.execute(database.db);
    await database.close();
    expect(rows).toEqual([{ value: 'here' }]);
    expect(database.location).toBe(':memory:');
    expect(existsSync(join(directory, ':memory:'))).toBe(false);
  });

  it('creates a file, and the directories above it, for a path', async () => {
    const database = await openDatabase('nested/dir/server.db');
    await database.close();
    expect(existsSync(join(directory, 'nested', 'dir', 'server.db'))).toBe(true);
  });

  it('copies committed writes into the database file from its own thread, while the database stays open', async () => {
    const database = await openDatabase('server.db');
    try {
      await sql`create table kept (value text)`.execute(database.db);
      await sql`insert into kept values ('committed')`.execute(database.db);
      // A few pages stay in the write-ahead log until a checkpoint: SQLite's own comes at 1000.
      await sleep(1500);
      // The database file alone, without its log, has them once a checkpoint ran.
      copyFileSync('server.db', 'file-only.db');
      const fileOnly = new Sqlite('file-only.db', { readonly: true });
      try {
        expect(fileOnly.prepare('select value from kept').all()).toEqual([{ value: 'committed' }]);
      } finally {
        fileOnly.close();
      }
    } finally {
      await database.close();
    }
  });
});

describe('openDatabase with PostgreSQL', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it('lets servers that start at once create their schema together: every one connects', async () => {
    // PostgreSQL's CREATE SCHEMA IF NOT EXISTS fails with a unique violation when another
    // session creates the same schema at the same moment; a server then failed to start.
    for (let round = 0; round < 5; round++) {
      const schema = newSchemaName('together');
      schemas.push(schema);
      const databases = await Promise.all(Array.from({ length: 8 }, () => openDatabase(POSTGRES_URL, { schema })));
      const found = await sql<{ schema: string }>`select current_schema() as schema`.execute(databases[0]!.db);
      await Promise.all(databases.map((database) => database.close()));
      expect(found.rows[0]?.schema).toBe(schema);
    }
  });
});
