import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, newSchemaName, POSTGRES_URL } from '../../test/support/test-server';
import { SecretBox } from '../secrets/secret-box';
import { migrateToLatest } from './migrate';
import { openDatabase } from './open-database';

describe('migrations on one PostgreSQL database shared by servers with schemas of their own', () => {
  const schemas = [newSchemaName('migrate'), newSchemaName('migrate')];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });

  it("a second schema gets Kysely's own tables too (not fooled by the first schema's), and every migration", async () => {
    const box = new SecretBox('the-server-secret-0123456789');
    const applied: string[][] = [];
    for (const schema of schemas) {
      const database = await openDatabase(POSTGRES_URL, { schema });
      try {
        applied.push(await migrateToLatest(database.db as never, database.dialect, box));
        const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(database.db);
        expect(rows.map((row) => row.name)).toEqual(applied[0]);
      } finally {
        await database.close();
      }
    }
    expect(applied[0]!.length).toBeGreaterThan(0);
    expect(applied[1]).toEqual(applied[0]);
  });
});
