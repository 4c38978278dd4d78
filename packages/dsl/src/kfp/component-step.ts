import type { StepHandle } from '../handles';
import { isArtifactSpec, isTypedArtifactType, type ArtifactSpec, createLocalArtifact, createParameterArtifact, createRawArtifact } from '../artifacts';
import { dslError, isItemHandle, isOutputHandle, isParameterHandle, isStepHandle } from '../handles';
import { captureCallSite } from '../internal/call-site';
import { checkOptions } from '../internal/check-options';
import { currentBuilder } from '../internal/current-builder';
import type { StepDraft } from '../internal/workflow-builder';
import { CONTAINER_OPTION_KEYS, type ContainerOptions, containerParts } from '../run-container';
import type { ArgInput, InputSpec, OutputSpec } from '../step-options';
import { concat, describe, type ValueInput } from '../values';
import type { ComponentSource } from './component-error';
import { KFP_PARAMETER_TYPES, type ComponentInput, type ComponentSpec, type Condition, type Placeholder } from './component-spec';
import { usageOf } from './component-usage';

/** What a component input takes: a value (text, number, a handle), a JSON value, or an artifact. */
export type ComponentArgument = ValueInput | ArtifactSpec | ReadonlyArray<unknown> | { readonly [key: string]: unknown };

/** Step options a component call takes besides its inputs; image and command line come from the file. */
export type ComponentStepOptions = Omit<ContainerOptions, 'image' | 'command' | 'args' | 'output'>;

const STEP_OPTION_KEYS: Readonly<Record<string, true>> = Object.fromEntries(Object.keys(CONTAINER_OPTION_KEYS).filter((key) => !['image', 'command', 'args', 'output'].includes(key)).map((key) => [key, true]));

/** A loaded component: call it inside workflow() with its inputs to add a step. */
export interface KfpComponent {
  (args?: Readonly<Record<string, ComponentArgument>>, options?: ComponentStepOptions): StepHandle;
  /** What the file declares: name, inputs, outputs (with their Couler names, `key`), image, command line. */
  readonly spec: ComponentSpec;
}

/** Where a component's files are, as KFP v1 lays them out. */
export const componentInputPath = (key: string): string => `/tmp/inputs/${key}/data`;
export const componentOutputPath = (key: string): string => `/tmp/outputs/${key}/data`;

const PARAMETER_TYPES = new Set<string>(KFP_PARAMETER_TYPES);
/** The artifact type of a declared KFP type: absent for parameter types and for names Couler cannot carry. */
const artifactTypeOf = (type: string | undefined) => (type !== undefined && !PARAMETER_TYPES.has(type) && isTypedArtifactType(type) ? type : undefined);

export function makeComponentFactory(spec: ComponentSpec, source: ComponentSource): KfpComponent {
  const usage = usageOf(spec);
  const api = `component ${JSON.stringify(spec.name)}`;
  const byKey = new Map<string, ComponentInput>();
  for (const input of spec.inputs) {
    byKey.set(input.key, input);
    byKey.set(input.name, input);
  }
  const argKeys = Object.fromEntries([...byKey.keys()].map((key) => [key, true]));

  const call = (args: Readonly<Record<string, ComponentArgument>> = {}, options: ComponentStepOptions = {}): StepHandle => {
    const stack = captureCallSite();
    const builder = currentBuilder(api);
    if (typeof args !== 'object' || args === null || Array.isArray(args)) throw dslError('INVALID_DSL_USAGE', `${api} takes its inputs as one object, { ${spec.inputs.map((input) => `${input.key}: …`).join(', ')} }; got ${describe(args)}.`);
    checkOptions(`${api}(inputs)`, args, argKeys);
    checkOptions(`${api}(inputs, options)`, options, STEP_OPTION_KEYS);

    const given = new Map<string, ComponentArgument>();
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined) continue;
      const input = byKey.get(key)!;
      if (given.has(input.name)) throw dslError('INVALID_DSL_USAGE', `${api} got input "${input.name}" twice (as "${input.name}" and "${input.key}").`);
      given.set(input.name, value);
    }
    const missing = spec.inputs.filter((input) => !input.optional && input.default === undefined && !given.has(input.name));
    if (missing.length) {
      throw dslError('INVALID_DSL_USAGE', `${api} needs ${missing.map((input) => `"${input.key}"${input.type ? ` (${input.type})` : ''}`).join(' and ')}, which the component requires.`, {
        hint: `Pass them: { ${missing.map((input) => `${input.key}: …`).join(', ')} }. Component file: ${source.label}.`,
      });
    }
    const present = (name: string) => given.has(name) || byKey.get(name)!.default !== undefined;

    // Inputs read as files: mounted artifacts where the component expects them.
    const mounted: InputSpec[] = [];
    for (const name of usage.inputPaths) {
      if (!present(name)) continue;
      const input = byKey.get(name)!;
      mounted.push(fileInput(input, given.has(name) ? given.get(name)! : input.default!, api));
    }
    // Inputs read as values.
    const inputValueOf = (name: string): ValueInput => {
      const input = byKey.get(name)!;
      return given.has(name) ? toArgumentValue(input, given.get(name)!, api) : input.default!;
    };
    const written = new Set<string>();
    const expand = (placeholder: Placeholder): ArgInput[] => {
      if (typeof placeholder === 'string') return [placeholder];
      if ('inputValue' in placeholder) return [requirePresent(placeholder.inputValue) && inputValueOf(placeholder.inputValue)];
      if ('inputPath' in placeholder) return [requirePresent(placeholder.inputPath) && componentInputPath(byKey.get(placeholder.inputPath)!.key)];
      if ('outputPath' in placeholder) {
        written.add(placeholder.outputPath);
        return [componentOutputPath(spec.outputs.find((output) => output.name === placeholder.outputPath)!.key)];
      }
      if ('concat' in placeholder) {
        const parts = placeholder.concat.flatMap(expand);
        return parts.every((part) => typeof part === 'string') ? [parts.join('')] : [concat(...parts)];
      }
      const { cond } = placeholder.if;
      return (conditionHolds(cond) ? placeholder.if.ifTrue : placeholder.if.ifFalse).flatMap(expand);
    };
    const requirePresent = (name: string): true => {
      if (present(name)) return true;
      throw dslError('INVALID_DSL_USAGE', `${api}: the command line uses input "${byKey.get(name)!.key}" outside an {if: {cond: {isPresent}}}, so it is needed although the component marks it optional.`, {
        hint: `Pass ${byKey.get(name)!.key}. Component file: ${source.label}.`,
      });
    };
    const conditionHolds = (cond: Condition): boolean => {
      if (typeof cond === 'boolean') return cond;
      if ('isPresent' in cond) return present(cond.isPresent);
      const value = present(cond.inputValue) ? inputValueOf(cond.inputValue) : undefined;
      if (value === 'true' || value === true) return true;
      if (value === 'false' || value === false || value === undefined) return false;
      throw dslError('INVALID_DSL_USAGE', `${api}: the command line branches on input "${byKey.get(cond.inputValue)!.key}", which must then be known when the workflow is built (true or false); got ${describe(value)}.`, {
        hint: 'Pass a literal true or false, or branch in the workflow with when().',
      });
    };
    const command = spec.command.flatMap(expand);
    const commandArgs = spec.args.flatMap(expand);
    if (command.some((part) => typeof part !== 'string')) {
      throw dslError('UNSUPPORTED_BY_BACKEND', `${api}: its command (not its args) uses an input known only when the workflow runs; a step's entrypoint is fixed when it is built.`, {
        hint: `Pass a literal value for it, or move the placeholder to args in the component file (${source.label}).`,
      });
    }

    const outputs: OutputSpec[] = spec.outputs
      .filter((output) => written.has(output.name))
      .map((output) => {
        const path = componentOutputPath(output.key);
        if (output.type !== undefined && PARAMETER_TYPES.has(output.type)) return createParameterArtifact(path, { name: output.key });
        const type = artifactTypeOf(output.type);
        return createLocalArtifact({ path, name: output.key, ...(type !== undefined && { type }) });
      });

    const { stepName, description, input, env, ...rest } = options;
    const containerOptions: ContainerOptions = {
      ...rest,
      image: spec.image,
      ...(command.length > 0 && { command: command as string[] }),
      ...(commandArgs.length > 0 && { args: commandArgs }),
      ...(outputs.length > 0 && { output: outputs }),
      input: [...mounted, ...(input === undefined ? [] : Array.isArray(input) ? input : [input])],
      ...((Object.keys(spec.env).length > 0 || env) && { env: { ...spec.env, ...env } }),
      ...((description ?? spec.description) !== undefined && { description: description ?? spec.description }),
    };
    const { fields, body } = containerParts(api, containerOptions);
    return builder.addStep({ ...fields, kind: 'container', container: body } as StepDraft, { ...(stepName !== undefined && { stepName }), fallback: spec.name, stack });
  };
  return Object.assign(call, { spec });
}

/** An input the component reads as a file: another step's artifact, an artifact, or a value written to the file. */
function fileInput(input: ComponentInput, value: ComponentArgument, api: string): InputSpec {
  const path = componentInputPath(input.key);
  const type = artifactTypeOf(input.type);
  const output = isStepHandle(value) ? value.primary : value;
  if (isOutputHandle(output)) {
    if (output.kind === 'artifact') return output.at(path, { name: input.key, ...(type !== undefined && { type }) });
    throw dslError('TYPE_MISMATCH', `${api} reads input "${input.key}" as a file, but it was given ${output.kind} "${output.output}" of step "${output.step}", a value.`, {
      stepIds: [output.step],
      hint: 'Give it an artifact output (output: createLocalArtifact(…)), or a literal, which is written to the file.',
    });
  }
  if (isArtifactSpec(output)) {
    if (output.kind !== 'artifact') throw dslError('INVALID_DSL_USAGE', `${api} input "${input.key}" got a parameter artifact; give it a file artifact (createLocalArtifact, createS3Artifact …).`);
    return { ...output, path, name: input.key, ...(output.type === undefined && type !== undefined && { type }) };
  }
  if (isParameterHandle(output) || isItemHandle(output)) {
    throw dslError('UNSUPPORTED_BY_BACKEND', `${api} reads input "${input.key}" as a file, and a value known only when the workflow runs cannot be written into a file by Couler.`, {
      hint: 'Pass a literal (it is written into the file), or an artifact.',
    });
  }
  return createRawArtifact(path, { data: toText(output, input, api), name: input.key });
}

/** An input the component reads as a value: literals as text, JSON as JSON text, handles as they are. */
function toArgumentValue(input: ComponentInput, value: ComponentArgument, api: string): ValueInput {
  if (isArtifactSpec(value)) throw dslError('TYPE_MISMATCH', `${api} reads input "${input.key}" as a value ({inputValue}), but it was given an artifact.`, { hint: 'Pass text, a number, or an output of an earlier step.' });
  if (isStepHandle(value) || isOutputHandle(value) || isParameterHandle(value) || isItemHandle(value)) return value;
  return toText(value, input, api);
}

function toText(value: ComponentArgument, input: ComponentInput, api: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && value !== null && !isArtifactSpec(value)) return JSON.stringify(value);
  throw dslError('INVALID_DSL_USAGE', `${api} input "${input.key}" got ${describe(value)}; it takes text, a number, a boolean, JSON, or an output of an earlier step.`);
}
