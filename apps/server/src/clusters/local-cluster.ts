import { openStateStore, resumeRun, retryRun, runWorkflow, type RemoteArtifactStores, type RunSummary, type StateStore } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import type { FailedStep } from '../monitor/auto-retry';
import type { ClusterRunner, ClusterRunOutcome, DispatchedRun } from './cluster-runner';

export interface LocalClusterOptions {
  /** The local engine's home (state, artifacts, logs). Default `$COULER_HOME`, else `~/.couler`. */
  readonly home?: string;
  /** Most steps of one run at once. Default: the number of cores. */
  readonly parallelism?: number;
  /**
   * `false` when the server retries transient failures itself: steps without a retry policy of
   * their own are then not retried inside the engine too (one retry loop, not two nested ones).
   */
  readonly engineRetry?: false;
  /** The remote stores runs read and write artifacts in (their credentials stay in this process). */
  readonly artifactStores?: RemoteArtifactStores;
}

/** Why each failed step failed, from the class the engine recorded with its last attempt. */
function failedSteps(store: StateStore, summary: RunSummary): FailedStep[] {
  const failed: FailedStep[] = [];
  for (const step of summary.steps) {
    if (step.phase !== 'Failed' && step.phase !== 'Error') continue;
    const last = store.getAttempts(summary.runId, step.id).at(-1);
    const reason = (step.message ?? last?.message ?? step.phase).split('\n')[0] ?? step.phase;
    // A step that failed before any attempt (its inputs could not be prepared) is the engine's error.
    failed.push({ stepId: step.id, failureClass: last?.failureClass ?? 'error', reason });
  }
  return failed;
}

/**
 * The `local` cluster: the embedded engine on this machine. The server's run id is the
 * engine's, so a run a dead server left is resumed by the engine's own resume (finished steps
 * kept), and a retry goes through the engine's retry from the failure point.
 */
export function createLocalCluster(options: LocalClusterOptions = {}): ClusterRunner {
  const home = options.home;
  const withStore = <T>(use: (store: StateStore) => T): T => {
    const store = openStateStore(home);
    try {
      return use(store);
    } finally {
      store.close();
    }
  };
  const outcome = (summary: RunSummary): ClusterRunOutcome => {
    const phase = summary.phase === 'Pending' || summary.phase === 'Running' ? 'Error' : summary.phase;
    const failed = phase === 'Failed' || phase === 'Error' ? withStore((store) => failedSteps(store, summary)) : [];
    return { phase, ...(summary.message !== undefined && { message: summary.message }), ...(summary.outputs && { outputs: summary.outputs }), steps: summary.steps, ...(failed.length > 0 && { failed }) };
  };
  return {
    kind: 'local',
    async run(run: DispatchedRun, { signal, onEvent }) {
      const common = {
        ...(home !== undefined && { home }),
        signal,
        onEvent,
        ...(options.engineRetry === false && { defaultRetry: false as const }),
        ...(options.artifactStores && { artifactStores: options.artifactStores }),
      };
      try {
        // Whether the engine ever recorded this run (a server may die between its lease and the engine's first write).
        if (withStore((store) => store.getRun(run.id) !== undefined)) {
          // Recorded already: continue it, whatever the action says, so no finished step runs again.
          if (run.action === 'retry') return outcome(await retryRun(run.id, { ...common, ...(run.retryFrom !== null && { from: run.retryFrom }) }));
          return outcome(await resumeRun(run.id, common));
        }
        return outcome(await runWorkflow(run.workflow, { ...common, runId: run.id, parameters: run.parameters, ...(options.parallelism !== undefined && { parallelism: options.parallelism }) }));
      } catch (error) {
        if (!CoulerError.isInstance(error)) throw error;
        return { phase: 'Error', message: `${error.code}: ${error.message}${error.hint ? ` ${error.hint}` : ''}`, steps: [] };
      }
    },
  };
}
