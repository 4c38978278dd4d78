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
}

/**
 * The value of the first of these outputs whose step succeeded — the result of whichever `when`
 * branch ran: `workflowOutput('stepresult', firstOf(heads, tails))`. A step stands for its first
 * declared output, else its standard output.
 */
export function firstOf(...outputs: Array<StepHandle | OutputHandle>): FirstOf {
  if (outputs.length === 0) throw dslError('INVALID_DSL_USAGE', 'firstOf() needs at least one step or output.', { hint: 'firstOf(heads, tails)' });
  const refs = outputs.map((output, index) => {
    const handle = isStepHandle(output) ? output.oneOutput(`firstOf() argument ${index + 1}`) : isOutputHandle(output) ? output : undefined;
    if (!handle) throw dslError('INVALID_DSL_USAGE', `firstOf() takes steps and their outputs; argument ${index} is ${describe(output)}.`);
    if (handle.kind === 'artifact') {
      throw dslError('TYPE_MISMATCH', `firstOf() was given artifact "${handle.output}" of step "${handle.step}"; workflow outputs are values.`, { stepIds: [handle.step] });
    }
    return handle.toRef();
  });
  return { [FIRST_OF]: true, refs };
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
 * (`status.outputs.parameters`, `{{workflow.outputs.parameters.<name>}}`).
 */
export function workflowOutput(name: string, value: ValueInput | FirstOf, options: WorkflowOutputOptions = {}): void {
  const stack = captureCallSite();
  const builder = currentBuilder('workflowOutput');
  checkOptions('workflowOutput()', options, WORKFLOW_OUTPUT_OPTION_KEYS);
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
    throw dslError('INVALID_NAME', `Workflow output name ${JSON.stringify(name)} is not an identifier.`, { hint: 'Use letters, digits, "_" and "-", starting with a letter, e.g. "accuracy".' });
  }
  if (builder.outputs.some((output) => output.name === name)) throw dslError('DUPLICATE_NAME', `Workflow output "${name}" is declared twice.`);
  builder.outputs.push({
    name,
    ...(isFirstOf(value) ? { firstOf: [...value.refs] } : { value: toValue(value, `workflowOutput('${name}')`) }),
    ...(options.description !== undefined && { description: options.description }),
  });
  builder.noteSource(`outputs.parameters.${name}`, stack);
}
