import { CoulerError } from '../errors';
import type { Step } from '../schema/step';
import type { Semaphore, Synchronization } from '../schema/synchronization';
import type { Workflow } from '../schema/workflow';

/** One place a workflow takes locks: the run itself, or a step (by its path). */
export interface SynchronizationSite {
  readonly path: ReadonlyArray<string | number>;
  readonly stepName?: string;
  readonly synchronization: Synchronization;
}

/**
 * Every semaphore a workflow takes, once each, with its limit; the sites are those of
 * `synchronizationSites`. Checks what no single site shows.
 *
 * @throws CoulerError INVALID_FIELD when one semaphore is given two limits (each engine keeps
 *   one limit per name), or when a step takes a mutex the whole run already holds (the step
 *   would wait for its own run forever, as Argo documents).
 */
export function checkedSemaphores(sites: ReadonlyArray<SynchronizationSite>): Semaphore[] {
  const limits = new Map<string, { limit: number; path: ReadonlyArray<string | number> }>();
  const runMutexes = new Set<string>();
  for (const site of sites) {
    if (site.stepName === undefined) for (const mutex of site.synchronization.mutexes ?? []) runMutexes.add(mutex.name);
  }
  for (const site of sites) {
    site.synchronization.semaphores?.forEach((semaphore, index) => {
      const path = [...site.path, 'synchronization', 'semaphores', index];
      const seen = limits.get(semaphore.name);
      if (seen && seen.limit !== semaphore.limit) {
        throw new CoulerError('INVALID_FIELD', `Semaphore "${semaphore.name}" is given limit ${semaphore.limit} here and ${seen.limit} at ${seen.path.join('.')}; a semaphore has one limit.`, {
          path,
          hint: 'Give every use of the semaphore the same limit, or name the two semaphores differently.',
        });
      }
      if (!seen) limits.set(semaphore.name, { limit: semaphore.limit, path });
    });
    if (site.stepName === undefined) continue;
    site.synchronization.mutexes?.forEach((mutex, index) => {
      if (!runMutexes.has(mutex.name)) return;
      throw new CoulerError('INVALID_FIELD', `Step "${site.stepName}" takes mutex "${mutex.name}", which its own run already holds: the step would wait for the run, and the run for the step, forever.`, {
        path: [...site.path, 'synchronization', 'mutexes', index],
        hint: 'Take the mutex on the workflow or on the step, not both, or name the step\'s mutex differently.',
      });
    });
  }
  return [...limits].map(([name, { limit }]) => ({ name, limit }));
}

/** Where a workflow takes locks: the run first, then each step (exit handler and sub-workflow steps included). */
export function synchronizationSites(workflow: Workflow): SynchronizationSite[] {
  const sites: SynchronizationSite[] = [];
  const { spec } = workflow;
  if (spec.synchronization) sites.push({ path: [], synchronization: spec.synchronization });
  const visit = (steps: ReadonlyArray<Step>, at: ReadonlyArray<string | number>) => {
    for (const step of steps) if (step.synchronization) sites.push({ path: [...at, step.name], stepName: step.name, synchronization: step.synchronization });
  };
  visit(spec.steps, ['steps']);
  visit(spec.onExit ?? [], ['onExit']);
  for (const definition of spec.subWorkflows ?? []) visit(definition.steps, ['subWorkflows', definition.name, 'steps']);
  return sites;
}
