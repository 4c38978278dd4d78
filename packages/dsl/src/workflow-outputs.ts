import type { StepOutputRef } from '@couler/ir';
import { dslError, isOutputHandle, isStepHandle, type OutputHandle, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import { describe, toValue, type ValueInput } from './values';

const FIRST_OF = Symbol.for('couler.dsl.firstOf');

/** The output of whichever of several steps succeeded first, in the order given: see `firstOf`. */
export interface FirstOf {
  readonly [FIRST_OF]: true;
  readonly refs: ReadonlyArray<StepOutputRef>;
  /** Whether the outputs are values or files (artifacts); never both. */
  readonly kind: 'value' | 'artifact';
}

/**
 * The value of the first of these outputs whose step succeeded — the result of whichever `when`
 * branch ran: `workflowOutput('stepresult', firstOf(heads, tails))`. A step stands for its first
 * declared output, else its standard output. Over artifacts (`firstOf(a.output('model'),
 * b.output('model'))`) it is a file the workflow returns (Argo: an output artifact chosen by
 * `fromExpression`).
 */
export function firstOf(...outputs: Array<StepHandle | OutputHandle>): FirstOf {
  if (outputs.length === 0) throw dslError('INVALID_DSL_USAGE', 'firstOf() needs at least one step or output.', { hint: 'firstOf(heads, tails)' });
  const handles = outputs.map((output, index) => {
    const handle = isStepHandle(output) ? output.oneOutput(`firstOf() argument ${index + 1}`) : isOutputHandle(output) ? output : undefined;
    if (!handle) throw dslError('INVALID_DSL_USAGE', `firstOf() takes steps and their outputs; argument ${index} is ${describe(output)}.`);
    return handle;
  });
  const artifacts = handles.filter((handle) => handle.kind === 'artifact');
  if (artifacts.length > 0 && artifacts.length < handles.length) {
    const value = handles.find((handle) => handle.kind !== 'artifact')!;
    throw dslError('TYPE_MISMATCH', `firstOf() was given artifact "${artifacts[0]!.output}" of step "${artifacts[0]!.step}" and value "${value.output}" of step "${value.step}"; give only values or only artifacts.`, {
      stepIds: [artifacts[0]!.step, value.step],
    });
  }
  return { [FIRST_OF]: true, refs: handles.map((handle) => handle.toRef()), kind: artifacts.length > 0 ? 'artifact' : 'value' };
}

function isFirstOf(value: unknown): value is FirstOf {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[FIRST_OF] === true;
}

export interface WorkflowOutputOptions {
  description?: string;
}

const WORKFLOW_OUTPUT_OPTION_KEYS = { description: true } as const satisfies Record<keyof WorkflowOutputOptions, true>;

/**
 * Declares a value the workflow returns once its main steps are done: a step's output, a
 * parameter, a concat of them, or `firstOf(…)`. On Argo it is an output of the workflow
 * (`status.outputs.parameters`, `{{workflow.outputs.parameters.<name>}}`); `firstOf(…)` over
 * artifacts is a file it returns (`{{workflow.outputs.artifacts.<name>}}`).
 */
export function workflowOutput(name: string, value: ValueInput | FirstOf, options: WorkflowOutputOptions = {}): void {
  const stack = captureCallSite();
  const builder = currentBuilder('workflowOutput');
  checkOptions('workflowOutput()', options, WORKFLOW_OUTPUT_OPTION_KEYS);
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw dslError('INVALID_NAME', `Workflow output name ${JSON.stringify(name)} is not an identifier.`, { hint: 'Use letters, digits, "_" and "-", starting with a letter, e.g. "accuracy".' });
  }
  if ([...builder.outputs, ...builder.outputArtifacts].some((output) => output.name === name)) throw dslError('DUPLICATE_NAME', `Workflow output "${name}" is declared twice.`);
  if (isFirstOf(value) && value.kind === 'artifact') {
    if (options.description !== undefined) {
      // Argo's Artifact has no description field, so it would be dropped.
      throw dslError('INVALID_DSL_USAGE', `workflowOutput('${name}') returns an artifact, which has no description on any engine.`, { hint: 'Drop description, or describe the artifact on the step that writes it.' });
    }
    builder.outputArtifacts.push({ name, firstOf: [...value.refs] });
    builder.noteSource(`outputs.artifacts.${name}`, stack);
    return;
  }
  builder.outputs.push({
    name,
    ...(isFirstOf(value) ? { firstOf: [...value.refs] } : { value: toValue(value, `workflowOutput('${name}')`) }),
    ...(options.description !== undefined && { description: options.description }),
  });
  builder.noteSource(`outputs.parameters.${name}`, stack);
}
