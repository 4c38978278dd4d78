import { readFileSync } from 'node:fs';
import { CoulerError, type Step, type Workflow } from '@couler/ir';
import { expect } from 'vitest';

/** The step of that name, or a failed expectation. */
export function stepOf(workflow: Workflow, name: string): Step {
  const step = [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].find((candidate) => candidate.name === name);
  if (!step) throw new Error(`no step "${name}" in ${workflow.spec.steps.map((s) => s.name).join(', ')}`);
  return step;
}

export function namesOf(workflow: Workflow): string[] {
  return workflow.spec.steps.map((step) => step.name).sort();
}

/** The 1-based line in `file` holding `marker` (a comment next to the call under test). */
export function lineOf(file: string, marker: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(marker) && !line.includes('lineOf('));
  if (index === -1) throw new Error(`marker ${marker} not found in ${file}`);
  return index + 1;
}

/** Runs `fn`, expects a CoulerError and returns it. */
export function catchCouler(fn: () => unknown): CoulerError {
  try {
    fn();
  } catch (error) {
    expect(CoulerError.isInstance(error), `expected a CoulerError, got ${String(error)}`).toBe(true);
    return error as CoulerError;
  }
  throw new Error('expected a CoulerError, nothing was thrown');
}

/** Every leaf error (INVALID_WORKFLOW lists them in `errors`). */
export function leaves(error: CoulerError): CoulerError[] {
  return error.errors?.length ? error.errors.flatMap(leaves) : [error];
}
