import { isConcat, isRef, type Ref, type Step, type Value } from '@couler/ir';
import { escapeVariables, lateTextError, substitutedLater } from './escape-variables';
import { NameAllocator, paramNameFor } from './name-allocator';
import { pipelineVariable, type ReferenceTargets } from './render-reference';
import { shellQuote } from './shell';
import type { TektonParam, TektonParamSpec } from './tekton-types';
import { unsupported } from './unsupported';

/** One value a task receives: its task param, what the pipeline passes, its shell variable. */
interface TaskInput {
  readonly param: string;
  readonly shellVariable: string;
  /** Values that may be a pointer to a file in the data workspace (step outputs). */
  readonly fromStep: boolean;
}

/**
 * The values one task reads. Each distinct reference becomes a task param (`$(params.x)` in the
 * task), filled by the pipeline task with a Pipeline-level variable; items of a `map` are params
 * the matrix fills. Literal text is written with every `$(` Tekton could read escaped, so user
 * text never becomes a substitution: in fields no shell reads with the `$` param (`literal`), in
 * the wrapper's shell words by splitting the quoted word (`shellWord`).
 */
export class TaskValues {
  readonly specs: TektonParamSpec[] = [];
  readonly passed: TektonParam[] = [];
  private readonly inputs = new Map<string, TaskInput>();
  private readonly names: NameAllocator;
  /** Set when some literal needed the `$` param. */
  usesDollar = false;

  constructor(
    private readonly step: Step,
    private readonly targets: ReferenceTargets,
    private readonly path: ReadonlyArray<string | number>,
    readonly dollarParam: string,
    reserved: ReadonlyArray<string>,
  ) {
    this.names = new NameAllocator(63, [dollarParam, ...reserved]);
  }

  /**
   * The literal for a task field Tekton substitutes and no shell reads (`field` names it in a
   * refusal).
   *
   * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for text a substitution phase after params would
   *   replace (`substitutedLater`): the step takes the shell route for such text where it can.
   */
  literal(text: string, field = 'a field of the task'): string {
    if (substitutedLater(text)) throw lateTextError(text, { path: this.path, stepName: this.step.name, field });
    const escaped = escapeVariables(text, this.dollarParam);
    if (escaped !== text) this.usesDollar = true;
    return escaped;
  }

  /** The task param holding a reference (inputs are inlined). */
  private input(ref: Ref): TaskInput {
    const key = JSON.stringify(ref);
    const known = this.inputs.get(key);
    if (known) return known;
    let wanted: string;
    let fromStep = false;
    if (ref.ref === 'item') wanted = ref.key === undefined ? 'item' : `item-${ref.key}`;
    else if (ref.ref === 'step') {
      wanted = `${ref.step}-${ref.output}`;
      fromStep = true;
    } else if (ref.ref === 'parameter') wanted = ref.name;
    else if (ref.ref === 'workflow') wanted = `workflow-${ref.field}`;
    else throw new Error('inputs are inlined');
    const param = ref.ref === 'item' ? wanted : this.names.claim(paramNameFor(wanted));
    if (ref.ref !== 'item') {
      const value = pipelineVariable(ref, this.targets, { path: this.path, stepName: this.step.name });
      this.passed.push({ name: param, value });
    }
    this.specs.push({ name: param, type: 'string' });
    const input = { param, shellVariable: `COULER_${this.inputs.size}`, fromStep };
    this.inputs.set(key, input);
    return input;
  }

  /** Declared inputs of the step: `{ref: input}` is replaced by the input's value or default param. */
  private resolveInput(name: string): Value {
    const declared = this.step.inputs?.parameters?.find((parameter) => parameter.name === name);
    if (declared?.value !== undefined) return declared.value;
    const param = this.names.has(paramNameFor(name)) ? paramNameFor(name) : this.names.claim(paramNameFor(name));
    if (!this.specs.some((spec) => spec.name === param)) this.specs.push({ name: param, type: 'string', ...(declared?.default !== undefined && { default: declared.default }) });
    return `\u0000param:${param}`;
  }

  /** The pieces of a value, adjacent literals joined (`'$'` next to `'(params.x)'` is one `$(`). */
  private parts(value: Value): Array<string | Ref> {
    if (typeof value === 'string') return [value];
    const list = isConcat(value) ? value.concat : [value];
    const pieces = list.flatMap((part) => (isRef(part) && part.ref === 'input' ? this.parts(this.resolveInput(part.name)) : [part]));
    return pieces.reduce<Array<string | Ref>>((joined, piece) => {
      const last = joined[joined.length - 1];
      if (typeof piece === 'string' && typeof last === 'string' && !piece.startsWith('\u0000param:') && !last.startsWith('\u0000param:')) joined[joined.length - 1] = last + piece;
      else joined.push(piece);
      return joined;
    }, []);
  }

  /** Whether a value holds literal text that must reach the process through the shell (`substitutedLater`). */
  needsShell(value: Value | undefined): boolean {
    return value !== undefined && this.parts(value).some((part) => typeof part === 'string' && !part.startsWith('\u0000param:') && substitutedLater(part));
  }

  /** A value as text inside the task (args, env, working directory), references as `$(params.x)`. */
  text(value: Value, field?: string): string {
    return this.parts(value)
      .map((part) => {
        if (typeof part === 'string') return part.startsWith('\u0000param:') ? `$(params.${part.slice(7)})` : this.literal(part, field);
        return `$(params.${this.input(part).param})`;
      })
      .join('');
  }

  /** A value as one shell word in a wrapper script, references as `"$COULER_n"`. */
  shellWord(value: Value): string {
    const words = this.parts(value).map((part) => {
      if (typeof part === 'string') return part.startsWith('\u0000param:') ? `"$(params.${part.slice(7)})"` : shellQuote(part);
      return `"$${this.input(part).shellVariable}"`;
    });
    return words.length === 0 ? "''" : words.join('');
  }

  /** Environment entries that hand each param to the wrapper script, and which need resolving. */
  shellInputs(): { env: Array<{ name: string; value: string }>; fromStep: string[] } {
    const inputs = [...this.inputs.values()];
    return {
      env: inputs.map((input) => ({ name: input.shellVariable, value: `$(params.${input.param})` })),
      fromStep: inputs.filter((input) => input.fromStep).map((input) => input.shellVariable),
    };
  }

  /** Whether a value reads another step's output. */
  static readsStep(value: Value | undefined): boolean {
    if (value === undefined || typeof value === 'string') return false;
    return (isConcat(value) ? value.concat : [value]).some((part) => isRef(part) && part.ref === 'step');
  }
}

export function requireCommand(step: Step, command: ReadonlyArray<string> | undefined, why: string): ReadonlyArray<string> {
  if (command && command.length > 0) return command;
  throw unsupported(`step.${step.kind}`, `a container step without a command that ${why}`, {
    path: ['steps', step.name, 'container', 'command'],
    stepName: step.name,
    hint: "Give the container's command explicitly: Tekton runs such a step under /bin/sh in its image to collect outputs, and cannot know the image's entrypoint.",
  });
}
