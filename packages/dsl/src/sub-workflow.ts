import type { InputParameter, ParameterType, Scalar, Step, SubWorkflow, WorkflowOutputParameter } from '@couler/ir';
import { ParameterHandle, dslError, type OutputHandle, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { builderStorage, currentBuilder } from './internal/current-builder';
import { WorkflowBuilder, type StepDraft } from './internal/workflow-builder';
import { StepFields, type CommonStepOptions } from './step-options';
import { describe, toValue, type ValueInput } from './values';

/** One input of a sub-workflow: with a `default`, calls may leave it out. */
export interface SubWorkflowInput {
  default?: Scalar;
  type?: ParameterType;
  description?: string;
}

/** What a body returns: its outputs, by name (a step stands for its single output or its result). */
export type SubWorkflowOutputs = Record<string, StepHandle | OutputHandle>;

type RequiredKeys<I> = { [K in keyof I]: I[K] extends { default: Scalar } ? never : K }[keyof I];
type OptionalKeys<I> = Exclude<keyof I, RequiredKeys<I>>;

/** The arguments of a call: every input without a default, and any of the others. */
export type SubWorkflowArguments<I> = { [K in RequiredKeys<I>]: ValueInput } & { [K in OptionalKeys<I>]?: ValueInput };

/** A call of a sub-workflow: a step whose `outputs` are the definition's, by name. */
export type SubWorkflowCall<O> = StepHandle & { readonly outputs: { readonly [K in keyof O]: OutputHandle } };

/** Step options a call takes (the body's steps keep their own). */
export type SubWorkflowCallOptions = Pick<CommonStepOptions, 'stepName' | 'description' | 'retry' | 'continueOn'>;

/** What a body gives back: its outputs, or nothing. */
// biome-ignore lint/suspicious/noConfusingVoidType: a body without outputs returns nothing, and `() => {}` is typed void.
type BodyResult<O> = O | void;

/** A sub-workflow: call it like a function, once per use; every call runs the one definition. */
export interface SubWorkflowFunction<I, O> {
  (args: SubWorkflowArguments<I>, options?: SubWorkflowCallOptions): SubWorkflowCall<O>;
  readonly subWorkflowName: string;
}

const CALL_OPTION_KEYS = { stepName: true, description: true, retry: true, continueOn: true } as const satisfies Record<keyof SubWorkflowCallOptions, true>;
const INPUT_KEYS = { default: true, type: true, description: true } as const satisfies Record<keyof SubWorkflowInput, true>;

/**
 * A group of steps defined once and called any number of times (Hera's and Argo's DAG template,
 * KFP's sub-pipeline). `body` gets one handle per input and returns the outputs:
 *
 *   const trainEvaluate = subWorkflow('train-evaluate', { model: {}, epochs: { default: 3 } }, ({ model, epochs }) => {
 *     const trained = runContainer({ image, args: ['train', model, epochs] });
 *     return { score: runContainer({ image, args: ['evaluate', trained] }) };
 *   });
 *   const scores = map((model) => trainEvaluate({ model }), ['a', 'b', 'c']); // scores.output('score'): the list
 *
 * The body runs once per workflow, when the sub-workflow is first called, in a scope of its own:
 * its steps see its inputs, not the caller's steps or the workflow's parameters. Calls of other
 * sub-workflows inside it nest; a sub-workflow that calls itself is refused.
 */
export function subWorkflow<const I extends Record<string, SubWorkflowInput>, O extends SubWorkflowOutputs>(
  name: string,
  inputs: I,
  body: (inputs: { readonly [K in keyof I]: ParameterHandle }) => BodyResult<O>,
): SubWorkflowFunction<I, O> {
  if (typeof name !== 'string' || name === '') throw dslError('INVALID_DSL_USAGE', `subWorkflow() needs a name; got ${describe(name)}.`, { hint: "subWorkflow('train-evaluate', { model: {} }, ({ model }) => { … })" });
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') takes its inputs as an object (name → { default?, type? }); got ${describe(inputs)}.`, { hint: 'Pass {} for a sub-workflow without inputs.' });
  }
  if (typeof body !== 'function') throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') needs a body function that creates its steps; got ${describe(body)}.`);
  for (const [input, spec] of Object.entries(inputs)) checkOptions(`subWorkflow('${name}') input "${input}"`, spec, INPUT_KEYS);

  const building = new WeakSet<Map<string, SubWorkflow>>();
  const call = (args: SubWorkflowArguments<I>, options: SubWorkflowCallOptions = {}): SubWorkflowCall<O> => {
    const stack = captureCallSite();
    const builder = currentBuilder(name);
    checkOptions(`${name}()`, options, CALL_OPTION_KEYS);
    if (building.has(builder.subWorkflows)) {
      throw dslError('CYCLE', `Sub-workflow "${name}" calls itself; a definition cannot call itself, directly or through others.`, { hint: 'Repeat a body with execWhile instead of recursion.' });
    }
    let definition = builder.subWorkflows.get(name);
    if (definition === undefined) {
      building.add(builder.subWorkflows);
      try {
        definition = defineBody(name, inputs, body, builder.subWorkflows);
      } finally {
        building.delete(builder.subWorkflows);
      }
      builder.subWorkflows.set(name, definition);
    }
    const fields = new StepFields(name).common(options).build();
    const parameters: InputParameter[] = Object.entries((args ?? {}) as Record<string, ValueInput | undefined>)
      .filter((entry): entry is [string, ValueInput] => entry[1] !== undefined)
      .map(([input, value]) => ({ name: input, value: toValue(value, `${name}({ ${input} })`) }));
    const outputNames = (definition.outputs?.parameters ?? []).map((output) => output.name);
    const draft = {
      ...fields,
      kind: 'subWorkflow',
      subWorkflow: { name },
      ...(parameters.length > 0 && { inputs: { parameters } }),
      ...(outputNames.length > 0 && { outputs: { parameters: outputNames.map((output) => ({ name: output })) } }),
    } as Partial<Step>;
    return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: name, stack }) as SubWorkflowCall<O>;
  };
  return Object.assign(call, { subWorkflowName: name });
}

/** Runs `body` in a builder of its own and turns what it made into a definition. */
function defineBody<I extends Record<string, SubWorkflowInput>, O extends SubWorkflowOutputs>(
  name: string,
  inputs: I,
  body: (inputs: { readonly [K in keyof I]: ParameterHandle }) => BodyResult<O>,
  definitions: Map<string, SubWorkflow>,
): SubWorkflow {
  const inner = new WorkflowBuilder(name, definitions);
  const handles = Object.fromEntries(Object.keys(inputs).map((input) => [input, new ParameterHandle(input)])) as { [K in keyof I]: ParameterHandle };
  const returned = builderStorage.run(inner, () => body(handles));
  inner.throwPending();
  if (returned !== undefined && (typeof returned !== 'object' || returned === null || typeof (returned as { then?: unknown }).then === 'function')) {
    throw dslError('INVALID_DSL_USAGE', `The body of subWorkflow('${name}') must return its outputs as an object (name → step or output), or nothing; got ${describe(returned)}.`, {
      hint: 'Bodies are synchronous: return { score: evaluate } after creating the steps.',
    });
  }
  if (inner.steps.length === 0) throw dslError('INVALID_DSL_USAGE', `The body of subWorkflow('${name}') created no step.`, { hint: 'Call runContainer, runScript or another sub-workflow inside it.' });
  if (inner.exitSteps.length > 0) throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') has an exit handler; sub-workflows have none of their own in this version.`, { hint: 'Set the exit handler on the workflow.' });
  const outputs: WorkflowOutputParameter[] = Object.entries(returned ?? {}).map(([output, value]) => ({
    name: output,
    value: toValue(value as ValueInput, `the output "${output}" of subWorkflow('${name}')`),
  }));
  const parameters = Object.entries(inputs).map(([input, spec]) => ({
    name: input,
    ...(spec.type !== undefined && { type: spec.type }),
    ...(spec.default !== undefined && { default: spec.default }),
    ...(spec.description !== undefined && { description: spec.description }),
  }));
  return {
    name,
    ...(parameters.length > 0 && { inputs: { parameters } }),
    ...(outputs.length > 0 && { outputs: { parameters: outputs } }),
    steps: inner.steps,
    ...(inner.groups.length > 0 && { groups: inner.groups }),
  };
}
