import type { DataTransformation, Step } from '@couler/ir';
import { isArtifactSpec, type ArtifactSpec } from './artifacts';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { StepFields, type CommonStepOptions } from './step-options';
import { describe } from './values';

/** Options of listArtifactFiles: the transformations, and what every step has but a container's fields. */
export interface ListArtifactFilesOptions extends Pick<CommonStepOptions, 'stepName' | 'description' | 'retry' | 'cache' | 'continueOn' | 'timeout'> {
  /**
   * Expressions of Argo's expr language, applied in order to `data`, the list so far:
   * `filter(data, {# endsWith ".csv"})`, `map(data, {# + ".ready"})`. Literal text.
   */
  transformation?: ReadonlyArray<string>;
}

const LIST_OPTION_KEYS = { stepName: true, description: true, retry: true, cache: true, continueOn: true, timeout: true, transformation: true } as const satisfies Record<keyof ListArtifactFilesOptions, true>;

/** Options a data step cannot have: it lists files and runs no command of the user's. */
const CONTAINER_ONLY = Object.fromEntries(
  ['image', 'command', 'args', 'env', 'envFrom', 'secret', 'input', 'output', 'resources', 'volumeMounts'].map((key) => [key, `listArtifactFiles runs no container of yours, so it cannot have ${key}; read the list in a later step instead`]),
);

function toTransformation(expressions: unknown): DataTransformation[] {
  if (expressions === undefined) return [];
  if (!Array.isArray(expressions)) throw dslError('INVALID_DSL_USAGE', `listArtifactFiles({ transformation }) takes a list of expressions; got ${describe(expressions)}.`);
  return expressions.map((expression, index) => {
    if (typeof expression !== 'string' || expression.trim() === '') {
      throw dslError('INVALID_DSL_USAGE', `listArtifactFiles({ transformation })[${index}] must be an expression over data; got ${describe(expression)}.`, {
        hint: 'listArtifactFiles(source, { transformation: [\'filter(data, {# endsWith ".csv"})\'] })',
      });
    }
    return { expression };
  });
}

/**
 * Lists the files of an artifact location (Argo's data template): every object key under it,
 * transformed by `transformation` in turn. The step's `result` is the list as JSON, so a later
 * step can `map` over it. The artifact's path is not used: nothing is downloaded.
 *
 * Argo lists S3, OSS, GCS, Azure and plugin locations; the local engine those its stores list
 * (S3, OSS, GCS, Azure, HDFS); Airflow and Tekton refuse data steps with UNSUPPORTED_BY_BACKEND.
 */
export function listArtifactFiles(source: ArtifactSpec, options: ListArtifactFilesOptions = {}): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('listArtifactFiles');
  if (!isArtifactSpec(source) || !source.location) {
    throw dslError('INVALID_DSL_USAGE', `listArtifactFiles() lists a stored location, what createS3Artifact(), createGcsArtifact() and the like return; got ${isArtifactSpec(source) ? 'an artifact without a location' : describe(source)}.`, {
      hint: "listArtifactFiles(createS3Artifact('/data', { bucket: 'ml', key: 'raw/images' }), { transformation: ['filter(data, {# endsWith \".png\"})'] })",
    });
  }
  checkOptions('listArtifactFiles()', options, LIST_OPTION_KEYS, CONTAINER_ONLY);
  const fields = new StepFields('listArtifactFiles').common(options).build();
  const data = { source: { artifactPaths: structuredClone(source.location) }, transformation: toTransformation(options.transformation) };
  const draft = { ...fields, kind: 'data', data } as Partial<Step>;
  return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: 'list-files', stack });
}
