import { didYouMean } from '../../errors/did-you-mean';
import { isDns1123Label } from '../../schema/names';
import { CONTAINER_SET_MAIN, type ContainerSetStep } from '../../schema/step';
import type { ValidationContext } from '../validation-context';

type Path = ReadonlyArray<string | number>;

/** Names the engines keep for their own containers in a step's pod (Argo: `init`, `wait`). */
const RESERVED_CONTAINER_NAMES = new Set(['init', 'wait']);

/** A container that depends on itself, directly or not: the first one found, as a path of names. */
function findContainerCycle(containers: ContainerSetStep['containerSet']['containers']): string[] | undefined {
  const dependencies = new Map(containers.map((container) => [container.name, container.dependencies ?? []]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'open') return trail.slice(trail.indexOf(name));
    state.set(name, 'open');
    trail.push(name);
    for (const next of dependencies.get(name) ?? []) {
      if (!dependencies.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const container of containers) {
    const cycle = visit(container.name);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * The containers of a container set have unique DNS-1123 names (none an engine keeps for
 * itself), depend only on containers of the same set and form no cycle; a set with input
 * artifacts or outputs has a `main` container to hold them; resources are set per container.
 */
export function containerSetRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    if (step.kind !== 'containerSet') continue;
    const stepIds = [step.name];
    const at = (...rest: Array<string | number>): Path => [...path, 'containerSet', 'containers', ...rest];
    const { containers } = step.containerSet;
    const names = new Set<string>();
    containers.forEach((container, index) => {
      if (!isDns1123Label(container.name)) {
        context.report('INVALID_NAME', `Container "${container.name}" of step "${step.name}" needs a DNS-1123 label as its name: lower-case letters, digits and "-".`, { path: at(index, 'name'), stepIds });
      } else if (RESERVED_CONTAINER_NAMES.has(container.name)) {
        context.report('INVALID_NAME', `Container "${container.name}" of step "${step.name}" has a name the engine keeps for its own container.`, { path: at(index, 'name'), stepIds, hint: 'Rename it.' });
      }
      if (names.has(container.name)) context.report('DUPLICATE_NAME', `Step "${step.name}" has two containers named "${container.name}".`, { path: at(index, 'name'), stepIds });
      names.add(container.name);
    });
    for (const container of containers) {
      for (const dependency of container.dependencies ?? []) {
        if (names.has(dependency)) continue;
        context.report('UNKNOWN_STEP', `Container "${container.name}" of step "${step.name}" depends on "${dependency}", which is no container of that step.${didYouMean(dependency, names)}`, {
          path: at(container.name, 'dependencies'),
          stepIds,
        });
      }
    }
    const cycle = findContainerCycle(containers);
    if (cycle) {
      context.report('CYCLE', `Containers ${[...cycle, cycle[0]].map((name) => `"${name}"`).join(' → ')} of step "${step.name}" depend on each other in a cycle.`, {
        path: at(cycle[0]!, 'dependencies'),
        stepIds,
        hint: 'Remove one of these dependencies.',
      });
    }
    const holdsFiles = (step.inputs?.artifacts?.length ?? 0) > 0 || (step.outputs?.parameters?.length ?? 0) > 0 || (step.outputs?.artifacts?.length ?? 0) > 0;
    if (holdsFiles && !names.has(CONTAINER_SET_MAIN)) {
      context.report('INVALID_FIELD', `Step "${step.name}" has input artifacts or outputs, so one of its containers must be named "${CONTAINER_SET_MAIN}": the one whose files they are.`, {
        path: [...path, 'containerSet', 'containers'],
        stepIds,
        hint: `Rename the container that reads the inputs and writes the outputs to "${CONTAINER_SET_MAIN}".`,
      });
    }
    if (step.resources) {
      context.report('INVALID_FIELD', `Step "${step.name}" is a container set: give resources to each container rather than to the step.`, { path: [...path, 'resources'], stepIds });
    }
  }
}
