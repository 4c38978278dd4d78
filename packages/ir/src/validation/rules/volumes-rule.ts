import { didYouMean } from '../../errors/did-you-mean';
import type { ValidationContext } from '../validation-context';

/** Every volume a step mounts is declared (as a volume or a volume claim template). */
export function volumesRule(context: ValidationContext): void {
  const { spec } = context.workflow;
  const declared = new Set([...(spec.volumes ?? []).map((v) => v.name), ...(spec.volumeClaimTemplates ?? []).map((v) => v.name)]);
  for (const { step, path } of context.allSteps()) {
    for (const mount of step.volumeMounts ?? []) {
      if (declared.has(mount.name)) continue;
      context.report('UNKNOWN_VOLUME', `Step "${step.name}" mounts volume "${mount.name}", which the workflow does not declare.${didYouMean(mount.name, declared)}`, {
        path: [...path, 'volumeMounts', mount.name],
        stepIds: [step.name],
        hint: 'Declare it in spec.volumes or spec.volumeClaimTemplates.',
      });
    }
  }
}
