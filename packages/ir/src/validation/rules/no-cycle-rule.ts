import { hasStepCycle } from '../../graph/step-graph-order';
import { findCycles } from '../../graph/workflow-graph';
import type { ValidationContext } from '../validation-context';

/**
 * The steps form a DAG. A cycle can come from `dependencies`, `depends` or data references
 * (a step reading its own output, or two steps reading each other's); each cycle is reported
 * once, naming all of its steps.
 */
export function noCycleRule(context: ValidationContext): void {
  const graph = context.stepGraph;
  if (!hasStepCycle(graph)) return;
  for (const cycle of findCycles(graph)) {
    const first = cycle[0]!;
    const located = context.steps.get(first);
    const loop = [...cycle, first].map((name) => `"${name}"`).join(' → ');
    context.report(
      'CYCLE',
      cycle.length === 1 ? `Step "${first}" depends on itself.` : `Steps ${loop} form a cycle; a workflow must be a DAG.`,
      {
        path: located?.path ?? ['steps', first],
        stepIds: cycle,
        hint: 'Remove one of these dependencies, or use execWhile for a loop.',
      },
    );
  }
}
