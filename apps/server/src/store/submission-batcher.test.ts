import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrate';
import { SecretBox } from '../secrets/secret-box';
import { openDatabase, type ServerDatabase } from '../db/open-database';
import type { RunRow } from './run-store';
import { SubmissionBatcher, type SubmissionRows } from './submission-batcher';

const now = '2026-01-01T00:00:00.000Z';

function submission(id: string): SubmissionRows {
  const run: RunRow = {
    id: `run-${id}`, tenant_id: 'tnt', user_id: 'usr', workflow_id: `wf-${id}`, workflow_name: 'w', phase: 'Queued', priority: 0, cpu: 1, memory: 0, gpu: 0, parameters: '{}',
    cluster_id: null, lease_owner: null, lease_expires_at: null, dispatch_action: 'start', retry_from: null, cancel_requested: 0, wait_reason: null, message: null, outputs: null, dispatches: 0,
    not_before: null, auto_retries: 0, deadline_seconds: null, external_run: null, parent_run_id: null, part: null, waiting_for: null, part_values: null,
    created_at: now, queued_at: now, started_at: null, finished_at: null, updated_at: now,
  };
  return { workflow: { id: `wf-${id}`, tenant_id: 'tnt', user_id: 'usr', name: 'w', ir: '{}', created_at: now }, runs: [run], events: [{ runId: run.id, tenantId: 'tnt', type: 'queued', data: {}, at: now }] };
}

describe('SubmissionBatcher', () => {
  let home: string;
  let database: ServerDatabase;
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'couler-batcher-'));
    database = await openDatabase(join(home, 'server.db'));
    await migrateToLatest(database.db as never, database.dialect, new SecretBox('a test server secret'));
    await database.db.insertInto('tenants').values({ id: 'tnt', name: 't', created_at: now }).execute();
    await database.db.insertInto('users').values({ id: 'usr', tenant_id: 'tnt', name: 'u', role: 'owner', cpu_quota: null, memory_quota: null, gpu_quota: null, runs_quota: null, created_at: now }).execute();
  });
  afterAll(async () => {
    await database?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('commits submissions that arrive together in one transaction, each promise resolving once its rows are stored', async () => {
    const batcher = new SubmissionBatcher(database.db);
    await Promise.all(Array.from({ length: 50 }, (_, index) => batcher.write(submission(`a${index}`))));
    const runs = await database.db.selectFrom('runs').select('id').where('id', 'like', 'run-a%').execute();
    expect(runs).toHaveLength(50);
    expect(await database.db.selectFrom('run_events').select('seq').where('run_id', 'like', 'run-a%').execute()).toHaveLength(50);
  });

  it('fails only the submission whose rows the database refuses, not the others of its batch', async () => {
    const batcher = new SubmissionBatcher(database.db);
    const results = await Promise.allSettled([batcher.write(submission('b1')), batcher.write(submission('a1')), batcher.write(submission('b2'))]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await database.db.selectFrom('runs').select('id').where('id', 'in', ['run-b1', 'run-b2']).execute();
    expect(stored.map((row) => row.id).sort()).toEqual(['run-b1', 'run-b2']);
  });
});
