import { didYouMean } from '../../errors/did-you-mean';
import { refsOfCondition } from '../../schema/condition';
import type { ValidationContext } from '../validation-context';

/**
 * Groups name main steps that exist; a step belongs to at most one `while` body and appears in
 * at most one branch of a concurrent group; a `while` loop has a cap of at least one iteration
 * and a condition that reads its own body (otherwise it could never change between iterations).
 */
export function groupsRule(context: ValidationContext): void {
  const whileOwner = new Map<string, string>();
  let mainNames: string[] | undefined;
  for (const group of context.workflow.spec.groups ?? []) {
    const path = ['groups', group.name];
    const members = group.kind === 'while' ? group.steps : group.branches.flat();
    const seen = new Set<string>();
    for (const name of members) {
      const located = context.steps.get(name);
      if (located?.phase !== 'main' && !context.isFull) {
        mainNames ??= [...context.steps.values()].filter((s) => s.phase === 'main').map((s) => s.step.name);
        context.report('UNKNOWN_STEP', `Group "${group.name}" lists step "${name}", but there is no main step of that name.${didYouMean(name, mainNames)}`, {
          path: [...path, name],
        });
      }
      if (seen.has(name)) {
        context.report('INVALID_GROUP', `Group "${group.name}" lists step "${name}" twice.`, { path: [...path, name], stepIds: [name] });
      }
      seen.add(name);
      if (group.kind === 'while') {
        const owner = whileOwner.get(name);
        if (owner !== undefined) {
          context.report('INVALID_GROUP', `Step "${name}" is in the body of two execWhile loops ("${owner}" and "${group.name}"); a step belongs to one loop.`, {
            path: [...path, name],
            stepIds: [name],
          });
        } else whileOwner.set(name, group.name);
      }
    }
    if (group.kind === 'while') {
      // The schema refuses these too; this catches workflows built in code and never parsed.
      if (!Number.isInteger(group.maxIterations) || group.maxIterations < 1) {
        context.report('INVALID_MAX_ITERATIONS', `The cap of execWhile "${group.name}" is ${group.maxIterations}; it must be a whole number of at least 1.`, {
          path: [...path, 'maxIterations'],
        });
      }
      const readsBody = refsOfCondition(group.condition).some((ref) => ref.ref === 'step' && seen.has(ref.step));
      if (!readsBody) {
        context.report('INVALID_GROUP', `The condition of execWhile "${group.name}" reads none of its body's steps, so it would never change between iterations.`, {
          path: [...path, 'condition'],
          hint: 'Compare an output of a step inside the loop, e.g. equal(flip.result, "tails").',
        });
      }
    }
  }
}
