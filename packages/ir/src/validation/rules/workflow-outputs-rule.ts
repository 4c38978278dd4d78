import { didYouMean } from '../../errors/did-you-mean';
import { IDENTIFIER_MAX_LENGTH, IDENTIFIER_PATTERN } from '../../schema/names';
import { refsOfValue, type Ref, type StepOutputRef } from '../../schema/value';
import type { ValidationContext } from '../validation-context';
import { outputsOf } from './step-outputs';

type Path = ReadonlyArray<string | number>;

/**
 * Workflow outputs (`spec.outputs.parameters`) are well formed: identifier names, unique, not
 * shared with a step's global output; exactly one of `value` and `firstOf`; and every reference
 * resolves once the main steps are done — to a main step's parameter output or `result`, or a
 * workflow parameter. Items, inputs and exit-handler facts do not exist there.
 */
export function workflowOutputsRule(context: ValidationContext): void {
  const outputs = context.workflow.spec.outputs?.parameters ?? [];
  const artifacts = context.workflow.spec.outputs?.artifacts ?? [];
  if (outputs.length === 0 && artifacts.length === 0) return;
  const globals = new Map<string, string>();
  for (const { step } of context.allSteps()) {
    for (const output of [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])]) if (output.global) globals.set(output.name, step.name);
  }
  const seen = new Set<string>();
  for (const output of outputs) {
    const path: Path = ['outputs', 'parameters', output.name];
    if (!IDENTIFIER_PATTERN.test(output.name) || output.name.length > IDENTIFIER_MAX_LENGTH) {
      context.report('INVALID_NAME', `The workflow output name "${output.name}" must start with a letter or "_" and hold only letters, digits, "_" and "-" (at most ${IDENTIFIER_MAX_LENGTH} characters).`, { path });
    }
    if (seen.has(output.name)) context.report('DUPLICATE_NAME', `There can be only one workflow output named "${output.name}".`, { path });
    seen.add(output.name);
    const owner = globals.get(output.name);
    if (owner !== undefined) {
      context.report('DUPLICATE_NAME', `Workflow output "${output.name}" has the name of a global output of step "${owner}"; both would be the workflow's "${output.name}".`, {
        path,
        stepIds: [owner],
        hint: 'Rename one of them, or drop the workflow output and keep the global one.',
      });
    }
    const sources = (['value', 'firstOf'] as const).filter((key) => output[key] !== undefined);
    if (sources.length !== 1) {
      context.report(
        'AMBIGUOUS_SOURCE',
        sources.length === 0 ? `Workflow output "${output.name}" needs one of "value", "firstOf"; it has none.` : `Workflow output "${output.name}" has "value" and "firstOf"; give exactly one.`,
        { path },
      );
    }
    for (const ref of refsOfValue(output.value)) checkRef(context, output.name, ref, [...path, 'value']);
    for (const [index, ref] of (output.firstOf ?? []).entries()) checkRef(context, output.name, ref, [...path, 'firstOf', index]);
  }
  for (const artifact of artifacts) {
    const path: Path = ['outputs', 'artifacts', artifact.name];
    if (!IDENTIFIER_PATTERN.test(artifact.name) || artifact.name.length > IDENTIFIER_MAX_LENGTH) {
      context.report('INVALID_NAME', `The workflow output artifact name "${artifact.name}" must start with a letter or "_" and hold only letters, digits, "_" and "-" (at most ${IDENTIFIER_MAX_LENGTH} characters).`, { path });
    }
    if (seen.has(artifact.name)) context.report('DUPLICATE_NAME', `There can be only one workflow output named "${artifact.name}".`, { path });
    seen.add(artifact.name);
    const owner = globals.get(artifact.name);
    if (owner !== undefined) {
      context.report('DUPLICATE_NAME', `Workflow output "${artifact.name}" has the name of a global output of step "${owner}"; both would be the workflow's "${artifact.name}".`, {
        path,
        stepIds: [owner],
        hint: 'Rename one of them.',
      });
    }
    for (const [index, ref] of artifact.firstOf.entries()) checkArtifactRef(context, artifact.name, ref, [...path, 'firstOf', index]);
  }
}

/** The main step a workflow output reads, or undefined after reporting why there is none (no such step, or an exit-handler step). */
function mainProducer(context: ValidationContext, subject: string, stepName: string, path: Path) {
  const producer = context.steps.get(stepName);
  if (producer === undefined) {
    if (context.isFull) return undefined;
    const mainSteps = context.workflow.spec.steps.map((step) => step.name);
    context.report('UNKNOWN_STEP', `${subject} reads an output of "${stepName}", but there is no step of that name.${didYouMean(stepName, mainSteps)}`, { path });
    return undefined;
  }
  if (producer.phase === 'exit') {
    context.report('INVALID_REFERENCE', `${subject} reads exit-handler step "${stepName}", which runs after the workflow's outputs are set.`, { path, stepIds: [stepName], hint: 'Read a main step instead.' });
    return undefined;
  }
  return producer;
}

/** A workflow output artifact reads an artifact output of a main step (never a value, an exit-handler step or a parameter). */
function checkArtifactRef(context: ValidationContext, name: string, ref: StepOutputRef, path: Path): void {
  const subject = `Workflow output artifact "${name}"`;
  const producer = mainProducer(context, subject, ref.step, path);
  if (producer === undefined) return;
  if (producer.step.map) {
    context.report('INVALID_REFERENCE', `${subject} reads step "${ref.step}", which runs once per item and so writes many "${ref.output}" artifacts, not one.`, {
      path,
      stepIds: [ref.step],
      hint: 'Read a step that runs once, e.g. one that gathers the items\' files into one artifact.',
    });
    return;
  }
  const available = outputsOf(producer.step);
  const found = available.get(ref.output);
  if (found === undefined) {
    context.report('UNKNOWN_OUTPUT', `${subject} reads output "${ref.output}" of step "${ref.step}", which has no such output.${didYouMean(ref.output, [...available.keys()])}`, {
      path,
      stepIds: [ref.step],
    });
  } else if (found.kind !== 'artifact') {
    context.report('TYPE_MISMATCH', `${subject} reads value "${ref.step}.${ref.output}"; an output artifact is a file.`, {
      path,
      stepIds: [ref.step],
      hint: 'Return values with workflowOutput over parameters; give firstOf only artifacts (step.output(\'model\')) for a file.',
    });
  }
}

function checkRef(context: ValidationContext, name: string, ref: Ref, path: Path): void {
  const subject = `Workflow output "${name}"`;
  switch (ref.ref) {
    case 'step': {
      const producer = mainProducer(context, subject, ref.step, path);
      if (producer === undefined) return;
      const available = outputsOf(producer.step);
      const found = available.get(ref.output);
      if (found === undefined) {
        context.report('UNKNOWN_OUTPUT', `${subject} reads output "${ref.output}" of step "${ref.step}", which has no such output.${didYouMean(ref.output, [...available.keys()])}`, {
          path,
          stepIds: [ref.step],
          hint: available.size > 0 ? `Outputs of "${ref.step}": ${[...available.keys()].join(', ')}.` : `Step "${ref.step}" declares no outputs; add one to it.`,
        });
      } else if (found.kind === 'artifact') {
        context.report('TYPE_MISMATCH', `${subject} reads artifact "${ref.step}.${ref.output}"; workflow outputs are values, artifacts are files.`, {
          path,
          stepIds: [ref.step],
          hint: 'Mark the artifact global on its step (createLocalArtifact(path, { global: true })) to export it from the workflow.',
        });
      }
      return;
    }
    case 'parameter':
      if (!context.parameterNames.has(ref.name)) {
        context.report('UNKNOWN_PARAMETER', `${subject} reads workflow parameter "${ref.name}", which is not declared.${didYouMean(ref.name, context.parameterNames)}`, { path });
      }
      return;
    case 'workflow':
      if (ref.field === 'status' || ref.field === 'failures') {
        context.report('INVALID_REFERENCE', `${subject} reads workflow.${ref.field}, which is only known in exit handlers.`, { path });
      }
      return;
    default:
      context.report('INVALID_REFERENCE', `${subject} reads ${ref.ref === 'item' ? 'a map item' : `input "${ref.name}"`}, which only exists inside a step.`, {
        path,
        hint: 'Read an output of the step that has it instead.',
      });
  }
}
