import { refsOfCondition, refsOfStep, type Value, type Workflow } from '@couler/ir';

/**
 * How each step's outputs larger than `xcomMaxBytes` travel once an artifact store is set:
 * `spill` (to the store, XCom holding a `couler-object:<url>` pointer) when every reader is a pod
 * argument that is exactly that output, since the reader's wrapper swaps the pointer for the
 * object's text before the command runs. Anything else reads the value on the Airflow worker
 * (conditions, maps, loop conditions, fan-ins, `scriptMode: task`, templated env or image
 * fields) or inside a longer text, where a pointer could not be told apart: those producers
 * fail with a message naming the limit instead (`fail`).
 *
 * Without a store, a step whose output another step reads into an argument or an environment
 * variable (rendered by Airflow into the reader's pod or worker command) fails past Linux's
 * limit for one of those (`argument`, see process-limits): the reader would die with
 * "Argument list too long" before its command runs, naming neither the value nor the limit.
 */
export interface LargeValuePlan {
  /** `spill` or `fail` per step that pushes outputs with a store; without one, `argument` or nothing. */
  readonly modeOf: (stepName: string) => 'spill' | 'fail' | 'argument' | undefined;
  /** Whether a step has an argument that may be a pointer to resolve. */
  readsSpilled(stepName: string): boolean;
}

const isWholeReference = (value: Value | undefined) => typeof value === 'object' && !('concat' in value) && value.ref === 'step';

/** Whether a reference at `path` of a step is rendered into its command line or environment. */
// A job's arguments reach its kubectl pod as arguments too (written into the manifest there).
const inProcessText = (path: ReadonlyArray<string | number>) => ((path[0] === 'container' || path[0] === 'script') && path[1] === 'args') || path[0] === 'env' || path[0] === 'job';

export function planLargeValues(workflow: Workflow, storeSet: boolean, scriptMode: 'pod' | 'task'): LargeValuePlan {
  const steps = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])];
  if (!storeSet) {
    const intoArguments = new Set(steps.flatMap((step) => refsOfStep(step).flatMap(({ ref, path }) => (ref.ref === 'step' && inProcessText(path) ? [ref.step] : []))));
    return { modeOf: (stepName) => (intoArguments.has(stepName) ? 'argument' : undefined), readsSpilled: () => false };
  }
  const failing = new Set<string>();
  const argumentReaders = new Map<string, Set<string>>();
  for (const step of steps) {
    if (step.map !== undefined) failing.add(step.name); // read back as a fan-in list
    const onWorker = step.kind === 'script' && scriptMode === 'task';
    const args = step.kind === 'container' ? step.container.args : step.kind === 'script' ? step.script.args : undefined;
    for (const { ref, path } of refsOfStep(step)) {
      if (ref.ref !== 'step') continue;
      const argIndex = (path[0] === 'container' || path[0] === 'script') && path[1] === 'args' ? path[2] : undefined;
      if (path[0] === 'inputs' && path[1] === 'artifacts') continue; // artifact URLs are small
      if (onWorker || typeof argIndex !== 'number' || !isWholeReference(args?.[argIndex])) failing.add(ref.step);
      else argumentReaders.set(step.name, new Set([...(argumentReaders.get(step.name) ?? []), ref.step]));
    }
  }
  for (const group of workflow.spec.groups ?? []) {
    if (group.kind === 'while') for (const ref of refsOfCondition(group.condition)) if (ref.ref === 'step') failing.add(ref.step);
  }
  return {
    modeOf: (stepName) => (failing.has(stepName) ? 'fail' : 'spill'),
    readsSpilled: (stepName) => [...(argumentReaders.get(stepName) ?? [])].some((producer) => !failing.has(producer)),
  };
}
