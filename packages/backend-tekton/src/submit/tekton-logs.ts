import { CoulerError, didYouMean, type BackendV1LogLine, type BackendV1LogsOptions, type BackendV1RunHandle } from '@couler/ir';
import { connectToKubernetes, type PodLogs, type TektonClusterSettings } from './kubernetes-client';
import { logLines } from './log-lines';
import { taskRunInstances, type TaskRunInstance, type TaskRunObject } from './task-run-instances';
import type { TektonObject } from './tekton-objects';
import { phaseOf } from './tekton-runs';

/** How long `follow` waits before looking for new TaskRuns when nothing was new. */
const FOLLOW_POLL_MS = 2000;

/** A step container of a TaskRun's pod: `step-<name>`, and whether it has started (a waiting one has no log yet). */
interface StepContainer {
  readonly container: string;
  readonly started: boolean;
}

function containersOf(taskRun: TaskRunObject): StepContainer[] {
  const steps = taskRun.status?.steps;
  if (steps?.length) return steps.map((step) => ({ container: step.container ?? `step-${step.name}`, started: step.running !== undefined || step.terminated !== undefined }));
  // No step states yet (or any more): the task's own steps, read once the TaskRun is done.
  const declared = taskRun.status?.taskSpec?.steps ?? [];
  const done = taskRun.status?.completionTime !== undefined;
  return declared.map((step, index) => ({ container: `step-${step.name || `unnamed-${index}`}`, started: done }));
}

/** Oldest first: by start time, not-yet-started runs last, then by step name (numbers as numbers). */
function byStart(a: TaskRunInstance, b: TaskRunInstance): number {
  const start = (instance: TaskRunInstance) => String(instance.taskRun.status?.startTime ?? '\uffff');
  return start(a).localeCompare(start(b)) || a.name.localeCompare(b.name, 'en', { numeric: true });
}

function pipelineTaskNames(pipelineRun: TektonObject): string[] | undefined {
  const spec = pipelineRun.status?.pipelineSpec ?? pipelineRun.spec?.pipelineSpec;
  return spec ? [...(spec.tasks ?? []), ...(spec.finally ?? [])].map((task) => task.name) : undefined;
}

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, milliseconds);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** The lines of one TaskRun's step containers, or one line saying its pod is gone. */
async function* instanceLines(pods: PodLogs, namespace: string, instance: TaskRunInstance, containers: StepContainer[], options: BackendV1LogsOptions): AsyncGenerator<BackendV1LogLine> {
  const pod = String(instance.taskRun.status?.podName);
  for (const { container } of containers) {
    try {
      const chunks = pods.log(namespace, pod, container, { follow: options.follow === true, ...(options.abortSignal && { abortSignal: options.abortSignal }) });
      for await (const { time, text } of logLines(chunks)) yield { stepName: instance.name, ...(time !== undefined && { time }), text };
    } catch (error) {
      if (!CoulerError.isInstance(error)) throw error;
      if (error.code === 'RUN_NOT_FOUND') {
        yield { stepName: instance.name, text: `[couler] Pod "${pod}" is gone (deleted, or pruned with its run): the logs of "${instance.name}" are no longer on the cluster.` };
        return;
      }
      // HTTP 400: this container has no log to give (its image never started, say).
      if (error.code !== 'ENGINE_REJECTED') throw error;
      yield { stepName: instance.name, text: `[couler] No log from container "${container}" of pod "${pod}": ${error.message}` };
    }
  }
}

/**
 * The log lines of a PipelineRun, per step: for each TaskRun (label `tekton.dev/pipelineRun`),
 * oldest first, the log of every step container (`step-<name>`) of its pod, through the pod log
 * API. Steps are named as `doStatus` names them: the pipeline task, `task[i]` for matrix
 * combinations. A pod that is gone gives one line saying so. With `follow`, running containers
 * are streamed and new TaskRuns picked up until the PipelineRun ends.
 *
 * @throws CoulerError `UNKNOWN_STEP` for a `stepName` the pipeline has not, the `ENGINE_*` and
 *   `RUN_NOT_FOUND` codes of the Kubernetes API, or the abort signal's reason.
 */
export async function* doLogsTekton(run: BackendV1RunHandle, options: BackendV1LogsOptions, settings: TektonClusterSettings): AsyncGenerator<BackendV1LogLine> {
  const { api, pods, namespace: contextNamespace } = await connectToKubernetes(settings, options);
  const namespace = options.namespace ?? run.namespace ?? contextNamespace ?? 'default';
  const wanted = options.stepName;
  const read = new Set<string>();
  for (let round = 0; ; round++) {
    options.abortSignal?.throwIfAborted();
    const pipelineRun = await api.get(namespace, 'pipelineruns', run.runId);
    const instances = taskRunInstances((await api.list(namespace, 'taskruns', `tekton.dev/pipelineRun=${run.runId}`)).items).sort(byStart);
    if (round === 0 && wanted !== undefined) {
      const known = pipelineTaskNames(pipelineRun);
      if (known && !known.includes(wanted) && !instances.some((instance) => instance.name === wanted)) {
        throw new CoulerError('UNKNOWN_STEP', `PipelineRun "${run.runId}" has no step "${wanted}".${didYouMean(wanted, known)}`, {
          hint: known.length ? `Its steps are ${known.map((name) => `"${name}"`).join(', ')}.` : 'Its pipeline has no tasks.',
        });
      }
    }
    let progressed = false;
    for (const instance of instances) {
      if (wanted !== undefined && instance.task !== wanted && instance.name !== wanted) continue;
      const name = String(instance.taskRun.metadata?.name);
      if (read.has(name) || instance.taskRun.status?.podName === undefined) continue;
      const containers = containersOf(instance.taskRun);
      const done = instance.taskRun.status?.completionTime !== undefined;
      // Without follow, what has started is read now; with it, a TaskRun once all its containers started.
      const ready = containers.length > 0 && (done || (options.follow ? containers.every((container) => container.started) : containers.some((container) => container.started)));
      if (!ready) continue;
      read.add(name);
      progressed = true;
      yield* instanceLines(pods, namespace, instance, options.follow || done ? containers : containers.filter((container) => container.started), options);
    }
    if (options.follow !== true) return;
    const { phase } = phaseOf(pipelineRun.status);
    if (phase !== 'Pending' && phase !== 'Running' && !progressed) return;
    if (!progressed) await sleep(FOLLOW_POLL_MS, options.abortSignal);
  }
}
