import { CoulerError } from '@couler/ir';
import type { Workload, WorkloadStep } from './workload';

/** The workload's DAG in the index form policies and the importance factor work on. */
export interface WorkloadGraph {
  /** Step names in topological order; a step's index is its position here. */
  readonly names: ReadonlyArray<string>;
  readonly indexOf: ReadonlyMap<string, number>;
  /** `inputs[i]`: indices of the steps step i reads from (its predecessors). */
  readonly inputs: ReadonlyArray<ReadonlyArray<number>>;
  /** `consumers[i]`: indices of the steps that read step i (its successors). */
  readonly consumers: ReadonlyArray<ReadonlyArray<number>>;
  /** Degree in the whole DAG: inputs plus consumers. */
  readonly degree: ReadonlyArray<number>;
}

/**
 * Indexes a workload's steps. Refuses duplicate names, unknown inputs and inputs that come
 * later in the list (the order must be topological), so every consumer can trust the graph.
 */
export function buildWorkloadGraph(steps: ReadonlyArray<WorkloadStep>): WorkloadGraph {
  const indexOf = new Map<string, number>();
  steps.forEach((step, index) => {
    if (indexOf.has(step.name)) {
      throw new CoulerError('DUPLICATE_STEP', `There can be only one step named "${step.name}".`, { path: ['steps', step.name], stepIds: [step.name] });
    }
    indexOf.set(step.name, index);
  });
  const inputs = steps.map((step, index) =>
    [...new Set(step.inputs)].map((input) => {
      const source = indexOf.get(input);
      if (source === undefined) {
        throw new CoulerError('UNKNOWN_STEP', `Step "${step.name}" reads from "${input}", which is not a step of the workload.`, {
          path: ['steps', step.name, 'inputs'],
          stepIds: [step.name],
        });
      }
      if (source >= index) {
        throw new CoulerError('CYCLE', `Step "${step.name}" reads from "${input}", which does not come before it: steps must be listed inputs first.`, {
          path: ['steps', step.name, 'inputs'],
          stepIds: [step.name, input],
          hint: 'List the steps in topological order (a step after every step it reads from).',
        });
      }
      return source;
    }),
  );
  const consumers: number[][] = steps.map(() => []);
  for (const [target, sources] of inputs.entries()) for (const source of sources) consumers[source]!.push(target);
  const degree = steps.map((_, index) => inputs[index]!.length + consumers[index]!.length);
  return { names: steps.map((step) => step.name), indexOf, inputs, consumers, degree };
}

export function workloadGraphOf(workload: Workload): WorkloadGraph {
  return buildWorkloadGraph(workload.steps);
}
