import { CoulerError, type BackendV1Warning } from '@couler/ir';
import type { ResolvedTektonCompileOptions } from '../tekton-compile-options';
import type { Json, TektonDocument } from './tekton-types';

/**
 * Tekton's objects are custom resources, which the API server keeps as JSON in etcd; etcd refuses
 * a request over its `--max-request-bytes`, 1.5 MiB by default ("etcdserver: request is too
 * large"), and managed clusters keep that default. What a run adds to its objects:
 *
 * - the controller copies the whole pipeline spec into the PipelineRun's `status.pipelineSpec`,
 *   so an embedded `pipelineSpec` is stored twice in the PipelineRun, and a referenced Pipeline's
 *   spec once; the status also gets one child reference per TaskRun (every matrix combination),
 *   skipped tasks and results: we count 512 bytes per TaskRun;
 * - client-side `kubectl apply` stores a second copy of the object in the
 *   `kubectl.kubernetes.io/last-applied-configuration` annotation.
 *
 * So a document over 1.5 MiB cannot be created, and a PipelineRun whose status would take it
 * past 1.5 MiB fails as soon as the controller writes its status: both are compile errors. A
 * document over half of it (768 KiB) cannot go through `kubectl apply`: a warning. The answer is
 * smaller objects: separate Tasks (each step's spec an object of its own), a referenced Pipeline,
 * or splitting the workflow (`@couler/optimizer-split`).
 */
export const TEKTON_MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;
export const TEKTON_APPLY_WARNING_BYTES = TEKTON_MAX_OBJECT_BYTES / 2;
export const TEKTON_STATUS_BYTES_PER_TASK_RUN = 512;

const SPLIT_HINT = 'split the workflow into smaller ones: `couler split` (@couler/optimizer-split) does it for you';

function bytesOf(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

/** TaskRuns a pipeline creates at most: one per task, one per combination of a literal matrix. */
function taskRunCount(spec: Json): number {
  const tasks = [...((spec.tasks as Json[] | undefined) ?? []), ...((spec.finally as Json[] | undefined) ?? [])];
  return tasks.reduce((total, task) => {
    const matrix = task.matrix as { params?: Array<{ value: unknown }>; include?: unknown[] } | undefined;
    if (!matrix) return total + 1;
    // A matrix value that is a reference ($(params.x[*])) has a length only known at run time: 1.
    const product = matrix.params?.length ? matrix.params.reduce((combinations, param) => combinations * (Array.isArray(param.value) ? param.value.length : 1), 1) : 0;
    return total + Math.max(1, product + (matrix.include?.length ?? 0));
  }, 0);
}

function hint(options: ResolvedTektonCompileOptions): string {
  const smaller = [
    ...(options.taskStyle === 'embedded' ? ['compile with taskStyle: separate (each step\'s Task an object of its own)'] : []),
    ...(options.runStyle === 'embedded' ? ['with runStyle: reference (the PipelineRun then only names the Pipeline)'] : []),
  ];
  const text = [...smaller, SPLIT_HINT].join(', or ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` naming the object and its size when an object, or a
 *   PipelineRun with the status Tekton writes, would be over what the API server stores.
 */
export function checkSizeLimits(workflowName: string, documents: ReadonlyArray<TektonDocument>, options: ResolvedTektonCompileOptions): BackendV1Warning[] {
  const warnings: BackendV1Warning[] = [];
  const describe = (document: TektonDocument) => `${document.kind} "${document.metadata.name ?? document.metadata.generateName ?? workflowName}"`;
  for (const document of documents) {
    const bytes = bytesOf(document);
    if (bytes > TEKTON_MAX_OBJECT_BYTES) {
      throw new CoulerError(
        'UNSUPPORTED_BY_BACKEND',
        `The tekton backend cannot express workflow "${workflowName}": its ${describe(document)} is ${formatBytes(bytes)}, and the Kubernetes API server stores at most ${formatBytes(TEKTON_MAX_OBJECT_BYTES)} per object (etcd's default --max-request-bytes) ("workflow.size").`,
        { path: [], hint: hint(options) },
      );
    }
    if (bytes > TEKTON_APPLY_WARNING_BYTES) {
      warnings.push({
        message: `The ${describe(document)} of workflow "${workflowName}" is ${formatBytes(bytes)}: \`kubectl apply\` keeps a second copy of it in an annotation and would pass the ${formatBytes(TEKTON_MAX_OBJECT_BYTES)} the API server stores per object. Create it with \`couler submit\`, \`kubectl create\` or \`kubectl apply --server-side\`; or ${SPLIT_HINT}.`,
        path: [],
      });
    }
  }
  const run = documents.find((document) => document.kind === 'PipelineRun');
  const pipelineSpec = (documents.find((document) => document.kind === 'Pipeline')?.spec ?? run?.spec.pipelineSpec) as Json | undefined;
  if (run && pipelineSpec) {
    const taskRuns = taskRunCount(pipelineSpec);
    const projected = bytesOf(run) + bytesOf(pipelineSpec) + taskRuns * TEKTON_STATUS_BYTES_PER_TASK_RUN;
    if (projected > TEKTON_MAX_OBJECT_BYTES) {
      throw new CoulerError(
        'UNSUPPORTED_BY_BACKEND',
        `The tekton backend cannot express workflow "${workflowName}" as one run: Tekton copies its ${formatBytes(bytesOf(pipelineSpec))} pipeline spec into the status of its ${formatBytes(bytesOf(run))} PipelineRun, which with the status of up to ${taskRuns} TaskRuns comes to about ${formatBytes(projected)}, over the ${formatBytes(TEKTON_MAX_OBJECT_BYTES)} the API server stores per object; the run would fail when it starts ("workflow.size").`,
        { path: [], hint: hint(options) },
      );
    }
  }
  return warnings;
}
