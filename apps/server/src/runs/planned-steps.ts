import { expandSubWorkflows, resolveParameters } from '@couler/backend-local';
import { CoulerError, parseWorkflow } from '@couler/ir';

/** The step instances a run is to have, whether or not they have started yet. */
export interface PlannedSteps {
  /** Step names; a sub-workflow call's iterations are its steps (`models[1].train`) beside the call itself. */
  readonly names: string[];
  /** Whether the workflow calls sub-workflows: then its steps nest into calls and iterations. */
  readonly calls: boolean;
}

type DeclaredSteps = { spec: { steps: Array<{ name: string }>; onExit?: Array<{ name: string }>; subWorkflows?: unknown[] } };

/**
 * A run's steps as `couler status` lists them: a workflow without calls by its declared names (no
 * parse: a 10k-step IR is read often), one with calls expanded with the run's parameters as the
 * local engine expands it, so the steps of iterations not started yet are listed too. A call the
 * run decides (a fan-out over a step's output) is the call alone until its iterations start.
 */
export function plannedSteps(ir: DeclaredSteps, parameters: Readonly<Record<string, string>>): PlannedSteps {
  const declared = () => [...ir.spec.steps, ...(ir.spec.onExit ?? [])].map((step) => step.name);
  if (!ir.spec.subWorkflows?.length) return { names: declared(), calls: false };
  try {
    const parsed = parseWorkflow(ir);
    const { workflow } = expandSubWorkflows(parsed, resolveParameters(parsed, parameters));
    return { names: [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name), calls: true };
  } catch (error) {
    // A call only a remote engine runs (a field the local engine refuses): its recorded steps still nest.
    if (CoulerError.isInstance(error)) return { names: declared(), calls: true };
    throw error;
  }
}
