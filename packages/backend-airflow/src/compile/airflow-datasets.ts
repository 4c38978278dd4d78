import { lowerDatasets, type LoweredDatasets, type Step, type Workflow } from '@couler/ir';

/**
 * The workflow's datasets as Argo and Tekton run them (see `lowerDatasets`): a claim written
 * beside the DAG, a sync task ahead of the readers, and read-only mounts of the claim in the
 * readers' pods. The sync step becomes a container step running `sh -c` on the script, so it
 * runs in its own pod (where the claim is mounted) whatever the scriptMode: a script on the
 * Airflow worker (scriptMode "task") could not mount the claim.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for a reader or a source the claim and sync task
 *   cannot serve, with the reason.
 */
export function lowerAirflowDatasets(workflow: Workflow): LoweredDatasets {
  const lowered = lowerDatasets(workflow, 'airflow');
  if (lowered.claims.length === 0) return lowered;
  const declared = new Set(workflow.spec.steps.map((step) => step.name));
  const steps = lowered.workflow.spec.steps.map((step): Step => {
    if (declared.has(step.name) || step.kind !== 'script') return step;
    const { script, kind: _kind, ...rest } = step;
    const { source, command, ...body } = script;
    return { ...rest, kind: 'container', container: { ...body, command: [...command, '-c', source] } };
  });
  return { ...lowered, workflow: { ...lowered.workflow, spec: { ...lowered.workflow.spec, steps } } };
}
