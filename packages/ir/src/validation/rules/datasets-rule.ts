import { didYouMean } from '../../errors/did-you-mean';
import type { Step } from '../../schema/step';
import type { ValidationContext } from '../validation-context';
import { AZURE_CREDENTIALS_HINT, azureCredentialsConflict } from './artifact-options-rule';
import { artifactoryLocationProblems } from './artifactory-location';

/** Source types a dataset can be synced from: each has a version to key the copy by. */
const SYNCABLE_SOURCES = new Set(['s3', 'oss', 'gcs', 'azure', 'artifactory', 'hdfs', 'http']);

/**
 * Datasets: one of each name, a source the engines can sync and version (not git, and not a
 * key that changes with every run), and every input artifact's `dataset` names one of them.
 */
export function datasetsRule(context: ValidationContext): void {
  const datasets = context.workflow.spec.datasets ?? [];
  const names = new Set<string>();
  for (const dataset of datasets) {
    const path = ['datasets', dataset.name];
    if (names.has(dataset.name)) context.report('DUPLICATE_NAME', `There can be only one dataset named "${dataset.name}".`, { path });
    names.add(dataset.name);
    if (!SYNCABLE_SOURCES.has(dataset.source.type)) {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" reads from ${dataset.source.type}, which has no version to keep a synced copy by; use s3, oss, gcs, azure, artifactory, hdfs or http.`, {
        path: [...path, 'source'],
        hint: 'Read a Git repository as an input artifact (createGitArtifact) instead.',
      });
    }
    if ('key' in dataset.source && typeof dataset.source.key !== 'string') {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" has a key that names the run's id; a dataset is shared by every run, so its key must be plain text.`, { path: [...path, 'source', 'key'] });
    }
    if (dataset.source.type === 'azure' && typeof dataset.source.blob !== 'string') {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" has a blob name that names the run's id; a dataset is shared by every run, so its blob name must be plain text.`, { path: [...path, 'source', 'blob'] });
    }
    if (dataset.source.type === 'artifactory' && typeof dataset.source.url !== 'string') {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" has a URL that names the run's id; a dataset is shared by every run, so its URL must be plain text.`, { path: [...path, 'source', 'url'] });
    }
    for (const problem of artifactoryLocationProblems(dataset.source)) {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" has ${problem.message}.`, { path: [...path, 'source', problem.field], hint: problem.hint });
    }
    if (azureCredentialsConflict(dataset.source)) {
      context.report('INVALID_FIELD', `Dataset "${dataset.name}" gives its Azure source both accountKey and useSDKCreds.`, { path: [...path, 'source'], hint: AZURE_CREDENTIALS_HINT });
    }
  }
  const check = (step: Step, at: ReadonlyArray<string | number>) => {
    for (const input of step.inputs?.artifacts ?? []) {
      if (input.dataset === undefined || names.has(input.dataset)) continue;
      context.report('INVALID_REFERENCE', `Input artifact "${input.name}" of step "${step.name}" reads dataset "${input.dataset}", but the workflow declares no dataset of that name.${didYouMean(input.dataset, [...names])}`, {
        path: [...at, 'inputs', 'artifacts', input.name, 'dataset'],
        stepIds: [step.name],
        hint: 'Declare it in spec.datasets (dataset({ name, source }) in the DSL).',
      });
    }
  };
  for (const { step, path } of context.allSteps()) check(step, path);
  for (const definition of context.workflow.spec.subWorkflows ?? []) {
    for (const step of definition.steps) check(step, ['subWorkflows', definition.name, 'steps', step.name]);
  }
}
