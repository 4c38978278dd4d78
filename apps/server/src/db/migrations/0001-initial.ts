import type { Kysely, Migration } from 'kysely';
import type { SqlDialectName } from '../open-database';

/** Tenants, users, tokens, clusters, workflows, runs with their steps and events. */
export function initialMigration(dialect: SqlDialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('tenant_id', 'text', (column) => column.notNull().references('tenants.id'))
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('cpu_quota', 'double precision')
        .addColumn('memory_quota', 'double precision')
        .addColumn('gpu_quota', 'double precision')
        .addColumn('runs_quota', 'integer')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addUniqueConstraint('users_tenant_name', ['tenant_id', 'name'])
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('tenant_id', 'text', (column) => column.notNull().references('tenants.id'))
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('clusters')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull().unique())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('cpu', 'double precision', (column) => column.notNull())
        .addColumn('memory', 'double precision', (column) => column.notNull())
        .addColumn('gpu', 'double precision', (column) => column.notNull())
        .addColumn('settings', 'text', (column) => column.notNull())
        .addColumn('healthy', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('workflows')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('tenant_id', 'text', (column) => column.notNull().references('tenants.id'))
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('ir', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('workflows_tenant_created').on('workflows').columns(['tenant_id', 'created_at', 'id']).execute();
      await db.schema
        .createTable('runs')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('tenant_id', 'text', (column) => column.notNull().references('tenants.id'))
        .addColumn('user_id', 'text', (column) => column.notNull().references('users.id'))
        .addColumn('workflow_id', 'text', (column) => column.notNull())
        .addColumn('workflow_name', 'text', (column) => column.notNull())
        .addColumn('phase', 'text', (column) => column.notNull())
        .addColumn('priority', 'integer', (column) => column.notNull())
        .addColumn('cpu', 'double precision', (column) => column.notNull())
        .addColumn('memory', 'double precision', (column) => column.notNull())
        .addColumn('gpu', 'double precision', (column) => column.notNull())
        .addColumn('parameters', 'text', (column) => column.notNull())
        .addColumn('cluster_id', 'text')
        .addColumn('lease_owner', 'text')
        .addColumn('lease_expires_at', 'text')
        .addColumn('dispatch_action', 'text', (column) => column.notNull())
        .addColumn('retry_from', 'text')
        .addColumn('cancel_requested', 'integer', (column) => column.notNull())
        .addColumn('wait_reason', 'text')
        .addColumn('message', 'text')
        .addColumn('outputs', 'text')
        .addColumn('dispatches', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('queued_at', 'text', (column) => column.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('runs_tenant_created').on('runs').columns(['tenant_id', 'created_at', 'id']).execute();
      await db.schema.createIndex('runs_phase').on('runs').columns(['phase', 'lease_expires_at']).execute();
      await db.schema.createIndex('runs_workflow').on('runs').columns(['workflow_id']).execute();
      await db.schema
        .createTable('run_steps')
        .addColumn('run_id', 'text', (column) => column.notNull())
        .addColumn('step_id', 'text', (column) => column.notNull())
        .addColumn('step_name', 'text', (column) => column.notNull())
        .addColumn('phase', 'text', (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('message', 'text')
        .addColumn('exit_code', 'integer')
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('run_steps_pk', ['run_id', 'step_id'])
        .execute();
      // PostgreSQL has no AUTOINCREMENT keyword; SQLite's INTEGER PRIMARY KEY is its rowid.
      await db.schema
        .createTable('run_events')
        .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (column) => (dialect === 'postgres' ? column.primaryKey() : column.primaryKey().autoIncrement()))
        .addColumn('run_id', 'text', (column) => column.notNull())
        .addColumn('tenant_id', 'text', (column) => column.notNull())
        .addColumn('type', 'text', (column) => column.notNull())
        .addColumn('step_id', 'text')
        .addColumn('data', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('run_events_run_seq').on('run_events').columns(['run_id', 'seq']).execute();
    },
  };
}
