import type { InputParameter, ParameterType, Scalar, Step, SubWorkflow, SubWorkflowOutputArtifact, WorkflowOutputParameter } from '@couler/ir';
import { isArtifactSpec } from './artifacts';
import { InputArtifactHandle, ParameterHandle, dslError, isArtifactMount, isInputArtifactHandle, isOutputHandle, isStepHandle, type OutputHandle, type StepHandle } from './handles';
import { toArtifactArgument, type ArtifactArgument } from './sub-workflow-artifacts';
import { setStepExitHandler } from './hooks';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { builderStorage, currentBuilder } from './internal/current-builder';
import { WorkflowBuilder, type StepDraft } from './internal/workflow-builder';
import { StepFields, type CommonStepOptions } from './step-options';
import { describe, toValue, type ValueInput } from './values';

/** One value input of a sub-workflow: with a `default`, calls may leave it out. */
export interface SubWorkflowValueInput {
  default?: Scalar;
  type?: ParameterType;
  description?: string;
  artifact?: false;
}

/**
 * One input artifact of a sub-workflow (`{ artifact: true }`): a file each call passes, as another
 * step's artifact output or a stored object (createS3Artifact …). With `optional`, calls may leave it out.
 */
export interface SubWorkflowArtifactInput {
  artifact: true;
  optional?: boolean;
  description?: string;
}

/** One input of a sub-workflow: a value, or an artifact (`{ artifact: true }`). */
export type SubWorkflowInput = SubWorkflowValueInput | SubWorkflowArtifactInput;

/** What a body returns: its outputs, by name (a step stands for its single output or its result; an artifact output is returned as an artifact). */
export type SubWorkflowOutputs = Record<string, StepHandle | OutputHandle>;

/** What the body gets for each input: a value handle, or for an artifact input a handle to mount with `.at(path)`. */
export type SubWorkflowInputHandles<I> = { readonly [K in keyof I]: I[K] extends { artifact: true } ? InputArtifactHandle : ParameterHandle };

type RequiredKeys<I> = { [K in keyof I]: I[K] extends { default: Scalar } | { optional: true } ? never : K }[keyof I];
type OptionalKeys<I> = Exclude<keyof I, RequiredKeys<I>>;
type ArgumentOf<Input> = Input extends { artifact: true } ? ArtifactArgument : ValueInput;

/** The arguments of a call: every input without a default (or not optional), and any of the others. */
export type SubWorkflowArguments<I> = { [K in RequiredKeys<I>]: ArgumentOf<I[K]> } & { [K in OptionalKeys<I>]?: ArgumentOf<I[K]> };

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

/** Settings of the definition, shared by all its calls. */
export interface SubWorkflowOptions<I> {
  /**
   * Steps that run when a call ends, whatever its result (a call mapped over items: once, when
   * every iteration has ended): a hook of each call, as `setStepExitHandler(call, …)` makes. It
   * gets the call's arguments; like every hook it reads no step's outputs, so pass it values.
   */
  onExit?: (args: SubWorkflowArguments<I>) => void;
}

const DEFINITION_OPTION_KEYS = { onExit: true } as const satisfies Record<keyof SubWorkflowOptions<unknown>, true>;
const CALL_OPTION_KEYS = { stepName: true, description: true, retry: true, continueOn: true } as const satisfies Record<keyof SubWorkflowCallOptions, true>;
const VALUE_INPUT_KEYS = { default: true, type: true, description: true, artifact: true } as const satisfies Record<keyof SubWorkflowValueInput, true>;
const ARTIFACT_INPUT_KEYS = { artifact: true, optional: true, description: true } as const satisfies Record<keyof SubWorkflowArtifactInput, true>;

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
  body: (inputs: SubWorkflowInputHandles<I>) => BodyResult<O>,
  definitionOptions: SubWorkflowOptions<I> = {},
): SubWorkflowFunction<I, O> {
  if (typeof name !== 'string' || name === '') throw dslError('INVALID_DSL_USAGE', `subWorkflow() needs a name; got ${describe(name)}.`, { hint: "subWorkflow('train-evaluate', { model: {} }, ({ model }) => { … })" });
  if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
    throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') takes its inputs as an object (name → { default?, type? }); got ${describe(inputs)}.`, { hint: 'Pass {} for a sub-workflow without inputs.' });
  }
  if (typeof body !== 'function') throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') needs a body function that creates its steps; got ${describe(body)}.`);
  for (const [input, spec] of Object.entries(inputs)) checkOptions(`subWorkflow('${name}') input "${input}"`, spec, isArtifactInput(spec) ? ARTIFACT_INPUT_KEYS : VALUE_INPUT_KEYS);
  checkOptions(`subWorkflow('${name}', …, options)`, definitionOptions, DEFINITION_OPTION_KEYS);
  const { onExit } = definitionOptions;
  if (onExit !== undefined && typeof onExit !== 'function') {
    throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}', …, { onExit }) must be a function that creates the exit steps; got ${describe(onExit)}.`);
  }

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
    const { parameters, artifacts } = callArguments(name, inputs, (args ?? {}) as Record<string, unknown>);
    const outputNames = (definition.outputs?.parameters ?? []).map((output) => output.name);
    const outputArtifacts = (definition.outputs?.artifacts ?? []).map((output) => output.name);
    const draft = {
      ...fields,
      kind: 'subWorkflow',
      subWorkflow: { name, ...(artifacts.length > 0 && { artifacts }), ...(outputArtifacts.length > 0 && { outputArtifacts }) },
      ...(parameters.length > 0 && { inputs: { parameters } }),
      ...(outputNames.length > 0 && { outputs: { parameters: outputNames.map((output) => ({ name: output })) } }),
    } as Partial<Step>;
    const handle = builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: name, stack }) as SubWorkflowCall<O>;
    // The definition's exit steps, as hooks of this call: each engine runs them as it runs a step's exit handler, or refuses them so.
    if (onExit) setStepExitHandler(handle, () => onExit(args));
    return handle;
  };
  return Object.assign(call, { subWorkflowName: name });
}

/** Runs `body` in a builder of its own and turns what it made into a definition. */
function defineBody<I extends Record<string, SubWorkflowInput>, O extends SubWorkflowOutputs>(
  name: string,
  inputs: I,
  body: (inputs: SubWorkflowInputHandles<I>) => BodyResult<O>,
  definitions: Map<string, SubWorkflow>,
): SubWorkflow {
  const inner = new WorkflowBuilder(name, definitions);
  const handles = Object.fromEntries(
    Object.entries(inputs).map(([input, spec]) => [input, isArtifactInput(spec) ? new InputArtifactHandle(input, name) : new ParameterHandle(input)]),
  ) as SubWorkflowInputHandles<I>;
  const returned = builderStorage.run(inner, () => body(handles));
  inner.throwPending();
  if (returned !== undefined && (typeof returned !== 'object' || returned === null || typeof (returned as { then?: unknown }).then === 'function')) {
    throw dslError('INVALID_DSL_USAGE', `The body of subWorkflow('${name}') must return its outputs as an object (name → step or output), or nothing; got ${describe(returned)}.`, {
      hint: 'Bodies are synchronous: return { score: evaluate } after creating the steps.',
    });
  }
  if (inner.steps.length === 0) throw dslError('INVALID_DSL_USAGE', `The body of subWorkflow('${name}') created no step.`, { hint: 'Call runContainer, runScript or another sub-workflow inside it.' });
  if (inner.exitSteps.length > 0) {
    throw dslError('INVALID_DSL_USAGE', `subWorkflow('${name}') sets the workflow's exit handler inside its body, which runs once per call.`, {
      hint: `Give the sub-workflow its own: subWorkflow('${name}', inputs, body, { onExit: (args) => { … } }).`,
    });
  }
  const outputs: WorkflowOutputParameter[] = [];
  const outputArtifacts: SubWorkflowOutputArtifact[] = [];
  for (const [output, value] of Object.entries(returned ?? {})) {
    const artifact = artifactOutputOf(value);
    if (artifact) outputArtifacts.push({ name: output, from: artifact.toRef() });
    else outputs.push({ name: output, value: toValue(value as ValueInput, `the output "${output}" of subWorkflow('${name}')`) });
  }
  const declared = Object.entries(inputs);
  const parameters = declared.flatMap(([input, spec]) =>
    isArtifactInput(spec)
      ? []
      : [{
          name: input,
          ...(spec.type !== undefined && { type: spec.type }),
          ...(spec.default !== undefined && { default: spec.default }),
          ...(spec.description !== undefined && { description: spec.description }),
        }],
  );
  const artifacts = declared.flatMap(([input, spec]) =>
    isArtifactInput(spec) ? [{ name: input, ...(spec.optional && { optional: true }), ...(spec.description !== undefined && { description: spec.description }) }] : [],
  );
  return {
    name,
    ...((parameters.length > 0 || artifacts.length > 0) && { inputs: { ...(parameters.length > 0 && { parameters }), ...(artifacts.length > 0 && { artifacts }) } }),
    ...((outputs.length > 0 || outputArtifacts.length > 0) && {
      outputs: { ...(outputs.length > 0 && { parameters: outputs }), ...(outputArtifacts.length > 0 && { artifacts: outputArtifacts }) },
    }),
    steps: inner.steps,
    ...(inner.groups.length > 0 && { groups: inner.groups }),
  };
}

function isArtifactInput(spec: SubWorkflowInput): spec is SubWorkflowArtifactInput {
  return typeof spec === 'object' && spec !== null && spec.artifact === true;
}

/** A returned output that is a file: an artifact output, or a step whose one output is one. */
function artifactOutputOf(value: unknown): OutputHandle | undefined {
  if (isOutputHandle(value)) return value.kind === 'artifact' ? value : undefined;
  if (!isStepHandle(value)) return undefined;
  const whole = value.wholeOutputs();
  return whole.length === 1 && whole[0]!.kind === 'artifact' ? whole[0] : undefined;
}

/**
 * A call's arguments, sorted by what each input of the definition takes: values become input
 * parameters, files artifact arguments. A name the definition does not have is left to
 * validation, which names it with the inputs it has.
 */
function callArguments(name: string, inputs: Record<string, SubWorkflowInput>, args: Record<string, unknown>) {
  const parameters: InputParameter[] = [];
  const artifacts = [];
  for (const [input, value] of Object.entries(args)) {
    if (value === undefined) continue;
    const spec = inputs[input];
    // An unknown name goes with its kind, so validation reports it among the inputs of that kind.
    const artifact = spec === undefined ? isFile(value) : isArtifactInput(spec);
    if (artifact) artifacts.push(toArtifactArgument(value, input, name));
    else parameters.push({ name: input, value: toValue(refuseFileForValue(value, input, name) as ValueInput, `${name}({ ${input} })`) });
  }
  return { parameters, artifacts };
}

/** A file given for a value input: refused here, where the call is, with what the input takes. */
function refuseFileForValue(value: unknown, input: string, name: string): unknown {
  if (!isFile(value)) return value;
  throw dslError('TYPE_MISMATCH', `${name}({ ${input} }) got an artifact, but "${input}" is a value input of sub-workflow "${name}".`, {
    hint: `Pass a value (text, a number, a step's parameter output), or declare the input as a file: ${input}: { artifact: true }.`,
  });
}

function isFile(value: unknown): boolean {
  return artifactOutputOf(value) !== undefined || isInputArtifactHandle(value) || isArtifactMount(value) || (isArtifactSpec(value) && value.kind === 'artifact');
}
