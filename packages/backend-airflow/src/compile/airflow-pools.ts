import { checkedSemaphores, synchronizationSites, type Step, type Workflow } from '@couler/ir';
import type { UnsupportedCollector } from './unsupported';

/**
 * Synchronization as Airflow has it: a pool of slots that every task naming it shares, across
 * all DAGs. A step's mutex is a pool of one slot, a semaphore a pool of `limit` slots; the pools
 * must exist (`airflow pools set NAME SLOTS DESCRIPTION`, see the README): the names say which
 * lock a pool stands for, so a mutex and a semaphore of one name stay apart.
 */
export interface AirflowPool {
  readonly name: string;
  readonly slots: number;
  readonly description: string;
}

/** The pool a step's task runs in, if the step takes a lock. */
export function poolOfStep(step: Step): AirflowPool | undefined {
  const mutex = step.synchronization?.mutexes?.[0];
  if (mutex) return { name: `couler-mutex-${mutex.name}`, slots: 1, description: `Couler mutex ${mutex.name}` };
  const semaphore = step.synchronization?.semaphores?.[0];
  if (semaphore) return { name: `couler-semaphore-${semaphore.name}`, slots: semaphore.limit, description: `Couler semaphore ${semaphore.name}, limit ${semaphore.limit}` };
  return undefined;
}

/**
 * Refuses the locks Airflow cannot take: a whole DAG run's (pools hold task slots, and
 * `max_active_runs` keeps apart only runs of the same DAG, not of the other workflows naming the
 * lock) and several on one task (a task runs in one pool).
 *
 * @throws CoulerError INVALID_FIELD for conflicting semaphore limits (see `checkedSemaphores`).
 */
export function checkSynchronization(workflow: Workflow, unsupported: UnsupportedCollector): void {
  const sites = synchronizationSites(workflow);
  checkedSemaphores(sites);
  for (const site of sites) {
    const { mutexes = [], semaphores = [] } = site.synchronization;
    if (site.stepName === undefined) {
      unsupported.add(['synchronization'], 'Airflow cannot lock a whole DAG run against other workflows: pools hold the slots of single tasks, and max_active_runs only keeps runs of the same DAG apart.', {
        hint: 'Take the mutex or semaphore on the steps that need it (each becomes a task in an Airflow pool), or compile for Argo or the local engine.',
      });
      continue;
    }
    if (mutexes.length + semaphores.length > 1) {
      unsupported.add([...site.path, 'synchronization'], `Step "${site.stepName}" takes ${mutexes.length + semaphores.length} locks; an Airflow task runs in one pool only.`, {
        stepName: site.stepName,
        hint: 'Give the step one mutex or one semaphore for Airflow, or compile for Argo or the local engine.',
      });
    }
  }
}

/** The pools the workflow's tasks run in, once each, in step order. */
export function airflowPools(workflow: Workflow): AirflowPool[] {
  const pools = new Map<string, AirflowPool>();
  const visit = (steps: ReadonlyArray<Step>) => {
    for (const step of steps) {
      const pool = poolOfStep(step);
      if (pool) pools.set(pool.name, pool);
    }
  };
  visit(workflow.spec.steps);
  visit(workflow.spec.onExit ?? []);
  for (const definition of workflow.spec.subWorkflows ?? []) visit(definition.steps);
  return [...pools.values()];
}
