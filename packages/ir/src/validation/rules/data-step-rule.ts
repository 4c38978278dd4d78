import type { ArtifactLocationType } from '../../schema/artifact';
import type { DataStep } from '../../schema/step';
import type { ValidationContext } from '../validation-context';
import { azureCredentialsConflict, AZURE_CREDENTIALS_HINT } from './artifact-options-rule';
import { describeBytes, MAX_ARGUMENT_BYTES, utf8Bytes } from './argument-size-rule';
import { reportContainerFields } from './http-step-rule';

/**
 * Locations no engine can list: HTTP has no listing (Argo's http and artifactory drivers answer
 * "ListObjects is currently not supported"), and a Git checkout is not a store of objects.
 */
const UNLISTABLE: ReadonlySet<ArtifactLocationType> = new Set(['http', 'artifactory', 'git']);

/**
 * Argo hands a data template to its executor as one command-line argument (`argoexec data
 * <json>`), which Linux caps at `MAX_ARGUMENT_BYTES`; the rest is left for the location's
 * fields and Argo's own.
 */
export const MAX_DATA_TEMPLATE_BYTES = MAX_ARGUMENT_BYTES - 8 * 1024;

function reportShape(context: ValidationContext, step: DataStep, path: ReadonlyArray<string | number>): void {
  const stepIds = [step.name];
  reportContainerFields(context, step, path, 'Data step', 'Remove it: a data step lists files, it runs no command of yours.');
  if (step.inputs?.artifacts?.length) {
    context.report('INVALID_FIELD', `Data step "${step.name}" reads no files, so it cannot take input artifacts.`, { path: [...path, 'inputs', 'artifacts'], stepIds, hint: 'List the location itself: it is the data step\'s source.' });
  }
  if (step.outputs?.parameters?.length || step.outputs?.artifacts?.length) {
    context.report('INVALID_FIELD', `Data step "${step.name}" has one output, "result" (the transformed list as JSON); it cannot declare others.`, {
      path: [...path, 'outputs'],
      stepIds,
      hint: `Read the list as { ref: 'step', step: '${step.name}', output: 'result' }, or map over it.`,
    });
  }
}

function reportSource(context: ValidationContext, step: DataStep, path: ReadonlyArray<string | number>): void {
  const location = step.data.source.artifactPaths;
  const at = [...path, 'data', 'source', 'artifactPaths'];
  if (UNLISTABLE.has(location.type)) {
    context.report('INVALID_FIELD', `Data step "${step.name}" lists a ${location.type} location, which cannot be listed: ${location.type === 'git' ? 'a Git repository is checked out, not listed' : 'HTTP has no way to list the files under a URL'}.`, {
      path: at,
      stepIds: [step.name],
      hint: 'List an object store that keeps files under a prefix: S3, OSS, GCS, Azure Blob, HDFS, or an artifact driver plugin.',
    });
  }
  if (azureCredentialsConflict(location)) {
    context.report('INVALID_FIELD', `Data step "${step.name}" gives its Azure location both accountKey and useSDKCreds.`, { path: at, stepIds: [step.name], hint: AZURE_CREDENTIALS_HINT });
  }
}

function reportTransformation(context: ValidationContext, step: DataStep, path: ReadonlyArray<string | number>): void {
  step.data.transformation.forEach((transformation, index) => {
    if (transformation.expression.trim() !== '') return;
    context.report('INVALID_FIELD', `Transformation ${index} of data step "${step.name}" is blank; expr cannot evaluate an empty expression.`, {
      path: [...path, 'data', 'transformation', index, 'expression'],
      stepIds: [step.name],
      hint: 'Write an expression over data, such as filter(data, {# endsWith ".csv"}), or remove the transformation.',
    });
  });
  const bytes = utf8Bytes(JSON.stringify(step.data));
  if (bytes > MAX_DATA_TEMPLATE_BYTES) {
    context.report('ARGUMENT_TOO_LONG', `Data step "${step.name}" is ${describeBytes(bytes)} of source and expressions; Argo passes a data step to its executor as one command-line argument, and Linux lets it hold at most ${describeBytes(MAX_ARGUMENT_BYTES)}.`, {
      path: [...path, 'data'],
      stepIds: [step.name],
      hint: `Keep the expressions under ${describeBytes(MAX_DATA_TEMPLATE_BYTES)} together, or filter the list in a script step that reads it.`,
    });
  }
}

/**
 * A data step lists the files of one location and transforms the list: it runs no container of
 * the user's (no env, resources, volumes, input artifacts), its only output is `result`, its
 * location can be listed, its expressions are not blank and all of it fits in one argument.
 */
export function dataStepRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    if (step.kind !== 'data') continue;
    reportShape(context, step, path);
    reportSource(context, step, path);
    reportTransformation(context, step, path);
  }
}
