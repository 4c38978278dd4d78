import { CoulerError, refsOfStep, type BackendV1Warning, type Workflow } from '@couler/ir';
import type { ResolvedArgoCompileOptions } from '../argo-compile-options';
import type { ArgoDocument } from './argo-types';
import type { WorkflowPlan } from './workflow-plan';

/**
 * Argo keeps a workflow, its spec and its status, in one Kubernetes object, and refuses to
 * store more than 1 MiB of it (`MAX_WORKFLOW_SIZE`, `workflow/packer/packer.go`), after
 * compressing node status. The spec is there from the start; status grows by one node (about
 * half a kilobyte of JSON) per step, iteration and retry as the workflow runs. So:
 *
 * - a document over 1 MiB cannot run at all: a compile error;
 * - one over 768 KiB (three quarters) leaves too little room for status on a real run: a
 *   warning, as is one whose estimated status would push it past 1 MiB.
 *
 * Either way the answer is to split the workflow (`@couler/optimizer-split`).
 */
export const ARGO_MAX_WORKFLOW_BYTES = 1024 * 1024;
export const ARGO_SPEC_WARNING_BYTES = 768 * 1024;
export const ARGO_NODE_STATUS_BYTES = 512;
/** Argo keeps a step's standard output and each output parameter up to 256 KiB. */
export const ARGO_MAX_PARAMETER_BYTES = 256 * 1024;

const SPLIT_HINT = 'Split it into smaller workflows: `couler split` (@couler/optimizer-split) does it for you.';

export function checkSizeLimits(workflow: Workflow, document: ArgoDocument, plan: WorkflowPlan, options: ResolvedArgoCompileOptions): BackendV1Warning[] {
  const warnings: BackendV1Warning[] = [];
  const bytes = Buffer.byteLength(JSON.stringify(document));
  const name = workflow.metadata.name;
  if (bytes > ARGO_MAX_WORKFLOW_BYTES) {
    const message = `The argo backend cannot express workflow "${name}" in one object: it is ${formatBytes(bytes)}, and Argo stores at most ${formatBytes(ARGO_MAX_WORKFLOW_BYTES)} per workflow, status included ("workflow.size").`;
    if (options.sizeLimit === 'error') throw new CoulerError('UNSUPPORTED_BY_BACKEND', message, { path: [], hint: SPLIT_HINT });
    return [{ message: `${message} ${SPLIT_HINT}`, path: [] }, ...checkFanIns(plan, options)];
  }
  // One node per step run (each iteration of a literal map), plus the workflow's own.
  const nodes = plan.ordered.reduce((total, entry) => total + (entry.step.map?.items?.length ?? 1), 1);
  const estimated = bytes + nodes * ARGO_NODE_STATUS_BYTES;
  if (bytes > ARGO_SPEC_WARNING_BYTES || estimated > ARGO_MAX_WORKFLOW_BYTES) {
    warnings.push({
      message: `Workflow "${name}" is ${formatBytes(bytes)} as an Argo object; with the status of its ${nodes} nodes it may outgrow Argo's ${formatBytes(ARGO_MAX_WORKFLOW_BYTES)} limit while it runs. ${SPLIT_HINT}`,
      path: [],
    });
  }
  warnings.push(...checkFanIns(plan, options));
  return warnings;
}

/**
 * A step that reads every iteration's output of a mapped step gets them as one JSON list, a
 * parameter, which Argo caps at 256 KiB. With literal items the list's size can be estimated.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming both steps when the estimate is over the cap.
 */
function checkFanIns(plan: WorkflowPlan, options: ResolvedArgoCompileOptions): BackendV1Warning[] {
  const warnings: BackendV1Warning[] = [];
  for (const entry of plan.ordered) {
    for (const { ref, path } of refsOfStep(entry.step)) {
      if (ref.ref !== 'step') continue;
      const producer = plan.entries.get(ref.step);
      const items = producer?.step.map?.items?.length;
      if (producer === undefined || items === undefined) continue;
      const isArtifact = producer.step.outputs?.artifacts?.some((artifact) => artifact.name === ref.output);
      if (isArtifact) continue;
      const estimate = items * (options.fanInBytesPerItem + 3);
      if (estimate <= ARGO_MAX_PARAMETER_BYTES) continue;
      const message = `Step "${entry.step.name}" reads output "${ref.output}" of all ${items} iterations of "${ref.step}": about ${formatBytes(estimate)} as one list, over Argo's ${formatBytes(ARGO_MAX_PARAMETER_BYTES)} limit for a parameter`;
      if (!options.artifactRepository) {
        throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The argo backend cannot pass this fan-in as a parameter ("map.items"). ${message}.`, {
          path: [...entry.path, ...path],
          stepIds: [entry.step.name, ref.step],
          hint: `Have "${ref.step}" write its output as an artifact (createLocalArtifact) and read the files, or configure an artifact repository (setting artifactRepository: true) so Couler can pass it as one.`,
        });
      }
      warnings.push({
        message: `${message}. Declare its output as an artifact so it goes through the artifact repository instead.`,
        path: [...entry.path, ...path],
        stepName: entry.step.name,
      });
    }
  }
  return warnings;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}
