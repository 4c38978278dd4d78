import { kubernetesVolume, type Workflow } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion, type ResolvedArgoCompileOptions } from '../argo-compile-options';
import { ARGO_API_VERSION, type ArgoCronWorkflowSpec, type ArgoDocument, type ArgoKind, type ArgoMetadata, type ArgoTemplate, type ArgoWorkflowSpec } from './argo-types';
import { refuseTemplateText } from './escape-template-text';
import { workflowPodSpec } from './pod-spec-fields';
import { runSettings } from './run-settings';
import { unsupported } from './unsupported';

/** The description annotation Argo's UI shows for a workflow. */
export const DESCRIPTION_ANNOTATION = 'workflows.argoproj.io/description';

/** CronWorkflow names are shorter: Argo appends a timestamp to the workflows it creates. */
const MAX_CRON_WORKFLOW_NAME = 52;

/** The workflow spec around the templates: arguments, exit handler and workflow-wide settings. */
export function workflowSpec(workflow: Workflow, entryName: string, exitName: string | undefined, templates: ArgoTemplate[]): ArgoWorkflowSpec {
  const spec = workflow.spec;
  const out: ArgoWorkflowSpec = { entrypoint: entryName, templates: [] };
  if (spec.parameters?.length) {
    out.arguments = {
      parameters: spec.parameters.map((parameter) => ({
        name: parameter.name,
        ...(parameter.default !== undefined && { value: refuseTemplateText(String(parameter.default), { what: 'a parameter default', path: ['parameters', parameter.name, 'default'] }) }),
        ...(parameter.enum && { enum: parameter.enum.map((value) => refuseTemplateText(String(value), { what: 'a parameter value', path: ['parameters', parameter.name, 'enum'] })) }),
        ...(parameter.description !== undefined && { description: parameter.description }),
      })),
    };
  }
  if (exitName) out.onExit = exitName;
  if (spec.parallelism !== undefined) out.parallelism = spec.parallelism;
  if (spec.timeoutSeconds !== undefined) out.activeDeadlineSeconds = spec.timeoutSeconds;
  if (spec.ttl) out.ttlStrategy = { ...spec.ttl };
  if (spec.podGC) out.podGC = { strategy: spec.podGC.strategy };
  if (spec.serviceAccount !== undefined) out.serviceAccountName = spec.serviceAccount;
  if (spec.nodeSelector) out.nodeSelector = { ...spec.nodeSelector };
  if (spec.tolerations?.length) out.tolerations = spec.tolerations.map((toleration) => ({ ...toleration }));
  if (spec.imagePullSecrets?.length) out.imagePullSecrets = spec.imagePullSecrets.map((name) => ({ name }));
  if (spec.volumes?.length) out.volumes = spec.volumes.map(kubernetesVolume);
  if (spec.volumeClaimTemplates?.length) {
    out.volumeClaimTemplates = spec.volumeClaimTemplates.map((claim) => ({
      metadata: { name: claim.name },
      spec: {
        accessModes: [...claim.accessModes],
        resources: { requests: { storage: claim.storage } },
        ...(claim.storageClassName !== undefined && { storageClassName: claim.storageClassName }),
      },
    }));
  }
  if (spec.priority !== undefined) out.priority = spec.priority;
  Object.assign(out, workflowPodSpec(workflow));
  Object.assign(out, runSettings(workflow));
  out.templates = templates;
  // Keep `templates` last: the settings read first, the long list after.
  const { templates: list, ...rest } = out;
  return { ...rest, templates: list };
}


/**
 * The schedule field of a CronWorkflow for an Argo release: the `schedules` list from 3.6 on,
 * one `schedule` string before, where Argo's Go type has no list (its strict decoding rejects
 * the object).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for several schedules before 3.6.
 */
export function cronSchedule(schedules: ReadonlyArray<string>, version: ArgoVersion): Pick<ArgoCronWorkflowSpec, 'schedule' | 'schedules'> {
  if (argoVersionAtLeast(version, '3.6')) return { schedules: [...schedules] };
  if (schedules.length > 1) {
    throw unsupported('workflow.cron', `${schedules.length} schedules in one CronWorkflow for Argo ${version}: a list of schedules needs Argo 3.6 or later`, {
      path: ['cron', 'schedule'],
      hint: 'Compile for the Argo release your cluster runs if it is 3.6 or later (--argo-version), upgrade Argo, or split the schedules over several CronWorkflows, one schedule each.',
    });
  }
  return { schedule: schedules[0]! };
}

/** The Argo object itself: metadata, kind, and for a CronWorkflow the schedule around the spec. */
export function assembleDocument(workflow: Workflow, kind: ArgoKind, spec: ArgoWorkflowSpec, options: ResolvedArgoCompileOptions): ArgoDocument {
  const { metadata } = workflow;
  const annotations = { ...metadata.annotations };
  if (metadata.description !== undefined) annotations[DESCRIPTION_ANNOTATION] = metadata.description;
  const name = metadata.name;
  if (kind === 'CronWorkflow' && name.length > MAX_CRON_WORKFLOW_NAME) {
    throw unsupported('workflow.cron', `the CronWorkflow name "${name}" (${name.length} characters; Argo allows ${MAX_CRON_WORKFLOW_NAME})`, {
      path: ['metadata', 'name'],
      hint: 'Argo appends a timestamp to the workflows a CronWorkflow creates; shorten the name.',
    });
  }
  const out: ArgoMetadata =
    kind === 'Workflow' && options.generateName ? { generateName: `${name}-` } : { name };
  if (metadata.namespace !== undefined && kind !== 'ClusterWorkflowTemplate') out.namespace = metadata.namespace;
  if (metadata.labels && Object.keys(metadata.labels).length > 0) out.labels = { ...metadata.labels };
  if (Object.keys(annotations).length > 0) out.annotations = annotations;
  if (kind === 'CronWorkflow') {
    const cron = workflow.spec.cron!;
    return {
      apiVersion: ARGO_API_VERSION,
      kind,
      metadata: out,
      spec: {
        ...cronSchedule([cron.schedule], options.argoVersion),
        ...(cron.timezone !== undefined && { timezone: cron.timezone }),
        ...(cron.concurrencyPolicy !== undefined && { concurrencyPolicy: cron.concurrencyPolicy }),
        ...(cron.startingDeadlineSeconds !== undefined && { startingDeadlineSeconds: cron.startingDeadlineSeconds }),
        ...(cron.suspend !== undefined && { suspend: cron.suspend }),
        ...(cron.successfulJobsHistoryLimit !== undefined && { successfulJobsHistoryLimit: cron.successfulJobsHistoryLimit }),
        ...(cron.failedJobsHistoryLimit !== undefined && { failedJobsHistoryLimit: cron.failedJobsHistoryLimit }),
        workflowSpec: spec,
      },
    };
  }
  return { apiVersion: ARGO_API_VERSION, kind, metadata: out, spec };
}
