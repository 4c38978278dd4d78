import { CoulerError, type Workflow } from '@couler/ir';
import { compileToAirflow, resolveAirflowSettings } from '../../src/index';

/**
 * The compiler's own refusal, without the validation doCompile runs first: what stands behind
 * what validation cannot see, for direct callers of the compiler and IR from other fronts.
 */
export function compilerRefusal(workflow: Workflow, settings: Record<string, unknown> = {}): CoulerError {
  try {
    compileToAirflow(workflow, resolveAirflowSettings(settings));
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`expected the compiler to refuse workflow "${workflow.metadata.name}"`);
}
