import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { RunPhase, StepPhase } from '../engine/step-phase';
import type {
  AttemptRecord,
  CacheEntry,
  CacheLookup,
  FailureClass,
  RunRecord,
  StepOutputs,
  StepRecord,
  StoredArtifact,
} from './state-records';
import { userKeyed } from '../internal/user-keyed';
import type { MetricSample } from './run-metrics';
import { WriteQueue } from './write-queue';

const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY,
  workflow_name TEXT NOT NULL,
  workflow_json TEXT NOT NULL,
  parameters_json TEXT NOT NULL,
  settings_json TEXT NOT NULL,
  phase TEXT NOT NULL,
  message TEXT,
  created_at TEXT NOT NULL,
  started_at TEXT,
  finished_at TEXT,
  engine_pid INTEGER,
  run_dir TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS steps (
  run_id TEXT NOT NULL,
  id TEXT NOT NULL,
  step_name TEXT NOT NULL,
  stage TEXT NOT NULL,
  iteration INTEGER NOT NULL,
  map_index INTEGER,
  item_json TEXT,
  phase TEXT NOT NULL,
  message TEXT,
  started_at TEXT,
  finished_at TEXT,
  exit_code INTEGER,
  signal TEXT,
  attempts INTEGER NOT NULL,
  cache_key TEXT,
  cached_from TEXT,
  seq INTEGER NOT NULL,
  PRIMARY KEY (run_id, id)
);
CREATE TABLE IF NOT EXISTS outputs (
  run_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  value TEXT,
  hash TEXT,
  artifact_kind TEXT,
  size INTEGER,
  PRIMARY KEY (run_id, step_id, kind, name)
);
CREATE TABLE IF NOT EXISTS attempts (
  run_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  phase TEXT NOT NULL,
  exit_code INTEGER,
  signal TEXT,
  message TEXT,
  failure_class TEXT,
  log_path TEXT NOT NULL,
  pid INTEGER,
  PRIMARY KEY (run_id, step_id, attempt)
);
CREATE TABLE IF NOT EXISTS kept_artifacts (
  hash TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS artifacts (
  hash TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cache_entries (
  key TEXT PRIMARY KEY,
  workflow_name TEXT NOT NULL,
  step_name TEXT NOT NULL,
  run_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  parts_json TEXT NOT NULL,
  outputs_json TEXT NOT NULL,
  size INTEGER NOT NULL,
  last_used_at TEXT NOT NULL,
  hits INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS cache_entries_by_step ON cache_entries (workflow_name, step_name, created_at);
CREATE TABLE IF NOT EXISTS metrics (
  run_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  help TEXT NOT NULL,
  labels_json TEXT NOT NULL,
  value REAL NOT NULL,
  buckets_json TEXT,
  seq INTEGER NOT NULL,
  PRIMARY KEY (run_id, step_id, name, labels_json)
);
CREATE TABLE IF NOT EXISTS cache_lookups (
  run_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  step_name TEXT NOT NULL,
  workflow_name TEXT NOT NULL,
  key TEXT NOT NULL,
  parts_json TEXT NOT NULL,
  hit INTEGER NOT NULL,
  note TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (run_id, step_id)
);
`;

type Row = Record<string, unknown>;

const text = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));
const integer = (value: unknown): number | undefined => (value === null || value === undefined ? undefined : Number(value));

function runFromRow(row: Row): RunRecord {
  return {
    id: String(row.id),
    workflowName: String(row.workflow_name),
    workflow: JSON.parse(String(row.workflow_json)),
    parameters: JSON.parse(String(row.parameters_json)),
    settings: JSON.parse(String(row.settings_json)),
    phase: row.phase as RunPhase,
    ...(text(row.message) !== undefined && { message: text(row.message) }),
    createdAt: String(row.created_at),
    ...(text(row.started_at) !== undefined && { startedAt: text(row.started_at) }),
    ...(text(row.finished_at) !== undefined && { finishedAt: text(row.finished_at) }),
    ...(integer(row.engine_pid) !== undefined && { enginePid: integer(row.engine_pid) }),
    runDir: String(row.run_dir),
  };
}

function attemptFromRow(row: Row): AttemptRecord {
  return {
    runId: String(row.run_id),
    stepId: String(row.step_id),
    attempt: Number(row.attempt),
    startedAt: String(row.started_at),
    ...(text(row.finished_at) !== undefined && { finishedAt: text(row.finished_at) }),
    phase: row.phase as StepPhase,
    ...(integer(row.exit_code) !== undefined && { exitCode: integer(row.exit_code) }),
    ...(text(row.signal) !== undefined && { signal: text(row.signal) }),
    ...(text(row.message) !== undefined && { message: text(row.message) }),
    ...(text(row.failure_class) !== undefined && { failureClass: text(row.failure_class) as FailureClass }),
    logPath: String(row.log_path),
    ...(integer(row.pid) !== undefined && { pid: integer(row.pid) }),
  };
}

function cacheEntryFromRow(row: Row): CacheEntry {
  return {
    key: String(row.key),
    workflowName: String(row.workflow_name),
    stepName: String(row.step_name),
    runId: String(row.run_id),
    stepId: String(row.step_id),
    createdAt: String(row.created_at),
    ...(text(row.expires_at) !== undefined && { expiresAt: text(row.expires_at) }),
    parts: JSON.parse(String(row.parts_json)),
    outputs: JSON.parse(String(row.outputs_json)),
    size: Number(row.size),
    lastUsedAt: String(row.last_used_at),
    hits: Number(row.hits),
  };
}

/**
 * The engine's durable state in one SQLite file (WAL mode). Every change that matters for
 * recovery is one transaction: a step's phase and its outputs are written together, so a
 * `kill -9` at any moment leaves either the old row or the new one, never half of it.
 *
 * A running engine calls `batchWrites()`: step, attempt and cache-lookup records are then
 * queued and committed together once per turn of the event loop (`WriteQueue`), and
 * `committed()` says when they are durable. Any other call first commits what is queued, so
 * reads see every write and writes land in the order they were made.
 */
export class StateStore {
  // Private, and typed through better-sqlite3 only inside: users need no @types/better-sqlite3.
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private sequence = 0;
  private readonly queue = new WriteQueue((writes) => this.commitQueued(writes));
  /** Runs writes in one transaction. Made once: better-sqlite3 prepares BEGIN and COMMIT per wrapper. */
  private readonly inTransaction: (writes: ReadonlyArray<() => void>) => void;
  private batching = false;
  private committing = false;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // WAL + NORMAL survives a crash of the process (all a kill -9 can do); only a power loss
    // may cost the last transactions. FULL would fsync every step for nothing more.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    const version = Number(this.db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new Error(`${file} was written by a newer Couler (schema ${version}, this one knows ${SCHEMA_VERSION}); upgrade @couler/backend-local.`);
    }
    this.inTransaction = this.db.transaction((writes: ReadonlyArray<() => void>) => {
      for (const write of writes) write();
    });
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.sequence = Number((this.statement('SELECT COALESCE(MAX(seq), 0) AS seq FROM steps').get() as Row).seq);
  }

  close(): void {
    try {
      this.queue.flush();
    } finally {
      this.db.close();
    }
  }

  /** From now on, queue step, attempt and cache-lookup records and commit them once per turn. */
  batchWrites(): void {
    this.batching = true;
  }

  /**
   * Resolves once every record written so far is committed (at once when none is queued): at
   * the end of this turn, or, when not `soon`, with the next commit (within `LAZY_FLUSH_MS`).
   */
  committed(soon = true): Promise<void> {
    return this.queue.committed(soon);
  }

  /**
   * A write of the hot path: queued when batching, else its own transaction now. `row` names
   * the row a write sets whole, so that a later write of it replaces the queued one.
   */
  private write(change: () => void, row?: string): void {
    if (this.batching) this.queue.add(change, row);
    else this.inTransaction([change]);
  }

  private commitQueued(writes: ReadonlyArray<() => void>): void {
    this.committing = true;
    try {
      this.inTransaction(writes);
    } finally {
      this.committing = false;
    }
  }

  /** `wal` once opened: readers never wait for the engine, and a crash loses no committed step. */
  journalMode(): string {
    return String(this.db.pragma('journal_mode', { simple: true }));
  }

  private statement(sql: string): Database.Statement {
    // Whatever comes next — a read, a direct write — must see and follow what is queued.
    if (!this.committing && this.queue.size > 0) this.queue.flush();
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  // ---- runs ----

  createRun(run: RunRecord): void {
    this.statement(
      `INSERT INTO runs (id, workflow_name, workflow_json, parameters_json, settings_json, phase, message, created_at, started_at, finished_at, engine_pid, run_dir)
       VALUES (@id, @workflowName, @workflowJson, @parametersJson, @settingsJson, @phase, @message, @createdAt, @startedAt, @finishedAt, @enginePid, @runDir)`,
    ).run({
      id: run.id,
      workflowName: run.workflowName,
      workflowJson: JSON.stringify(run.workflow),
      parametersJson: JSON.stringify(run.parameters),
      settingsJson: JSON.stringify(run.settings),
      phase: run.phase,
      message: run.message ?? null,
      createdAt: run.createdAt,
      startedAt: run.startedAt ?? null,
      finishedAt: run.finishedAt ?? null,
      enginePid: run.enginePid ?? null,
      runDir: run.runDir,
    });
  }

  updateRun(id: string, change: { phase?: RunPhase; message?: string | null; startedAt?: string; finishedAt?: string | null; enginePid?: number | null; workflow?: RunRecord['workflow'] }): void {
    const sets: string[] = [];
    const values: Record<string, unknown> = { id };
    const set = (column: string, key: string, value: unknown) => {
      sets.push(`${column} = @${key}`);
      values[key] = value;
    };
    if (change.phase !== undefined) set('phase', 'phase', change.phase);
    if (change.message !== undefined) set('message', 'message', change.message);
    if (change.startedAt !== undefined) set('started_at', 'startedAt', change.startedAt);
    if (change.finishedAt !== undefined) set('finished_at', 'finishedAt', change.finishedAt);
    if (change.enginePid !== undefined) set('engine_pid', 'enginePid', change.enginePid);
    if (change.workflow !== undefined) {
      set('workflow_json', 'workflowJson', JSON.stringify(change.workflow));
      set('workflow_name', 'workflowName', change.workflow.metadata.name);
    }
    if (sets.length === 0) return;
    this.statement(`UPDATE runs SET ${sets.join(', ')} WHERE id = @id`).run(values);
  }

  getRun(id: string): RunRecord | undefined {
    const row = this.statement('SELECT * FROM runs WHERE id = ?').get(id) as Row | undefined;
    return row ? runFromRow(row) : undefined;
  }

  /** Run ids starting with `prefix`, so that users may type the first characters of an id. */
  findRunIds(prefix: string): string[] {
    const escaped = prefix.replace(/[\\%_]/g, (character) => `\\${character}`);
    return (this.statement(`SELECT id FROM runs WHERE id LIKE ? ESCAPE '\\' ORDER BY id`).all(`${escaped}%`) as Row[]).map((row) => String(row.id));
  }

  /** Newest first. */
  listRuns(limit = 50): RunRecord[] {
    return (this.statement('SELECT * FROM runs ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as Row[]).map(runFromRow);
  }

  deleteRun(id: string): void {
    this.queue.flush();
    this.db.transaction(() => {
      for (const table of ['steps', 'outputs', 'attempts', 'cache_lookups', 'metrics']) this.statement(`DELETE FROM ${table} WHERE run_id = ?`).run(id);
      this.statement('DELETE FROM runs WHERE id = ?').run(id);
    })();
  }

  // ---- metrics ----

  /** Replaces the run's metric samples (a resumed run records them again, from all its steps). */
  replaceMetrics(runId: string, samples: ReadonlyArray<MetricSample>): void {
    this.write(() => {
      this.statement('DELETE FROM metrics WHERE run_id = ?').run(runId);
      const insert = this.statement('INSERT OR REPLACE INTO metrics (run_id, step_id, name, kind, help, labels_json, value, buckets_json, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      samples.forEach((one, index) => {
        const labels = JSON.stringify(Object.fromEntries(Object.entries(one.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
        insert.run(runId, one.stepId, one.name, one.kind, one.help, labels, one.value, one.buckets === undefined ? null : JSON.stringify(one.buckets), index);
      });
    }, `metrics\0${runId}`);
  }

  /** The run's metric samples, in the order they were recorded. */
  getMetrics(runId: string): MetricSample[] {
    this.queue.flush();
    const rows = this.statement('SELECT * FROM metrics WHERE run_id = ? ORDER BY seq').all(runId) as Row[];
    return rows.map((row) => ({
      stepId: String(row.step_id),
      name: String(row.name),
      kind: row.kind as MetricSample['kind'],
      help: String(row.help),
      labels: JSON.parse(String(row.labels_json)) as Record<string, string>,
      value: Number(row.value),
      ...(row.buckets_json !== null && { buckets: JSON.parse(String(row.buckets_json)) as number[] }),
    }));
  }

  // ---- steps and their outputs ----

  /** Writes a step instance and its outputs in one transaction. */
  saveStep(step: StepRecord): void {
    this.write(() => {
      this.statement(
        `INSERT INTO steps (run_id, id, step_name, stage, iteration, map_index, item_json, phase, message, started_at, finished_at, exit_code, signal, attempts, cache_key, cached_from, seq)
         VALUES (@runId, @id, @stepName, @stage, @iteration, @mapIndex, @itemJson, @phase, @message, @startedAt, @finishedAt, @exitCode, @signal, @attempts, @cacheKey, @cachedFrom, @seq)
         ON CONFLICT (run_id, id) DO UPDATE SET phase = excluded.phase, message = excluded.message, started_at = excluded.started_at,
           finished_at = excluded.finished_at, exit_code = excluded.exit_code, signal = excluded.signal, attempts = excluded.attempts,
           cache_key = excluded.cache_key, cached_from = excluded.cached_from, item_json = excluded.item_json`,
      ).run({
        runId: step.runId,
        id: step.id,
        stepName: step.stepName,
        stage: step.stage,
        iteration: step.iteration,
        mapIndex: step.mapIndex ?? null,
        itemJson: step.item === undefined ? null : JSON.stringify(step.item),
        phase: step.phase,
        message: step.message ?? null,
        startedAt: step.startedAt ?? null,
        finishedAt: step.finishedAt ?? null,
        exitCode: step.exitCode ?? null,
        signal: step.signal ?? null,
        attempts: step.attempts,
        cacheKey: step.cacheKey ?? null,
        cachedFrom: step.cachedFrom ?? null,
        seq: ++this.sequence,
      });
      this.statement('DELETE FROM outputs WHERE run_id = ? AND step_id = ?').run(step.runId, step.id);
      const insert = this.statement(
        'INSERT INTO outputs (run_id, step_id, kind, name, value, hash, artifact_kind, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      if (step.outputs.result !== undefined) insert.run(step.runId, step.id, 'result', 'result', step.outputs.result, null, null, null);
      for (const [name, value] of Object.entries(step.outputs.parameters)) insert.run(step.runId, step.id, 'parameter', name, value, null, null, null);
      for (const [name, artifact] of Object.entries(step.outputs.artifacts)) {
        insert.run(step.runId, step.id, 'artifact', name, null, artifact.hash, artifact.kind, artifact.size);
      }
    }, `step\0${step.runId}\0${step.id}`);
  }

  /** Every step instance of a run, in the order they were first recorded. */
  getSteps(runId: string): StepRecord[] {
    const rows = this.statement('SELECT * FROM steps WHERE run_id = ? ORDER BY seq').all(runId) as Row[];
    const outputs = new Map<string, { result?: string; parameters: Record<string, string>; artifacts: Record<string, StoredArtifact> }>();
    for (const row of this.statement('SELECT * FROM outputs WHERE run_id = ?').all(runId) as Row[]) {
      const stepId = String(row.step_id);
      const entry = outputs.get(stepId) ?? { parameters: userKeyed(), artifacts: userKeyed() };
      outputs.set(stepId, entry);
      const name = String(row.name);
      if (row.kind === 'result') entry.result = String(row.value);
      else if (row.kind === 'parameter') entry.parameters[name] = String(row.value);
      else entry.artifacts[name] = { hash: String(row.hash), kind: row.artifact_kind as 'file' | 'dir', size: Number(row.size) };
    }
    return rows.map((row) => ({
      runId: String(row.run_id),
      id: String(row.id),
      stepName: String(row.step_name),
      stage: row.stage as 'main' | 'exit',
      iteration: Number(row.iteration),
      ...(integer(row.map_index) !== undefined && { mapIndex: integer(row.map_index) }),
      ...(row.item_json !== null && { item: JSON.parse(String(row.item_json)) }),
      phase: row.phase as StepPhase,
      ...(text(row.message) !== undefined && { message: text(row.message) }),
      ...(text(row.started_at) !== undefined && { startedAt: text(row.started_at) }),
      ...(text(row.finished_at) !== undefined && { finishedAt: text(row.finished_at) }),
      ...(integer(row.exit_code) !== undefined && { exitCode: integer(row.exit_code) }),
      ...(text(row.signal) !== undefined && { signal: text(row.signal) }),
      attempts: Number(row.attempts),
      ...(text(row.cache_key) !== undefined && { cacheKey: text(row.cache_key) }),
      ...(text(row.cached_from) !== undefined && { cachedFrom: text(row.cached_from) }),
      outputs: outputs.get(String(row.id)) ?? { parameters: {}, artifacts: {} },
    }));
  }

  /** Forgets step instances (for `retry --from`): they run again. Their attempts stay as history. */
  deleteSteps(runId: string, stepIds: ReadonlyArray<string>): void {
    this.queue.flush();
    this.db.transaction(() => {
      for (const id of stepIds) {
        this.statement('DELETE FROM steps WHERE run_id = ? AND id = ?').run(runId, id);
        this.statement('DELETE FROM outputs WHERE run_id = ? AND step_id = ?').run(runId, id);
      }
    })();
  }

  // ---- attempts ----

  saveAttempt(attempt: AttemptRecord): void {
    this.write(() => this.statement(
      `INSERT INTO attempts (run_id, step_id, attempt, started_at, finished_at, phase, exit_code, signal, message, failure_class, log_path, pid)
       VALUES (@runId, @stepId, @attempt, @startedAt, @finishedAt, @phase, @exitCode, @signal, @message, @failureClass, @logPath, @pid)
       ON CONFLICT (run_id, step_id, attempt) DO UPDATE SET started_at = excluded.started_at, finished_at = excluded.finished_at, phase = excluded.phase,
         exit_code = excluded.exit_code, signal = excluded.signal, message = excluded.message, failure_class = excluded.failure_class,
         log_path = excluded.log_path, pid = excluded.pid`,
    ).run({
      runId: attempt.runId,
      stepId: attempt.stepId,
      attempt: attempt.attempt,
      startedAt: attempt.startedAt,
      finishedAt: attempt.finishedAt ?? null,
      phase: attempt.phase,
      exitCode: attempt.exitCode ?? null,
      signal: attempt.signal ?? null,
      message: attempt.message ?? null,
      failureClass: attempt.failureClass ?? null,
      logPath: attempt.logPath,
      pid: attempt.pid ?? null,
    }), `attempt\0${attempt.runId}\0${attempt.stepId}\0${attempt.attempt}`);
  }

  getAttempts(runId: string, stepId?: string): AttemptRecord[] {
    const rows =
      stepId === undefined
        ? this.statement('SELECT * FROM attempts WHERE run_id = ? ORDER BY started_at, step_id, attempt').all(runId)
        : this.statement('SELECT * FROM attempts WHERE run_id = ? AND step_id = ? ORDER BY attempt').all(runId, stepId);
    return (rows as Row[]).map(attemptFromRow);
  }

  /** The highest attempt number recorded for a step instance, 0 if none. */
  lastAttempt(runId: string, stepId: string): number {
    return Number((this.statement('SELECT COALESCE(MAX(attempt), 0) AS attempt FROM attempts WHERE run_id = ? AND step_id = ?').get(runId, stepId) as Row).attempt);
  }

  /** The highest attempt number of every step instance of a run that has one. */
  lastAttempts(runId: string): Map<string, number> {
    const rows = this.statement('SELECT step_id, MAX(attempt) AS attempt FROM attempts WHERE run_id = ? GROUP BY step_id').all(runId) as Row[];
    return new Map(rows.map((row) => [String(row.step_id), Number(row.attempt)]));
  }

  /** Attempts left `Running` (by an engine that died), with the pid of their process. */
  runningAttempts(runId: string): AttemptRecord[] {
    return (this.statement(`SELECT * FROM attempts WHERE run_id = ? AND phase = 'Running'`).all(runId) as Row[]).map(attemptFromRow);
  }

  // ---- artifacts ----

  recordArtifact(artifact: StoredArtifact, at: string): void {
    this.statement('INSERT OR IGNORE INTO artifacts (hash, kind, size, created_at) VALUES (?, ?, ?, ?)').run(artifact.hash, artifact.kind, artifact.size, at);
  }

  listArtifacts(): Array<StoredArtifact & { createdAt: string }> {
    return (this.statement('SELECT * FROM artifacts').all() as Row[]).map((row) => ({
      hash: String(row.hash),
      kind: row.kind as 'file' | 'dir',
      size: Number(row.size),
      createdAt: String(row.created_at),
    }));
  }

  /** Hashes some run's outputs or some cache entry still points to. */
  referencedArtifacts(): Set<string> {
    const hashes = new Set<string>();
    for (const row of this.statement(`SELECT DISTINCT hash FROM outputs WHERE kind = 'artifact'`).all() as Row[]) hashes.add(String(row.hash));
    for (const entry of this.listCacheEntries()) for (const artifact of Object.values(entry.outputs.artifacts)) hashes.add(artifact.hash);
    return hashes;
  }

  /** Every artifact output of every run, with the step that wrote it: what artifact GC decides on. */
  artifactOutputs(): Array<{ runId: string; stepName: string; name: string; hash: string }> {
    const rows = this.statement(
      `SELECT o.run_id, s.step_name, o.name, o.hash FROM outputs o JOIN steps s ON s.run_id = o.run_id AND s.id = o.step_id WHERE o.kind = 'artifact'`,
    ).all() as Row[];
    return rows.map((row) => ({ runId: String(row.run_id), stepName: String(row.step_name), name: String(row.name), hash: String(row.hash) }));
  }

  /** Artifacts `couler clean` never deletes (artifactGC: Never), even once their run is gone. */
  keepArtifacts(hashes: Iterable<string>): void {
    const insert = this.statement('INSERT OR IGNORE INTO kept_artifacts (hash) VALUES (?)');
    for (const hash of hashes) insert.run(hash);
  }

  keptArtifacts(): Set<string> {
    return new Set((this.statement('SELECT hash FROM kept_artifacts').all() as Row[]).map((row) => String(row.hash)));
  }

  forgetArtifact(hash: string): void {
    this.statement('DELETE FROM artifacts WHERE hash = ?').run(hash);
  }

  // ---- memoization ----

  getCacheEntry(key: string): CacheEntry | undefined {
    const row = this.statement('SELECT * FROM cache_entries WHERE key = ?').get(key) as Row | undefined;
    return row ? cacheEntryFromRow(row) : undefined;
  }

  putCacheEntry(entry: CacheEntry): void {
    this.statement(
      `INSERT OR REPLACE INTO cache_entries (key, workflow_name, step_name, run_id, step_id, created_at, expires_at, parts_json, outputs_json, size, last_used_at, hits)
       VALUES (@key, @workflowName, @stepName, @runId, @stepId, @createdAt, @expiresAt, @partsJson, @outputsJson, @size, @lastUsedAt, @hits)`,
    ).run({
      key: entry.key,
      workflowName: entry.workflowName,
      stepName: entry.stepName,
      runId: entry.runId,
      stepId: entry.stepId,
      createdAt: entry.createdAt,
      expiresAt: entry.expiresAt ?? null,
      partsJson: JSON.stringify(entry.parts),
      outputsJson: JSON.stringify(entry.outputs satisfies StepOutputs),
      size: entry.size,
      lastUsedAt: entry.lastUsedAt,
      hits: entry.hits,
    });
  }

  touchCacheEntry(key: string, at: string): void {
    this.statement('UPDATE cache_entries SET last_used_at = ?, hits = hits + 1 WHERE key = ?').run(at, key);
  }

  deleteCacheEntries(keys: ReadonlyArray<string>): void {
    this.queue.flush();
    this.db.transaction(() => {
      for (const key of keys) this.statement('DELETE FROM cache_entries WHERE key = ?').run(key);
    })();
  }

  listCacheEntries(): CacheEntry[] {
    return (this.statement('SELECT * FROM cache_entries ORDER BY created_at').all() as Row[]).map(cacheEntryFromRow);
  }

  /** The newest entries of one step of one workflow, newest first. */
  cacheEntriesOfStep(workflowName: string, stepName: string): CacheEntry[] {
    return (
      this.statement('SELECT * FROM cache_entries WHERE workflow_name = ? AND step_name = ? ORDER BY created_at DESC').all(workflowName, stepName) as Row[]
    ).map(cacheEntryFromRow);
  }

  saveCacheLookup(lookup: CacheLookup): void {
    this.write(() =>
      this.statement(
        `INSERT OR REPLACE INTO cache_lookups (run_id, step_id, step_name, workflow_name, key, parts_json, hit, note, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(lookup.runId, lookup.stepId, lookup.stepName, lookup.workflowName, lookup.key, JSON.stringify(lookup.parts), lookup.hit ? 1 : 0, lookup.note ?? null, lookup.at),
    );
  }

  getCacheLookups(runId: string): CacheLookup[] {
    return (this.statement('SELECT * FROM cache_lookups WHERE run_id = ? ORDER BY at').all(runId) as Row[]).map((row) => ({
      runId: String(row.run_id),
      stepId: String(row.step_id),
      stepName: String(row.step_name),
      workflowName: String(row.workflow_name),
      key: String(row.key),
      parts: JSON.parse(String(row.parts_json)),
      hit: Number(row.hit) === 1,
      ...(text(row.note) !== undefined && { note: text(row.note) }),
      at: String(row.at),
    }));
  }
}
