import { expandLiteralSequences, literalSequence, sequenceItems, type Step, type Workflow } from '@couler/ir';

/**
 * The workflow with each sequence of known numbers (of a step, or a call of a sub-workflow, at
 * the top or inside a definition) replaced by its items: Airflow expands over a list, and a
 * sequence's `count` or `start`/`end` and `format` make that list when the DAG is written.
 * Sequences that read a parameter or an output stay, and are refused (`map.sequence.from`).
 */
export function expandSequences(declared: Workflow): Workflow {
  const workflow = expandLiteralSequences(declared);
  const definitions = workflow.spec.subWorkflows;
  if (!definitions?.some((definition) => definition.steps.some((step) => step.map?.sequence))) return workflow;
  const expand = (step: Step, path: ReadonlyArray<string | number>): Step => {
    const sequence = step.map?.sequence && literalSequence(step.map.sequence);
    if (!sequence) return step;
    const { sequence: _, ...map } = step.map!;
    return { ...step, map: { ...map, items: sequenceItems(sequence, { stepName: step.name, path: [...path, step.name, 'map', 'sequence'] }) } } as Step;
  };
  const subWorkflows = definitions.map((definition) => ({ ...definition, steps: definition.steps.map((step) => expand(step, ['subWorkflows', definition.name, 'steps'])) }));
  return { ...workflow, spec: { ...workflow.spec, subWorkflows } };
}
