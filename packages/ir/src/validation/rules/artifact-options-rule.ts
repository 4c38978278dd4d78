import type { ValidationContext } from '../validation-context';

/**
 * Artifact options that only mean something with another: `recurseMode` applies `mode`, a
 * `compressionLevel` is the gzip level of the tar archive, and `artifactGC` deletes a stored
 * object, which an artifact only another step reads (an input) does not own.
 */
export function artifactOptionsRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    const stepIds = [step.name];
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
