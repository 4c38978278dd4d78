import { controlDependenciesOf, parseDependsExpression, type DependsExpression, type Workflow } from '@couler/ir';
import { UnionFind } from './union-find';

/** Why two steps must land in the same sub-workflow; shown in errors about a unit over budget. */
export type BindReason = 'while-loop' | 'capped-concurrent' | 'artifact-without-location' | 'depends-expression' | 'continue-on' | 'daemon' | 'volume-claim-template';

/**
 * Joins the steps that cannot be split apart, because a sub-workflow can only wait for another
 * one to succeed and can only pass it parameters (and artifacts that have a location):
 *
 * - an `execWhile` body, and a `concurrent` group with a `parallelism` cap: one template each;
 * - a reader of an artifact with no location (it lives in the engine's artifact repository,
 *   keyed by the run) and the step that writes it;
 * - a step whose `depends` is more than "these succeeded" (`a.Failed`, `a || b`, `!a`) and the
 *   steps it names: another part's failure is never seen;
 * - a step with `continueOn` or a daemon, and every step waiting for it;
 * - the steps that mount one volume claim template: each run gets its own volume.
 */
export function bindSteps(workflow: Workflow, indexOf: ReadonlyMap<string, number>, predecessors: ReadonlyArray<ReadonlyArray<number>>): { sets: UnionFind; reasons: Map<number, BindReason> } {
  const steps = workflow.spec.steps;
  const sets = new UnionFind(steps.length);
  const reasons = new Map<number, BindReason>();
  const bind = (a: number | undefined, b: number | undefined, reason: BindReason) => {
    if (a === undefined || b === undefined || a === b) return;
    sets.union(a, b);
    if (!reasons.has(a)) reasons.set(a, reason);
    if (!reasons.has(b)) reasons.set(b, reason);
  };
  const bindAll = (names: ReadonlyArray<string>, reason: BindReason) => {
    const first = indexOf.get(names[0]!);
    for (const name of names) bind(first, indexOf.get(name), reason);
  };

  for (const group of workflow.spec.groups ?? []) {
    if (group.kind === 'while') bindAll(group.steps, 'while-loop');
    else if (group.parallelism !== undefined) bindAll(group.branches.flat(), 'capped-concurrent');
  }
  const claimTemplates = new Set((workflow.spec.volumeClaimTemplates ?? []).map((claim) => claim.name));
  const claimUsers = new Map<string, string[]>();

  steps.forEach((step, index) => {
    for (const artifact of step.inputs?.artifacts ?? []) {
      if (!artifact.from) continue;
      const producer = indexOf.get(artifact.from.step);
      if (producer === undefined) continue;
      const output = steps[producer]!.outputs?.artifacts?.find((candidate) => candidate.name === artifact.from!.output);
      if (output !== undefined && output.location === undefined) bind(producer, index, 'artifact-without-location');
    }
    if (step.depends !== undefined && !isConjunctionOfSuccesses(parseDependsExpression(step.depends))) {
      for (const name of controlDependenciesOf(step)) bind(index, indexOf.get(name), 'depends-expression');
    }
    for (const producer of predecessors[index]!) {
      const before = steps[producer]!;
      if (before.continueOn?.failed || before.continueOn?.error) bind(producer, index, 'continue-on');
      if (before.daemon) bind(producer, index, 'daemon');
    }
    for (const mount of step.volumeMounts ?? []) {
      if (!claimTemplates.has(mount.name)) continue;
      const users = claimUsers.get(mount.name) ?? [];
      users.push(step.name);
      claimUsers.set(mount.name, users);
    }
  });
  for (const users of claimUsers.values()) bindAll(users, 'volume-claim-template');
  return { sets, reasons };
}

/** `a && b.Succeeded && c`: what "the part that holds a, b and c succeeded" also guarantees. */
export function isConjunctionOfSuccesses(expression: DependsExpression): boolean {
  if (expression.type === 'task') return expression.result === undefined || expression.result === 'Succeeded';
  if (expression.type === 'and') return isConjunctionOfSuccesses(expression.left) && isConjunctionOfSuccesses(expression.right);
  return false;
}
