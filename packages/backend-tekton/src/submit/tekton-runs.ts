import { CoulerError, type BackendV1CompileResult, type BackendV1Phase, type BackendV1RequestOptions, type BackendV1RunHandle, type BackendV1RunStatus, type BackendV1StepStatus, type BackendV1SubmitOptions } from '@couler/ir';
import { parseAllDocuments } from 'yaml';
import { PIPELINE_DOLLAR_PARAM } from '../compile/escape-variables';
import { connectToKubernetes, type CustomObjects, type TektonClusterSettings } from './kubernetes-client';
import { taskRunInstances } from './task-run-instances';
import type { TektonRunStatus } from './tekton-objects';

export type { TektonClusterSettings };

const PLURALS = { Task: 'tasks', Pipeline: 'pipelines', PipelineRun: 'pipelineruns' } as const;

/** A parameter as a Pipeline declares it (`type`) or a PipelineRun gives it (`value`). */
type Param = { name: string; type?: string; value?: string | string[] };
type Document = {
  apiVersion: string;
  kind: keyof typeof PLURALS;
  metadata: { name?: string; generateName?: string; namespace?: string };
  spec: { params?: Param[]; pipelineSpec?: { params?: Param[] }; [field: string]: unknown };
};

function documentsOf(compiled: BackendV1CompileResult): Document[] {
  const file = compiled.files.find((candidate) => candidate.path.endsWith('.tekton.yaml'));
  if (!file) throw new CoulerError('LOAD_FAILED', 'The compiled files hold no <name>.tekton.yaml.', { hint: 'Pass what doCompile of the tekton backend returned.' });
  return parseAllDocuments(file.contents, { version: '1.1' }).map((document) => document.toJS() as Document);
}

/** Creates an object, or replaces the one of that name (Tasks and Pipelines are definitions). */
async function createOrReplace(api: CustomObjects, namespace: string, document: Document): Promise<void> {
  const plural = PLURALS[document.kind];
  try {
    await api.create(namespace, plural, document);
  } catch (error) {
    if (!(CoulerError.isInstance(error) && error.code === 'ENGINE_CONFLICT')) throw error;
    const current = await api.get(namespace, plural, document.metadata.name!);
    await api.replace(namespace, plural, document.metadata.name!, { ...document, metadata: { ...document.metadata, resourceVersion: current.metadata?.resourceVersion } });
  }
}

/** Values for workflow parameters as PipelineRun params (a JSON list for an array param). */
function runParams(pipelineRun: Document, pipeline: Document | undefined, parameters: Readonly<Record<string, string>>): Array<{ name: string; value: string | string[] }> {
  const declared = (pipeline?.spec ?? pipelineRun.spec.pipelineSpec)?.params;
  const known = new Map((declared ?? []).map((param) => [param.name, param.type ?? 'string']));
  const existing = (pipelineRun.spec.params ?? []) as Array<{ name: string; value: string | string[] }>;
  const given = Object.entries(parameters).map(([name, value]) => {
    if (!known.has(name)) {
      throw new CoulerError('UNKNOWN_PARAMETER', `The workflow has no parameter "${name}".`, { hint: `Its parameters are: ${[...known.keys()].filter((key) => key !== PIPELINE_DOLLAR_PARAM).join(', ') || 'none'}.` });
    }
    if (known.get(name) !== 'array') return { name, value };
    const list = (() => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (!Array.isArray(list)) throw new CoulerError('TYPE_MISMATCH', `Parameter "${name}" is a list; give it as a JSON list, e.g. '["a","b"]'.`);
    return { name, value: list.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))) };
  });
  return [...existing.filter((param) => !(param.name in parameters)), ...given];
}

/**
 * Creates what `doCompile` wrote: Tasks and the Pipeline (replaced if they exist), then the
 * PipelineRun. Returns the run's handle (`runId` is the PipelineRun's name).
 *
 * @throws CoulerError `ENGINE_*` codes for what the cluster answered, `UNKNOWN_PARAMETER`.
 */
export async function doSubmitTekton(compiled: BackendV1CompileResult, options: BackendV1SubmitOptions, settings: TektonClusterSettings): Promise<BackendV1RunHandle> {
  const documents = documentsOf(compiled);
  const pipelineRun = documents.find((document) => document.kind === 'PipelineRun');
  if (!pipelineRun) throw new CoulerError('LOAD_FAILED', 'The compiled file holds no PipelineRun.');
  const { api, namespace: contextNamespace } = await connectToKubernetes(settings, options);
  const namespace = options.namespace ?? pipelineRun.metadata.namespace ?? contextNamespace ?? 'default';
  for (const document of documents) {
    if (document.kind === 'PipelineRun') continue;
    await createOrReplace(api, namespace, { ...document, metadata: { ...document.metadata, namespace } });
  }
  const pipeline = documents.find((document) => document.kind === 'Pipeline');
  const params = runParams(pipelineRun, pipeline, options.parameters ?? {});
  const body = { ...pipelineRun, metadata: { ...pipelineRun.metadata, namespace }, spec: { ...pipelineRun.spec, ...(params.length && { params }) } };
  const created = await api.create(namespace, PLURALS.PipelineRun, body);
  const name = created.metadata?.name;
  if (!name) throw new CoulerError('ENGINE_ERROR', 'Kubernetes created the PipelineRun but returned no name.');
  return { backendId: 'tekton', runId: name, namespace };
}

/** A Tekton `Succeeded` condition as a Couler phase. */
export function phaseOf(status: TektonRunStatus | undefined): { phase: BackendV1Phase; message?: string } {
  const condition = status?.conditions?.find((item) => item.type === 'Succeeded');
  if (!condition) return { phase: 'Pending' };
  const message = condition.message ? { message: condition.message } : {};
  if (condition.status === 'True') return { phase: 'Succeeded', ...message };
  if (condition.status === 'False') {
    if (/Cancelled/.test(condition.reason ?? '')) return { phase: 'Cancelled', ...message };
    return { phase: 'Failed', ...message };
  }
  if (condition.reason === 'Pending' || condition.reason === 'PipelineRunPending' || condition.reason === 'ResolvingTaskRef') return { phase: 'Pending', ...message };
  return { phase: 'Running', ...message };
}

/**
 * The PipelineRun's phase and one entry per pipeline task: from its TaskRuns (label
 * `tekton.dev/pipelineRun`), and `Skipped` for the tasks in `status.skippedTasks`. Matrixed
 * tasks have one TaskRun per combination, reported as `task[0]`, `task[1]`, … by item index.
 */
export async function doStatusTekton(run: BackendV1RunHandle, options: BackendV1RequestOptions, settings: TektonClusterSettings): Promise<BackendV1RunStatus> {
  const { api, namespace: contextNamespace } = await connectToKubernetes(settings, options);
  const namespace = options.namespace ?? run.namespace ?? contextNamespace ?? 'default';
  const pipelineRun = await api.get(namespace, PLURALS.PipelineRun, run.runId);
  const taskRuns = await api.list(namespace, 'taskruns', `tekton.dev/pipelineRun=${run.runId}`);
  const instances = taskRunInstances(taskRuns.items);
  const steps: BackendV1StepStatus[] = instances.map(({ name, taskRun }) => {
    const { phase, message } = phaseOf(taskRun.status);
    return {
      name,
      phase,
      ...(taskRun.status?.startTime && { startedAt: taskRun.status.startTime }),
      ...(taskRun.status?.completionTime && { finishedAt: taskRun.status.completionTime }),
      ...(message !== undefined && { message }),
    };
  });
  const ran = new Set(instances.map((instance) => instance.task));
  for (const skipped of pipelineRun.status?.skippedTasks ?? []) {
    if (!ran.has(skipped.name)) steps.push({ name: skipped.name, phase: 'Skipped', ...(skipped.reason && { message: skipped.reason }) });
  }
  const { phase, message } = phaseOf(pipelineRun.status);
  return {
    run: { ...run, namespace },
    phase,
    ...(pipelineRun.status?.startTime && { startedAt: pipelineRun.status.startTime }),
    ...(pipelineRun.status?.completionTime && { finishedAt: pipelineRun.status.completionTime }),
    ...(message !== undefined && { message }),
    steps: steps.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true })),
  };
}
