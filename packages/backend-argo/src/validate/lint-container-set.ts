import type { ArgoTemplate } from '../compile/argo-types';
import { isArgoReservedContainerName } from '../compile/container-set-template';
import type { ArgoLintProblem } from './lint-argo-document';

const CONTAINER_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Argo's checks of a `containerSet` (`ContainerSetTemplate.Validate` and `validateTemplate`):
 * container names are DNS-1123 labels, unique and none of Argo's own; dependencies name
 * containers of the set and form no cycle; no two volume mounts share a path; a set with input
 * artifacts or outputs has a container named `main`.
 */
export function lintContainerSet(template: ArgoTemplate, path: ReadonlyArray<string | number>, problems: ArgoLintProblem[]): void {
  const set = template.containerSet!;
  const where = `template "${template.name}"`;
  const at = [...path, 'containerSet'];
  if (set.containers.length === 0) problems.push({ path: [...at, 'containers'], message: `${where}: a container set must have at least one container.` });
  const names = new Set<string>();
  set.containers.forEach((container, index) => {
    const namePath = [...at, 'containers', index, 'name'];
    if (!CONTAINER_NAME_PATTERN.test(container.name) || container.name.length > 63) problems.push({ path: namePath, message: `${where}: container name "${container.name}" is not a DNS-1123 label.` });
    if (isArgoReservedContainerName(container.name)) problems.push({ path: namePath, message: `${where}: "${container.name}" is a reserved Argo container name.` });
    if (names.has(container.name)) problems.push({ path: namePath, message: `${where}: container name "${container.name}" is not unique.` });
    names.add(container.name);
  });
  set.containers.forEach((container, index) => {
    for (const dependency of container.dependencies ?? []) {
      if (!names.has(dependency)) problems.push({ path: [...at, 'containers', index, 'dependencies'], message: `${where}: container "${container.name}" depends on "${dependency}", which is not a container of the set.` });
    }
  });
  // Containers of one name pool their dependencies, as Argo's graph does.
  const graph = new Map<string, string[]>();
  for (const container of set.containers) graph.set(container.name, [...(graph.get(container.name) ?? []), ...(container.dependencies ?? [])]);
  const cycle = findCycle(graph);
  if (cycle) problems.push({ path: [...at, 'containers'], message: `${where}: containers depend on each other in a cycle: ${cycle.join(' -> ')}.` });
  const mountPaths = new Set<string>();
  (set.volumeMounts ?? []).forEach((mount, index) => {
    if (mountPaths.has(mount.mountPath)) problems.push({ path: [...at, 'volumeMounts', index, 'mountPath'], message: `${where}: mountPath "${mount.mountPath}" is mounted twice.` });
    mountPaths.add(mount.mountPath);
  });
  const holdsFiles = (template.inputs?.artifacts?.length ?? 0) > 0 || (template.outputs?.parameters?.length ?? 0) > 0 || (template.outputs?.artifacts?.length ?? 0) > 0;
  if (holdsFiles && !names.has('main')) problems.push({ path: [...at, 'containers'], message: `${where}: a container set with input artifacts or outputs must have a container named "main".` });
}

function findCycle(graph: ReadonlyMap<string, ReadonlyArray<string>>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...trail.slice(trail.indexOf(name)), name];
    state.set(name, 'visiting');
    for (const next of graph.get(name) ?? []) {
      if (!graph.has(next)) continue;
      const cycle = visit(next, [...trail, name]);
      if (cycle) return cycle;
    }
    state.set(name, 'done');
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return undefined;
}
