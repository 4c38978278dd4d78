import { openStateStore, resumeRun, retryRun, runWorkflow, type RunSummary } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import type { ClusterRunner, ClusterRunOutcome, DispatchedRun } from './cluster-runner';

export interface LocalClusterOptions {
  /** The local engine's home (state, artifacts, logs). Default `$COULER_HOME`, else `~/.couler`. */
  readonly home?: string;
  /** Most steps of one run at once. Default: the number of cores. */
  readonly parallelism?: number;
}

function outcome(summary: RunSummary): ClusterRunOutcome {
  const phase = summary.phase === 'Pending' || summary.phase === 'Running' ? 'Error' : summary.phase;
  return { phase, ...(summary.message !== undefined && { message: summary.message }), ...(summary.outputs && { outputs: summary.outputs }), steps: summary.steps };
}

/**
 * The `local` cluster: the embedded engine on this machine. The server's run id is the
 * engine's, so a run a dead server left is resumed by the engine's own resume (finished steps
 * kept), and a retry goes through the engine's retry from the failure point.
 */
export function createLocalCluster(options: LocalClusterOptions = {}): ClusterRunner {
  const home = options.home;
  /** Whether the engine ever recorded this run (a server may die between its lease and the engine's first write). */
  const known = (runId: string) => {
    const store = openStateStore(home);
    try {
      return store.getRun(runId) !== undefined;
    } finally {
      store.close();
    }
  };
  return {
    kind: 'local',
    async run(run: DispatchedRun, { signal, onEvent }) {
      const common = { ...(home !== undefined && { home }), signal, onEvent };
      try {
        if (known(run.id)) {
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
