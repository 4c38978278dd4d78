import type { Generated } from 'kysely';

/**
 * The server's tables. Times are ISO-8601 UTC strings (`toISOString()`): they sort as text on
 * SQLite and PostgreSQL alike. JSON columns are text, for the same reason.
 */
export interface Database {
  tenants: TenantTable;
  users: UserTable;
  api_tokens: ApiTokenTable;
  clusters: ClusterTable;
  workflows: WorkflowTable;
  runs: RunTable;
  run_steps: RunStepTable;
  run_events: RunEventTable;
  registered_steps: RegisteredStepTable;
}

export interface TenantTable {
  id: string;
  name: string;
  created_at: string;
}

/** `admin` manages its tenant's users and tokens; `owner` (the bootstrap user) also tenants and clusters. */
export type UserRole = 'owner' | 'admin' | 'member';

export interface UserTable {
  id: string;
  tenant_id: string;
  name: string;
  role: UserRole;
  /** Quotas: what this user's running runs may hold at once; null is no limit. Memory in bytes. */
  cpu_quota: number | null;
  memory_quota: number | null;
  gpu_quota: number | null;
  runs_quota: number | null;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  tenant_id: string;
  user_id: string;
  name: string;
  /** sha256 of the token: a database dump does not give anyone access. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface ClusterTable {
  id: string;
  name: string;
  kind: string;
  cpu: number;
  memory: number;
  gpu: number;
  /** Kind-specific settings (JSON), without credentials. */
  settings: string;
  /** The credentials (`token`, `password`, `kubeconfig`) as JSON sealed with the server key; null without any. */
  credentials: string | null;
  /** 1: no new placements on it (the runs there finish); it can be deleted once empty. */
  draining: number;
  healthy: number;
  /** What the last health check found, when it found a problem. */
  health_message: string | null;
  checked_at: string | null;
  created_at: string;
}

export interface WorkflowTable {
  id: string;
  tenant_id: string;
  user_id: string;
  name: string;
  /** The validated IR, canonical JSON. */
  ir: string;
  created_at: string;
}

/** What a server process does with a run when it takes its lease. */
export type DispatchAction = 'start' | 'resume' | 'retry';

export interface RunTable {
  id: string;
  tenant_id: string;
  user_id: string;
  workflow_id: string;
  workflow_name: string;
  phase: string;
  priority: number;
  cpu: number;
  memory: number;
  gpu: number;
  parameters: string;
  cluster_id: string | null;
  /** The server process holding the run, and until when; an expired lease is anyone's to take. */
  lease_owner: string | null;
  lease_expires_at: string | null;
  dispatch_action: DispatchAction;
  retry_from: string | null;
  cancel_requested: number;
  wait_reason: string | null;
  message: string | null;
  outputs: string | null;
  dispatches: number;
  /** An automatic retry waits for its backoff: the queue does not place the run before this time. */
  not_before: string | null;
  /** Automatic retries of transient failures so far (a manual retry starts the count again). */
  auto_retries: number;
  /** The on-time monitor's deadline for each dispatch, in seconds; null: the server's default. */
  deadline_seconds: number | null;
  /** On a remote cluster: the engine's handle of the run (JSON `BackendV1RunHandle`), to follow it after a restart. */
  external_run: string | null;
  /** A part of a split workflow: the run of the whole, which is never placed itself. */
  parent_run_id: string | null;
  /** A part's IR, number and crossings (JSON `RunPart`). */
  part: string | null;
  /** The parts (run ids, JSON) that must succeed before this part is placed; null when none is left. */
  waiting_for: string | null;
  /** The values of the crossings this part produced, by crossing name (JSON), once it succeeded. */
  part_values: string | null;
  created_at: string;
  queued_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
}

export interface RunStepTable {
  run_id: string;
  step_id: string;
  step_name: string;
  phase: string;
  attempts: number;
  message: string | null;
  exit_code: number | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface RunEventTable {
  /** Global order of events; the SSE event id, so a client resumes with `Last-Event-ID`. */
  seq: Generated<number>;
  run_id: string;
  tenant_id: string;
  type: string;
  step_id: string | null;
  data: string;
  at: string;
}

/** A step of the tenant's registry, which the GUI's builder offers beside the zoo's. */
export interface RegisteredStepTable {
  tenant_id: string;
  /** DNS-1123 label, unique in the tenant. */
  name: string;
  title: string;
  description: string;
  /** What it runs (JSON `StepDefinition`): a zoo entry with set values, a container, or a script. */
  definition: string;
  /** The JSON Schema of its parameters (JSON). */
  parameters: string;
  /** Names of the output parameters it writes (JSON array). */
  outputs: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}
