import { detectConstructs, type Workflow } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion } from '../argo-compile-options';
import { unsupported } from './unsupported';

/**
 * Artifact driver plugins came with Argo 4.0: an older controller has no `plugin` artifact and no
 * `artifactDrivers` to run one, so the artifact would fail when the step starts.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND at the first plugin artifact, for Argo before 4.0.
 */
export function refusePluginArtifactsBefore40(workflow: Workflow, argoVersion: ArgoVersion): void {
  if (argoVersionAtLeast(argoVersion, '4.0')) return;
  const use = detectConstructs(workflow).find((candidate) => candidate.construct === 'artifact.plugin');
  if (!use) return;
  throw unsupported('artifact.plugin', `an artifact kept by an artifact driver plugin for Argo ${argoVersion}: Argo added artifact driver plugins in 4.0`, {
    path: use.path,
    ...(use.stepName !== undefined && { stepName: use.stepName }),
    hint: 'Compile for Argo 4.0 or later (argoVersion: 4.0), or keep the artifact in S3, GCS, OSS or Azure.',
  });
}
