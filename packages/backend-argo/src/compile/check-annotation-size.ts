import type { CoulerError, Workflow } from '@couler/ir';
import { DESCRIPTION_ANNOTATION } from './assemble-document';
import { formatBytes } from './check-size-limits';
import { unsupported } from './unsupported';
import type { WorkflowPlan } from './workflow-plan';

/**
 * Kubernetes refuses an object whose annotations, keys and values together, pass 256 KiB
 * (`TotalAnnotationSizeLimitB`, apimachinery's `ValidateAnnotationsSize`). The workflow's go on
 * the Workflow object (Argo's server refuses it at submit); a step's go on its pod, which Argo
 * then cannot create, and the step errors while the workflow runs.
 */
export const KUBERNETES_MAX_ANNOTATION_BYTES = 256 * 1024;

function annotationBytes(annotations: Readonly<Record<string, string>>): number {
  return Object.entries(annotations).reduce((total, [key, value]) => total + Buffer.byteLength(key) + Buffer.byteLength(value), 0);
}

/** Annotations, the workflow's and each step's, over Kubernetes' limit for one object. */
export function annotationSizeProblems(workflow: Workflow, plan: WorkflowPlan): CoulerError[] {
  const problems: CoulerError[] = [];
  const check = (annotations: Readonly<Record<string, string>>, what: string, path: ReadonlyArray<string | number>, stepName?: string) => {
    const bytes = annotationBytes(annotations);
    if (bytes <= KUBERNETES_MAX_ANNOTATION_BYTES) return;
    problems.push(
      unsupported('annotations', `the annotations of ${what}: ${formatBytes(bytes)} (${bytes} bytes) of keys and values, and Kubernetes stores at most ${formatBytes(KUBERNETES_MAX_ANNOTATION_BYTES)} per object`, {
        path,
        ...(stepName !== undefined && { stepName }),
        hint: 'Keep annotations short: put long text in a file or an artifact and annotate with where it is.',
      }),
    );
  };
  const { metadata } = workflow;
  check({ ...metadata.annotations, ...(metadata.description !== undefined && { [DESCRIPTION_ANNOTATION]: metadata.description }) }, `workflow "${metadata.name}"`, ['metadata', 'annotations']);
  for (const entry of plan.ordered) {
    if (entry.step.annotations) check(entry.step.annotations, `step "${entry.step.name}", which its pod carries`, [...entry.path, 'annotations'], entry.step.name);
  }
  return problems;
}
