import type { Step, Workflow } from '@couler/ir';

type CallStep = Extract<Step, { kind: 'subWorkflow' }>;

/**
 * Of each definition that runs inside a call `matches` (called by one, or by a definition that
 * does, at any depth), the name of the first such call: its task group is expanded (a fan-out),
 * or switched off whole (a condition), and so is everything inside it.
 */
export function definitionsUnder(workflow: Workflow, matches: (call: CallStep) => boolean): Map<string, string> {
  const definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  const under = new Map<string, string>();
  const mark = (name: string, call: string) => {
    if (under.has(name)) return;
    under.set(name, call);
    for (const step of definitions.get(name)?.steps ?? []) if (step.kind === 'subWorkflow') mark(step.subWorkflow.name, call);
  };
  const calls = [...workflow.spec.steps, ...[...definitions.values()].flatMap((definition) => definition.steps)];
  for (const step of calls) if (step.kind === 'subWorkflow' && matches(step)) mark(step.subWorkflow.name, step.name);
  return under;
}
