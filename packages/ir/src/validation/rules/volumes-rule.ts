import { didYouMean } from '../../errors/did-you-mean';
import type { ValidationContext } from '../validation-context';

/**
 * Every volume a step, or a container beside it, mounts is declared (a workflow volume or claim
 * template, or a volume of the step), and a step's own volumes do not shadow the workflow's.
 */
export function volumesRule(context: ValidationContext): void {
  const { spec } = context.workflow;
  const declared = new Set([...(spec.volumes ?? []).map((v) => v.name), ...(spec.volumeClaimTemplates ?? []).map((v) => v.name)]);
  const workflowPod = spec.pod;
  for (const { step, path } of context.allSteps()) {
    const own = new Set<string>();
    for (const volume of step.volumes ?? []) {
      if (declared.has(volume.name) || own.has(volume.name)) {
        context.report('INVALID_FIELD', `Step "${step.name}" declares volume "${volume.name}" a second time; the pod would have two volumes of that name.`, {
          path: [...path, 'volumes', volume.name],
          stepIds: [step.name],
          hint: 'Give the step\'s volume another name.',
        });
      }
      own.add(volume.name);
    }
    const known = new Set([...declared, ...own]);
    const mounts: Array<{ name: string; at: Array<string | number> }> = (step.volumeMounts ?? []).map((mount) => ({ name: mount.name, at: [...path, 'volumeMounts', mount.name] }));
    for (const list of ['initContainers', 'sidecars'] as const) {
      for (const container of step.pod?.[list] ?? []) for (const mount of container.volumeMounts ?? []) mounts.push({ name: mount.name, at: [...path, 'pod', list, container.name, 'volumeMounts', mount.name] });
      for (const container of workflowPod?.[list] ?? []) for (const mount of container.volumeMounts ?? []) if (!declared.has(mount.name)) mounts.push({ name: mount.name, at: ['pod', list, container.name, 'volumeMounts', mount.name] });
    }
    for (const mount of mounts) {
      if (known.has(mount.name)) continue;
      context.report('UNKNOWN_VOLUME', `Step "${step.name}" mounts volume "${mount.name}", which the workflow does not declare.${didYouMean(mount.name, known)}`, {
        path: mount.at,
        stepIds: [step.name],
        hint: 'Declare it in spec.volumes or spec.volumeClaimTemplates, or in the step\'s own volumes.',
      });
    }
  }
}
