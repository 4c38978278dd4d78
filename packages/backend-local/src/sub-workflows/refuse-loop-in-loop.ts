import { CoulerError, type Group, type Step, type SubWorkflow, type WhileGroup } from '@couler/ir';

/**
 * Refuses a sub-workflow with an execWhile loop of its own called (at any depth) from inside an
 * execWhile body. A call in a loop runs its whole body on every iteration, so its loop would be a
 * loop inside a loop, and this engine runs each step in at most one loop at a time.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` naming the call, both loops and the definition.
 */
export function refuseLoopInLoop(steps: ReadonlyArray<Step>, groups: ReadonlyArray<Group> | undefined, definitions: ReadonlyMap<string, SubWorkflow>): void {
  const scopes = [{ steps, groups }, ...[...definitions.values()].map((definition) => ({ steps: definition.steps, groups: definition.groups }))];
  for (const scope of scopes) {
    for (const loop of (scope.groups ?? []).filter((group): group is WhileGroup => group.kind === 'while')) {
      for (const call of scope.steps.filter((step) => step.kind === 'subWorkflow' && loop.steps.includes(step.name))) {
        const inner = loopReachedFrom(call, definitions);
        if (inner === undefined) continue;
        throw new CoulerError(
          'UNSUPPORTED_BY_BACKEND',
          `The local backend cannot run execWhile loop "${inner.loop}" of sub-workflow "${inner.definition}" inside execWhile loop "${loop.name}" ("step.subWorkflow"), used by "${call.name}": a loop inside a loop.`,
          { stepIds: [call.name], hint: `To run it here, call "${inner.definition}" after loop "${loop.name}", or write its steps without execWhile; Argo runs nested loops.` },
        );
      }
    }
  }
}

/** The first execWhile loop in the definition `call` runs, or in any definition that one calls. */
function loopReachedFrom(call: Step, definitions: ReadonlyMap<string, SubWorkflow>): { definition: string; loop: string } | undefined {
  const seen = new Set<string>();
  const queue = [call];
  while (queue.length > 0) {
    const step = queue.pop()!;
    if (step.kind !== 'subWorkflow' || seen.has(step.subWorkflow.name)) continue;
    seen.add(step.subWorkflow.name);
    const definition = definitions.get(step.subWorkflow.name);
    if (definition === undefined) continue;
    const loop = definition.groups?.find((group) => group.kind === 'while');
    if (loop) return { definition: definition.name, loop: loop.name };
    queue.push(...definition.steps);
  }
  return undefined;
}
