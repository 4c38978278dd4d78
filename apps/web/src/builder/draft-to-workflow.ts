import { IR_API_VERSION, IR_KIND, type Workflow } from '@couler/ir';
import { fanOutItems, upstreamOf, type Draft, type DraftStep } from './draft';
import { entryOf } from './registered-entry';
import type { ZooContext } from './step-zoo';

/** The outputs the step named `name` declares (none for a name not in the draft). */
export function outputsOf(draft: Draft, name: string): ReadonlyArray<string> {
  const step = draft.steps.find((candidate) => candidate.name === name);
  return step ? entryOf(step).outputs : [];
}

export function contextOf(draft: Draft, step: DraftStep): ZooContext {
  return {
    upstreamWith: (output) => upstreamOf(draft, step.name).filter((name) => outputsOf(draft, name).includes(output)),
  };
}

/**
 * The IR of what the builder holds, unvalidated: the server (and `checkWorkflow` here) say what
 * is wrong with it, in the same words as `couler run`. Each edge is a dependency; a step reads
 * the outputs its zoo entry needs from the steps connected into it.
 */
export function draftToWorkflow(draft: Draft): Workflow {
  const steps = draft.steps.map((step) => {
    const entry = entryOf(step);
    const { outputs, env, ...body } = entry.body(step.values, contextOf(draft, step));
    const dependencies = upstreamOf(draft, step.name);
    const items = fanOutItems(step.fanOut);
    const parameters = entry.outputs.map((name) => ({ name, path: `/tmp/${name}` }));
    return {
      name: step.name,
      ...body,
      ...(dependencies.length > 0 && { dependencies }),
      ...(step.when && { when: { op: step.when.op, left: { ref: 'step', step: step.when.step, output: step.when.output }, right: step.when.value } }),
      ...(items.length > 0 && { map: { items } }),
      // A fan-out's item reaches each instance as $ITEM, beside the step's own variables.
      ...((Array.isArray(env) || items.length > 0) && { env: [...(Array.isArray(env) ? env : []), ...(items.length > 0 ? [{ name: 'ITEM', value: { ref: 'item' } }] : [])] }),
      ...(parameters.length > 0 ? { outputs: { parameters } } : outputs ? { outputs } : {}),
    };
  });
  return { apiVersion: IR_API_VERSION, kind: IR_KIND, metadata: { name: draft.name }, spec: { steps } } as unknown as Workflow;
}
