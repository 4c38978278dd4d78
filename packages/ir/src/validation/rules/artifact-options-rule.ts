import type { ArtifactLocation } from '../../schema/artifact';
import type { ValidationContext } from '../validation-context';
import { artifactoryLocationProblems } from './artifactory-location';

/** An Azure location names one kind of credentials: an account key, or the SDK's own (`useSDKCreds`). */
export function azureCredentialsConflict(location: ArtifactLocation | undefined): boolean {
  return location?.type === 'azure' && location.accountKey !== undefined && location.useSDKCreds === true;
}

export const AZURE_CREDENTIALS_HINT = 'Keep accountKey to sign with the account key, or useSDKCreds to use the identity the engine runs as; not both.';

/**
 * Artifact options that only mean something with another: `recurseMode` applies `mode`, a
 * `compressionLevel` is the gzip level of the tar archive, and `artifactGC` deletes a stored
 * object, which an artifact only another step reads (an input) does not own. An Azure location
 * takes an account key or the SDK's credentials, not both; an Artifactory location needs an
 * http(s) URL and both halves of basic auth.
 */
export function artifactOptionsRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    // Only artifacts have these options: a step without any is done (most steps of a large workflow).
    if (!step.inputs?.artifacts?.length && !step.outputs?.artifacts?.length) continue;
    const stepIds = [step.name];
    for (const [direction, artifacts] of [['inputs', step.inputs?.artifacts], ['outputs', step.outputs?.artifacts]] as const) {
      for (const artifact of artifacts ?? []) {
        const where = `The ${direction === 'inputs' ? 'input' : 'output'} artifact "${artifact.name}" of step "${step.name}"`;
        for (const problem of artifactoryLocationProblems(artifact.location)) {
          context.report('INVALID_FIELD', `${where} has ${problem.message}.`, { path: [...path, direction, 'artifacts', artifact.name, 'location', problem.field], stepIds, hint: problem.hint });
        }
        if (!azureCredentialsConflict(artifact.location)) continue;
        context.report('INVALID_FIELD', `${where} gives its Azure location both accountKey and useSDKCreds.`, {
          path: [...path, direction, 'artifacts', artifact.name, 'location'],
          stepIds,
          hint: AZURE_CREDENTIALS_HINT,
        });
      }
    }
    for (const artifact of step.inputs?.artifacts ?? []) {
      if (artifact.recurseMode && artifact.mode === undefined) {
        context.report('INVALID_FIELD', `Input artifact "${artifact.name}" of step "${step.name}" sets recurseMode without mode: there are no permission bits to apply.`, {
          path: [...path, 'inputs', 'artifacts', artifact.name, 'recurseMode'],
          stepIds,
          hint: 'Give mode too (such as 0o755), or drop recurseMode.',
        });
      }
    }
    for (const artifact of step.outputs?.artifacts ?? []) {
      if (artifact.compressionLevel !== undefined && artifact.archive === 'none') {
        context.report('INVALID_FIELD', `Output artifact "${artifact.name}" of step "${step.name}" sets compressionLevel with archive "none": nothing is compressed.`, {
          path: [...path, 'outputs', 'artifacts', artifact.name, 'compressionLevel'],
          stepIds,
          hint: 'Drop compressionLevel, or archive with "tar".',
        });
      }
    }
  }
}
