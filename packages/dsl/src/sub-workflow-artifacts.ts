import type { SubWorkflowArtifactArgument } from '@couler/ir';
import { isArtifactSpec, type ArtifactSpec } from './artifacts';
import { type InputArtifactHandle, type OutputHandle, dslError, isArtifactMount, isInputArtifactHandle, isOutputHandle, isStepHandle, type StepHandle } from './handles';
import { describe } from './values';

/**
 * What a call passes for an input artifact of a sub-workflow: an earlier step's artifact output
 * (or the step, when that is its one output), a stored object (createS3Artifact, createGcsArtifact,
 * createHttpArtifact …), or inside another body that body's own input artifact.
 */
export type ArtifactArgument = OutputHandle | StepHandle | ArtifactSpec | InputArtifactHandle;

/** One artifact argument of a call of `subWorkflow`, checked: where each kind of value goes wrong, the message says what to pass. */
export function toArtifactArgument(value: unknown, input: string, subWorkflow: string): SubWorkflowArtifactArgument {
  const where = `${subWorkflow}({ ${input} })`;
  if (isInputArtifactHandle(value)) return { name: input, input: value.name };
  if (isStepHandle(value)) return { name: input, from: artifactOutput(value.oneOutput(where), where).toRef() };
  if (isOutputHandle(value)) return { name: input, from: artifactOutput(value, where).toRef() };
  if (isArtifactMount(value)) {
    throw dslError('INVALID_DSL_USAGE', `${where} got an artifact mounted at a path (.at()), but the sub-workflow's steps choose where they read it.`, {
      hint: `Pass ${value.output.step}.output('${value.output.output}') itself, and mount it inside the body: ${input}.at('${value.path}').`,
    });
  }
  if (isArtifactSpec(value)) return { name: input, location: storedLocation(value, where) };
  throw dslError('TYPE_MISMATCH', `${where} takes a file, because "${input}" is an input artifact of sub-workflow "${subWorkflow}"; got ${describe(value)}.`, {
    hint: "Pass an earlier step's artifact output (step.output('model')), a stored object (createS3Artifact …), or drop { artifact: true } from the input to pass a value.",
  });
}

function artifactOutput(output: OutputHandle, where: string): OutputHandle {
  if (output.kind === 'artifact') return output;
  throw dslError('TYPE_MISMATCH', `${where} takes a file, but output "${output.output}" of step "${output.step}" is a ${output.kind}.`, {
    stepIds: [output.step],
    hint: 'Pass one of its artifact outputs (declared with output: createLocalArtifact/createS3Artifact …), or pass the value to a value input.',
  });
}

/** A stored object's location; an artifact that only describes a file a step writes (no location) names nothing to pass. */
function storedLocation(artifact: ArtifactSpec, where: string) {
  if (artifact.kind === 'artifact' && artifact.location && artifact.dataset === undefined && artifact.raw === undefined) return artifact.location;
  const what = artifact.kind === 'parameter' ? 'a parameter artifact (a value read from a file)' : artifact.raw !== undefined ? 'a raw artifact' : artifact.dataset !== undefined ? "a dataset's mount" : 'an artifact without a stored location';
  throw dslError('INVALID_DSL_USAGE', `${where} got ${what}, which names no stored object to pass.`, {
    hint: 'Pass an earlier step\'s artifact output, or an object in a store: createS3Artifact(path, { bucket, key }), createGcsArtifact, createAzureArtifact, createHttpArtifact ….',
  });
}
