import type { Ref, Step, Value } from '@couler/ir';
import type { ArgoParameter } from './argo-types';
import { escapeTemplateText, refuseTemplateText } from './escape-template-text';
import { exprMember } from './render-condition';
import { NameAllocator, parameterNameFor } from './name-allocator';
import { globalTag, refKey, renderValue } from './render-value';

/** What the task calling a leaf template passes for one of its input parameters. */
export type PassedValue = { kind: 'ref'; ref: Ref } | { kind: 'value'; value: Value };

export interface LeafInput {
  readonly name: string;
  readonly passed: PassedValue;
}

/** A use of a value that no cache exclusion can name (an http body, a job manifest, …). */
export const UNNAMED_USE = '*';

/**
 * The input parameters of a leaf template. A leaf cannot see other tasks' outputs or the current
 * map item, so every such reference becomes an input parameter the calling task fills in;
 * declared inputs keep their names. Workflow parameters and facts are global and stay inline,
 * except in a memoized leaf (`globalsAsInputs`): Argo substitutes a template's globals in one
 * pass and its inputs in the next (`SubstituteParams`), and the one `{{=…}}` memoize key that
 * hashes every run-time value is sure to see them all only when all of them are inputs.
 */
export class LeafInputs {
  private readonly names: NameAllocator;
  private readonly byKey = new Map<string, string>();
  readonly declared: ArgoParameter[] = [];
  readonly passed: LeafInput[] = [];
  /**
   * For each parameter, the parts of the step that use its value, named as the local engine
   * names cache key parts (`args`, `image`, `env.NAME`, `parameter.NAME`, `item`), so that
   * `cache.excludeInputs` leaves out the same things on both engines.
   */
  private readonly uses = new Map<string, Set<string>>();
  private currentUse: string | undefined;
  private readonly globalsAsInputs: boolean;

  constructor(step: Step, path: ReadonlyArray<string | number> = [], options: { globalsAsInputs?: boolean } = {}) {
    this.globalsAsInputs = options.globalsAsInputs ?? false;
    const declared = step.inputs?.parameters ?? [];
    this.names = new NameAllocator(63, declared.map((parameter) => parameter.name));
    for (const parameter of declared) {
      // A default becomes the input's value, which Argo reads once more before using it.
      const at = [...path, 'inputs', 'parameters', parameter.name, 'default'];
      this.declared.push({
        name: parameter.name,
        ...(parameter.default !== undefined && { default: refuseTemplateText(parameter.default, { what: 'an input default', path: at, stepName: step.name }) }),
        ...(parameter.description !== undefined && { description: escapeTemplateText(parameter.description) }),
      });
      if (parameter.value !== undefined) this.passed.push({ name: parameter.name, passed: { kind: 'value', value: parameter.value } });
      this.use(parameter.name, `parameter.${parameter.name}`);
    }
  }

  /** The tag a leaf uses for `ref`, adding an input parameter when the ref needs one. */
  readonly tag = (ref: Ref): string => {
    const global = this.globalsAsInputs ? undefined : globalTag(ref);
    if (global !== undefined) return global;
    return `{{inputs.parameters.${this.inputNameFor(ref)}}}`;
  };

  /** The expr-lang form of the same, for `{{=…}}` tags inside the leaf. */
  readonly exprRef = (ref: Ref): string => {
    if (!this.globalsAsInputs && ref.ref === 'parameter') return exprMember('workflow.parameters', ref.name);
    if (!this.globalsAsInputs && ref.ref === 'workflow') return `workflow.${ref.field}`;
    return exprMember('inputs.parameters', this.inputNameFor(ref));
  };

  /** Renders a value for use inside the leaf; `use` names the part it is for (`args`, `env.NAME`, …). */
  render(value: Value, use?: string): string {
    this.currentUse = use;
    try {
      return renderValue(value, this.tag);
    } finally {
      this.currentUse = undefined;
    }
  }

  /** The parts of the step that use input parameter `name` (`UNNAMED_USE` for any other). */
  usesOf(name: string): string[] {
    return [...(this.uses.get(name) ?? [])];
  }

  /** Every input parameter of the template: declared ones first, then generated ones. */
  parameters(): ArgoParameter[] {
    const generated = this.passed.filter((input) => input.passed.kind === 'ref').map((input) => ({ name: input.name }));
    return [...this.declared, ...generated];
  }

  /** The input parameter that carries `ref` here, claimed on first use, and this use recorded. */
  private inputNameFor(ref: Ref): string {
    const name = ref.ref === 'input' ? ref.name : this.nameFor(ref);
    this.use(name, this.currentUse ?? UNNAMED_USE);
    return name;
  }

  private nameFor(ref: Ref): string {
    const key = refKey(ref);
    let name = this.byKey.get(key);
    if (name === undefined) {
      name = this.names.claim(wantedName(ref));
      this.byKey.set(key, name);
      this.passed.push({ name, passed: { kind: 'ref', ref } });
      // The local engine keys every iteration by its item, whatever reads it.
      if (ref.ref === 'item') this.use(name, 'item');
    }
    return name;
  }

  private use(name: string, part: string): void {
    let uses = this.uses.get(name);
    if (uses === undefined) {
      uses = new Set();
      this.uses.set(name, uses);
    }
    uses.add(part);
  }
}

function wantedName(ref: Ref): string {
  switch (ref.ref) {
    case 'step':
      return parameterNameFor(`${ref.step}-${ref.output}`);
    case 'item':
      return ref.key === undefined ? 'item' : parameterNameFor(`item-${ref.key}`);
    default:
      return parameterNameFor(refKey(ref));
  }
}
