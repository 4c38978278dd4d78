import { CoulerError, type ArtifactType, type ItemRef, type ParameterRef, type StepKind, type StepOutputRef, type WorkflowRef } from '@couler/ir';
import { type ArtifactTypeInput, toArtifactType } from './artifacts';
import { captureCallSite, resolveCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';

/**
 * Handles are what DSL calls return: a step, one of its outputs, a workflow parameter, the
 * current map item. Passing a handle to a later call records the reference in the IR (and
 * with it the data dependency), as passing a returned value does in Couler.
 */

const HANDLE_KIND = Symbol.for('couler.dsl.handle');

export type OutputKind = 'parameter' | 'artifact' | 'result';

/** One output of a step: a parameter, an artifact, or `result` (its standard output). */
export class OutputHandle {
  readonly [HANDLE_KIND] = 'output' as const;
  constructor(
    /** The producing step. */
    readonly step: string,
    /** The output's name; `result` for standard output. */
    readonly output: string,
    readonly kind: OutputKind,
    /** Where the producer writes it (parameters and artifacts), and where consumers see an artifact. */
    readonly path?: string,
  ) {}

  toRef(): StepOutputRef {
    return { ref: 'step', step: this.step, output: this.output };
  }

  /**
   * This artifact, read by a later step at `path` (and, if given, under another input name):
   * `input: generate.output('hello-art').at('/tmp/message', { name: 'message' })`. Without
   * `at`, a step reads an artifact where its producer wrote it, under the output's name.
   */
  at(path: string, options: { name?: string; subPath?: string; mode?: number; recurseMode?: boolean; type?: ArtifactTypeInput } = {}): ArtifactMount {
    checkOptions('.at()', options, { name: true, subPath: true, mode: true, recurseMode: true, type: true } satisfies Record<keyof typeof options, true>);
    if (this.kind !== 'artifact') {
      throw dslError('TYPE_MISMATCH', `Output "${this.output}" of step "${this.step}" is a ${this.kind}, not an artifact, so it cannot be mounted at a path.`, {
        stepIds: [this.step],
        hint: 'Pass a parameter in args or env instead; only artifacts (createLocalArtifact, createS3Artifact …) are files.',
      });
    }
    if (typeof path !== 'string' || path.trim() === '') {
      throw dslError('INVALID_DSL_USAGE', `.at() needs the path where the step reads artifact "${this.output}"; got ${JSON.stringify(path)}.`);
    }
    const { name: _name, type, ...landing } = options;
    return new ArtifactMount(this, path, options.name, { ...landing, ...(type !== undefined && { type: toArtifactType(type, '.at({ type })') }) });
  }
}

/** An artifact output of an earlier step, mounted at a path of the consumer's choosing (`output.at(path)`). */
export class ArtifactMount {
  readonly [HANDLE_KIND] = 'mount' as const;
  constructor(
    readonly output: OutputHandle,
    readonly path: string,
    /** The consumer's name for the input; the output's name when not given. */
    readonly name?: string,
    /** How it lands: one path inside it (`subPath`), permission bits (`mode`, `recurseMode`), and the type the consumer expects. */
    readonly landing: { subPath?: string; mode?: number; recurseMode?: boolean; type?: ArtifactType } = {},
  ) {}
}

/** A step the workflow runs. Its outputs can be passed to later steps and tested in conditions. */
export class StepHandle {
  readonly [HANDLE_KIND] = 'step' as const;
  constructor(
    readonly name: string,
    readonly kind: StepKind,
    /** Declared outputs by name, in declaration order. */
    readonly outputs: Readonly<Record<string, OutputHandle>>,
    /** Whether the step has `result` (`hasResultOutput` of @couler/ir). */
    readonly hasResult: boolean,
  ) {}

  /**
   * Standard output, trimmed (Argo's `outputs.result`): of a container or script step, of the
   * "main" container of a container set; for an http step, the response body; for a plugin step,
   * what the plugin answered.
   */
  get result(): OutputHandle {
    if (!this.hasResult) {
      throw dslError('UNKNOWN_OUTPUT', `Step "${this.name}" is a ${this.kind} step and has no standard output ("result").`, {
        stepIds: [this.name],
        hint: `Use one of its outputs instead: ${Object.keys(this.outputs).join(', ') || '(none declared)'}.`,
      });
    }
    return new OutputHandle(this.name, 'result', 'result');
  }

  /** A declared output by name. Throws at the caller's line when there is no such output. */
  output(name: string): OutputHandle {
    const found = this.outputs[name];
    if (found) return found;
    if (name === 'result') return this.result;
    const known = Object.keys(this.outputs);
    throw dslError('UNKNOWN_OUTPUT', `Step "${this.name}" has no output "${name}".`, {
      stepIds: [this.name],
      hint: known.length
        ? `Its outputs are: ${known.join(', ')}${this.hasResult ? ', result' : ''}.`
        : 'Declare it with output: createParameterArtifact(path), or use .result for standard output.',
    });
  }

  /** Its first declared output, else its standard output — as Couler's `step[0]`. */
  get primary(): OutputHandle {
    const first = Object.values(this.outputs)[0];
    return first ?? this.result;
  }

  /**
   * What the step stands for when given whole where a list is taken (`args: [step]`): every
   * declared output in declared order, as the Python Couler passes them; its standard output
   * when it declares none. runJob and training jobs stand for their job name (`job-name`).
   * @internal
   */
  wholeOutputs(): OutputHandle[] {
    const declared = Object.values(this.outputs);
    if (declared.length === 0) return [this.result];
    return this.kind === 'resource' || this.kind === 'job' ? [declared[0]!] : declared;
  }

  /**
   * What the step stands for where one value is taken (an env value, a condition operand, a
   * parameter …). A step with several outputs is refused there rather than reduced to its
   * first one in silence. `where` names the place for the message.
   * @internal
   */
  oneOutput(where: string): OutputHandle {
    const whole = this.wholeOutputs();
    if (whole.length === 1) return whole[0]!;
    const names = whole.map((output) => `"${output.output}"`).join(', ');
    throw dslError('TYPE_MISMATCH', `${where} takes one value, but step "${this.name}" has ${whole.length} outputs: ${names}.`, {
      stepIds: [this.name],
      hint: `Say which one: ${this.name}.output('${whole[0]!.output}'). Only args, which take a list, pass every output of a step given whole.`,
    });
  }
}

/**
 * Handles are not lists, as the Python Couler's step results were: `step[0]` (or `step[0][0]`)
 * would be `undefined` and fail far away with "got undefined". Reading a small index throws at
 * the user's line instead, saying how to reach an output. Prototype getters cost nothing and are
 * invisible to JSON, `Object.keys` and spreads.
 */
function refuseIndexing(prototype: object, describe: (handle: never) => { what: string; hint: string }): void {
  for (let index = 0; index < 16; index += 1) {
    Object.defineProperty(prototype, index, {
      configurable: true,
      enumerable: false,
      get(this: never) {
        const { what, hint } = describe(this);
        throw dslError('INVALID_DSL_USAGE', `${what} was read at index [${index}], but handles are not lists.`, { hint });
      },
    });
  }
}
refuseIndexing(StepHandle.prototype, (step: StepHandle) => ({
  what: `Step "${step.name}"`,
  hint: `Pass the step itself (args: [step]) or name the output: ${[...Object.keys(step.outputs).map((output) => `${step.name}.output('${output}')`), ...(step.hasResult ? [`${step.name}.result`] : [])].join(', ') || `${step.name}.output('name')`}.`,
}));
refuseIndexing(OutputHandle.prototype, (output: OutputHandle) => ({
  what: `Output "${output.output}" of step "${output.step}"`,
  hint: `${output.step}.output('${output.output}') is already the value: pass it without [ ].`,
}));

/**
 * An input artifact of a sub-workflow, inside its body: a file each call passes. A step reads it
 * at a path of its choosing (`input: dataset.at('/data/rows')`); a call of another sub-workflow
 * inside the body passes it on as it is (`fit({ dataset })`).
 */
export class InputArtifactHandle {
  readonly [HANDLE_KIND] = 'inputArtifact' as const;
  constructor(
    /** The input artifact's name in the definition. */
    readonly name: string,
    /** The sub-workflow whose input it is, for messages. */
    readonly subWorkflow: string,
  ) {}

  /** This input artifact, read by a body step at `path` (under the input's name unless `name` is given). */
  at(path: string, options: { name?: string; subPath?: string; mode?: number; recurseMode?: boolean } = {}): InputArtifactMount {
    checkOptions('.at()', options, { name: true, subPath: true, mode: true, recurseMode: true } satisfies Record<keyof typeof options, true>);
    if (typeof path !== 'string' || path.trim() === '') {
      throw dslError('INVALID_DSL_USAGE', `.at() needs the path where the step reads input artifact "${this.name}" of sub-workflow "${this.subWorkflow}"; got ${JSON.stringify(path)}.`);
    }
    const { name, ...landing } = options;
    return new InputArtifactMount(this, path, name, landing);
  }
}

/** A sub-workflow's input artifact mounted at a path of a body step (`input.at(path)`). */
export class InputArtifactMount {
  readonly [HANDLE_KIND] = 'inputArtifactMount' as const;
  constructor(
    readonly input: InputArtifactHandle,
    readonly path: string,
    readonly name?: string,
    readonly landing: { subPath?: string; mode?: number; recurseMode?: boolean } = {},
  ) {}
}

/** A workflow parameter, overridable when the workflow is submitted. */
export class ParameterHandle {
  readonly [HANDLE_KIND] = 'parameter' as const;
  constructor(readonly name: string) {}
  toRef(): ParameterRef {
    return { ref: 'parameter', name: this.name };
  }
}

/** The current item inside `map`; `field(key)` is one field of a record item. */
export class ItemHandle {
  readonly [HANDLE_KIND] = 'item' as const;
  constructor(readonly key?: string) {}
  field(key: string): ItemHandle {
    return new ItemHandle(key);
  }
  toRef(): ItemRef {
    return this.key === undefined ? { ref: 'item' } : { ref: 'item', key: this.key };
  }
}

/** Facts about the running workflow, e.g. `workflowStatus` in an exit handler. */
export const workflowStatus: WorkflowRef = { ref: 'workflow', field: 'status' };
export const workflowName: WorkflowRef = { ref: 'workflow', field: 'name' };
export const workflowUid: WorkflowRef = { ref: 'workflow', field: 'uid' };

export function isStepHandle(value: unknown): value is StepHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'step';
}
export function isOutputHandle(value: unknown): value is OutputHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'output';
}
export function isParameterHandle(value: unknown): value is ParameterHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'parameter';
}
export function isArtifactMount(value: unknown): value is ArtifactMount {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'mount';
}
export function isInputArtifactHandle(value: unknown): value is InputArtifactHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'inputArtifact';
}
export function isInputArtifactMount(value: unknown): value is InputArtifactMount {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'inputArtifactMount';
}
export function isItemHandle(value: unknown): value is ItemHandle {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[HANDLE_KIND] === 'item';
}

/** A CoulerError located at the user's call into the DSL. */
export function dslError(
  code: ConstructorParameters<typeof CoulerError>[0],
  message: string,
  options: ConstructorParameters<typeof CoulerError>[2] = {},
): CoulerError {
  const { location } = resolveCallSite(captureCallSite());
  return new CoulerError(code, message, { ...options, ...(location && { locations: [location] }) });
}
