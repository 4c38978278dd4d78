import { didYouMean } from '../../errors/did-you-mean';
import type { Step, SubWorkflowCallStep } from '../../schema/step';
import type { SubWorkflow } from '../../schema/sub-workflow';
import type { ValidationContext } from '../validation-context';
import { IDENTIFIER_MAX_LENGTH, IDENTIFIER_PATTERN } from '../../schema/names';
import { MAPPED_CALL_FILES_HINT } from './mapped-call-output';
import { outputsOf } from './step-outputs';

type Path = ReadonlyArray<string | number>;

/**
 * The artifact side of a definition: its outputs name artifacts of its body's steps, and the
 * body's `input` sources (on steps and on nested calls) name its input artifacts. Outside any
 * body (`definition` undefined) there is no input artifact to read.
 */
export function checkDefinitionArtifacts(context: ValidationContext, steps: ReadonlyArray<Step>, path: Path, definition?: SubWorkflow): void {
  const inputs = new Set((definition?.inputs?.artifacts ?? []).map((input) => input.name));
  const where = definition ? `sub-workflow "${definition.name}"` : 'the workflow';
  const hint = definition
    ? inputs.size > 0 ? `Input artifacts of "${definition.name}": ${[...inputs].join(', ')}.` : `Declare it in inputs.artifacts of "${definition.name}".`
    : 'Only the steps of a sub-workflow read its input artifacts (input); pass a step\'s artifact (from) or a location here.';
  const checkInput = (name: string | undefined, step: Step, at: Path) => {
    if (name === undefined || inputs.has(name)) return;
    context.report('UNKNOWN_INPUT', `Step "${step.name}" reads input artifact "${name}" of ${where}, which has no such input artifact.${didYouMean(name, inputs)}`, { path: at, stepIds: [step.name], hint });
  };
  for (const step of steps) {
    const at = [...path, step.name];
    for (const artifact of step.inputs?.artifacts ?? []) checkInput(artifact.input, step, [...at, 'inputs', 'artifacts', artifact.name, 'input']);
    if (step.kind === 'subWorkflow') {
      for (const argument of step.subWorkflow.artifacts ?? []) checkInput(argument.input, step, [...at, 'subWorkflow', 'artifacts', argument.name, 'input']);
    }
  }
  if (!definition) return;
  for (const [side, artifacts] of [['inputs', definition.inputs?.artifacts ?? []], ['outputs', definition.outputs?.artifacts ?? []]] as const) {
    for (const { name } of artifacts) {
      if (!IDENTIFIER_PATTERN.test(name) || name.length > IDENTIFIER_MAX_LENGTH) {
        context.report('INVALID_NAME', `The ${side === 'inputs' ? 'input' : 'output'} artifact name "${name}" of sub-workflow "${definition.name}" must start with a letter or "_" and hold only letters, digits, "_" and "-" (at most ${IDENTIFIER_MAX_LENGTH} characters).`, {
          path: ['subWorkflows', definition.name, side, 'artifacts', name],
          hint: 'Artifact names become engine identifiers; put free text in description.',
        });
      }
    }
  }
  const byName = new Map(steps.map((step) => [step.name, step]));
  const seen = new Set<string>();
  for (const output of definition.outputs?.artifacts ?? []) {
    const at = ['subWorkflows', definition.name, 'outputs', 'artifacts', output.name];
    if (seen.has(output.name)) context.report('DUPLICATE_NAME', `Sub-workflow "${definition.name}" returns two artifacts named "${output.name}".`, { path: at });
    seen.add(output.name);
    const producer = byName.get(output.from.step);
    if (producer === undefined) {
      context.report('UNKNOWN_STEP', `Output artifact "${output.name}" of sub-workflow "${definition.name}" comes from step "${output.from.step}", which is not a step of its body.${didYouMean(output.from.step, byName.keys())}`, {
        path: [...at, 'from', 'step'],
        hint: 'Name a step of the sub-workflow itself.',
      });
      continue;
    }
    const kind = outputsOf(producer).get(output.from.output)?.kind;
    if (kind !== 'artifact') {
      const artifacts = [...outputsOf(producer)].filter(([, info]) => info.kind === 'artifact').map(([name]) => name);
      context.report(kind === undefined ? 'UNKNOWN_OUTPUT' : 'TYPE_MISMATCH', `Output artifact "${output.name}" of sub-workflow "${definition.name}" comes from "${output.from.step}.${output.from.output}", which is ${kind === undefined ? 'not an output of that step' : 'a parameter, not an artifact'}.`, {
        path: [...at, 'from', 'output'],
        stepIds: [producer.name],
        hint: artifacts.length > 0 ? `Artifacts of "${producer.name}": ${artifacts.join(', ')}.` : `Step "${producer.name}" declares no output artifacts; add one (outputs.artifacts).`,
      });
    }
    if (producer.map) {
      context.report('INVALID_FIELD', `Output artifact "${output.name}" of sub-workflow "${definition.name}" comes from mapped step "${producer.name}", which makes one artifact per item.`, {
        path: [...at, 'from', 'step'],
        stepIds: [producer.name],
        hint: 'Return an artifact of a step that runs once, e.g. one that gathers the items\' files.',
      });
    }
  }
}

/** A call's artifact arguments bind its definition's input artifacts, and it returns only artifacts the definition has. */
export function checkCallArtifacts(context: ValidationContext, step: SubWorkflowCallStep, definition: SubWorkflow, path: Path): void {
  const stepIds = [step.name];
  const inputs = new Map((definition.inputs?.artifacts ?? []).map((input) => [input.name, input]));
  const given = new Set<string>();
  for (const argument of step.subWorkflow.artifacts ?? []) {
    const at = [...path, 'subWorkflow', 'artifacts', argument.name];
    if (given.has(argument.name)) context.report('DUPLICATE_NAME', `Step "${step.name}" passes artifact "${argument.name}" twice.`, { path: at, stepIds });
    given.add(argument.name);
    if (!inputs.has(argument.name)) {
      context.report('UNKNOWN_INPUT', `Step "${step.name}" passes artifact "${argument.name}" to sub-workflow "${definition.name}", which has no such input artifact.${didYouMean(argument.name, inputs.keys())}`, {
        path: at,
        stepIds,
        hint: inputs.size > 0 ? `Input artifacts of "${definition.name}": ${[...inputs.keys()].join(', ')}.` : `Sub-workflow "${definition.name}" takes no artifacts.`,
      });
    }
  }
  for (const input of inputs.values()) {
    if (!input.optional && !given.has(input.name)) {
      context.report('UNKNOWN_INPUT', `Step "${step.name}" calls sub-workflow "${definition.name}" without its input artifact "${input.name}".`, {
        path: [...path, 'subWorkflow', 'artifacts'],
        stepIds,
        hint: `Pass "${input.name}" (another step's artifact or a location), or mark the input optional.`,
      });
    }
  }
  const outputs = new Set((definition.outputs?.artifacts ?? []).map((output) => output.name));
  for (const name of step.subWorkflow.outputArtifacts ?? []) {
    if (!outputs.has(name)) {
      context.report('UNKNOWN_OUTPUT', `Step "${step.name}" returns artifact "${name}", which sub-workflow "${definition.name}" does not return.${didYouMean(name, outputs)}`, {
        path: [...path, 'subWorkflow', 'outputArtifacts'],
        stepIds,
      });
    }
  }
  if (step.map && (step.subWorkflow.outputArtifacts?.length ?? 0) > 0) {
    context.report('INVALID_FIELD', `Mapped call "${step.name}" returns artifacts, but each of its iterations makes its own.`, {
      path: [...path, 'subWorkflow', 'outputArtifacts'],
      stepIds,
      hint: MAPPED_CALL_FILES_HINT,
    });
  }
}
