import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SecretBox } from '../../secrets/secret-box';
import { clusterCredentialsMigration, credentialContext } from './0005-cluster-credentials';

describe('migration 0005-cluster-credentials', () => {
  it('seals the credentials a cluster had in clear, and leaves the other settings readable', async () => {
    const db = new Kysely<{ clusters: { id: string; settings: string; credentials?: string | null; draining?: number } }>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    try {
      await db.schema.createTable('clusters').addColumn('id', 'text', (column) => column.primaryKey()).addColumn('settings', 'text', (column) => column.notNull()).execute();
      await db.insertInto('clusters').values([
        { id: 'cls_argo', settings: JSON.stringify({ server: 'https://argo:2746', namespace: 'ml', token: 'clear-token-123' }) },
        { id: 'cls_local', settings: '{}' },
      ]).execute();
      const box = new SecretBox('the-server-secret-0123456789');
      await clusterCredentialsMigration(box).up(db as never);
      const rows = await db.selectFrom('clusters').selectAll().orderBy('id').execute();
      expect(JSON.stringify(rows)).not.toContain('clear-token-123');
      expect(rows[0]).toMatchObject({ id: 'cls_argo', settings: JSON.stringify({ server: 'https://argo:2746', namespace: 'ml' }), draining: 0 });
      expect(JSON.parse(box.open(rows[0]!.credentials!, credentialContext('cls_argo')))).toEqual({ token: 'clear-token-123' });
      expect(rows[1]).toMatchObject({ id: 'cls_local', settings: '{}', credentials: null, draining: 0 });
    } finally {
      await db.destroy();
    }
  });
});
