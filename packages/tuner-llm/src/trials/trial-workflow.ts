import { buildWorkflowGraph, CoulerError, stepNodeKey, type Step, type Workflow } from '@couler/ir';
import type { Candidate } from '../space/candidate';

/**
 * The workflow that trains `candidates` for real: the tunable step and the steps it needs
 * (its ancestors), with the tunable step turned into a `map` over the candidates — each
 * iteration reads its hyperparameters from its item where the step read the workflow
 * parameters. Everything downstream (selection, reports, deployment) is left out.
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for a step already mapped or inside a group,
 *   `INVALID_REFERENCE` when an ancestor reads a hyperparameter (trials could not vary it).
 */
export function buildTrialWorkflow(workflow: Workflow, stepName: string, candidates: ReadonlyArray<Candidate>): Workflow {
  const step = workflow.spec.steps.find((candidate) => candidate.name === stepName);
  if (!step?.tune) throw new CoulerError('UNKNOWN_STEP', `Workflow "${workflow.metadata.name}" has no tunable step "${stepName}".`, { path: ['steps', stepName] });
  const names = Object.keys(step.tune.space);
  if (step.map) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `Step "${stepName}" is already a map, so its candidates cannot be trained as one more.`, {
      path: ['steps', stepName, 'map'],
      stepIds: [stepName],
      hint: 'Tune a step that trains one model; map over its outputs downstream instead.',
    });
  }
  const group = (workflow.spec.groups ?? []).find((candidate) => (candidate.kind === 'while' ? candidate.steps : candidate.branches.flat()).includes(stepName));
  if (group) throw new CoulerError('UNSUPPORTED_BY_BACKEND', `Step "${stepName}" is inside ${group.kind} group "${group.name}"; trials train it alone.`, { path: ['groups', group.name], stepIds: [stepName] });
  const graph = buildWorkflowGraph(workflow);
  const kept = new Set<string>([stepName]);
  const stack = [stepName];
  while (stack.length > 0) {
    for (const parent of graph.inNeighbors(stepNodeKey(stack.pop()!))) {
      const name = graph.getNodeAttribute(parent, 'step').name;
      if (!kept.has(name)) {
        kept.add(name);
        stack.push(name);
      }
    }
  }
  const steps = workflow.spec.steps.filter((candidate) => kept.has(candidate.name));
  for (const ancestor of steps) {
    if (ancestor.name === stepName) continue;
    const read = names.find((name) => readsParameter(ancestor, name));
    if (read) {
      throw new CoulerError('INVALID_REFERENCE', `Step "${ancestor.name}", which "${stepName}" needs, reads hyperparameter "${read}"; trials of "${stepName}" could not give it a value per candidate.`, {
        path: ['steps', ancestor.name],
        stepIds: [ancestor.name, stepName],
        hint: `Tune parameters only "${stepName}" reads, or mark the step that reads "${read}" tunable instead.`,
      });
    }
  }
  // Without `tune`: in the trial the hyperparameters are items, no longer parameters to tune.
  const { tune: _tune, ...untuned } = withItems(step, names);
  const mapped = { ...untuned, map: { items: candidates.map((candidate) => ({ ...candidate })) } } as Step;
  const { outputs: _outputs, groups: _groups, onExit: _onExit, cron: _cron, ...spec } = workflow.spec;
  return {
    ...workflow,
    metadata: { name: `${workflow.metadata.name}-trials`.slice(0, 63).replace(/-+$/, '') },
    spec: { ...spec, steps: steps.map((candidate) => (candidate.name === stepName ? mapped : candidate)) },
  };
}

/** The step with every read of the hyperparameters turned into a read of the map item. */
function withItems(step: Step, names: ReadonlyArray<string>): Step {
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (typeof value !== 'object' || value === null) return value;
    const record = value as Record<string, unknown>;
    if (record.ref === 'parameter' && typeof record.name === 'string' && names.includes(record.name)) return { ref: 'item', key: record.name };
    return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, replace(entry)]));
  };
  return replace(step) as Step;
}

function readsParameter(step: Step, name: string): boolean {
  return JSON.stringify(step).includes(JSON.stringify({ ref: 'parameter', name }));
}
