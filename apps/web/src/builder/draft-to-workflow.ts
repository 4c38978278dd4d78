import { IR_API_VERSION, IR_KIND, type Workflow } from '@couler/ir';
import { fanOutItems, upstreamOf, type Draft, type DraftStep } from './draft';
import { zooEntry, type ZooContext } from './step-zoo';

export function contextOf(draft: Draft, step: DraftStep): ZooContext {
  return {
    upstreamWith: (output) => upstreamOf(draft, step.name).filter((name) => zooEntry(draft.steps.find((candidate) => candidate.name === name)?.zooId ?? 'shell').outputs.includes(output)),
  };
}

/**
 * The IR of what the builder holds, unvalidated: the server (and `checkWorkflow` here) say what
 * is wrong with it, in the same words as `couler run`. Each edge is a dependency; a step reads
 * the outputs its zoo entry needs from the steps connected into it.
 */
export function draftToWorkflow(draft: Draft): Workflow {
  const steps = draft.steps.map((step) => {
    const entry = zooEntry(step.zooId);
    const { outputs, ...body } = entry.body(step.values, contextOf(draft, step));
    const dependencies = upstreamOf(draft, step.name);
    const items = fanOutItems(step.fanOut);
    const parameters = entry.outputs.map((name) => ({ name, path: `/tmp/${name}` }));
    return {
      name: step.name,
      ...body,
      ...(dependencies.length > 0 && { dependencies }),
      ...(step.when && { when: { op: step.when.op, left: { ref: 'step', step: step.when.step, output: step.when.output }, right: step.when.value } }),
      ...(items.length > 0 && { map: { items }, env: [{ name: 'ITEM', value: { ref: 'item' } }] }),
      ...(parameters.length > 0 ? { outputs: { parameters } } : outputs ? { outputs } : {}),
    };
  });
  return { apiVersion: IR_API_VERSION, kind: IR_KIND, metadata: { name: draft.name }, spec: { steps } } as unknown as Workflow;
}
