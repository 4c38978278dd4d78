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

/**
 * The input parameters of a leaf template. A leaf cannot see other tasks' outputs or the current
 * map item, so every such reference becomes an input parameter the calling task fills in;
 * declared inputs keep their names. Workflow parameters and facts are global and stay inline.
 */
export class LeafInputs {
  private readonly names: NameAllocator;
  private readonly byKey = new Map<string, string>();
  readonly declared: ArgoParameter[] = [];
  readonly passed: LeafInput[] = [];
  /** For each parameter, the env variables and declared inputs whose values use it. */
  private readonly sources = new Map<string, Set<string>>();
  private currentSource: string | undefined;

  constructor(step: Step, path: ReadonlyArray<string | number> = []) {
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
    }
  }

  /** The tag a leaf uses for `ref`, adding an input parameter when the ref needs one. */
  readonly tag = (ref: Ref): string => {
    const global = globalTag(ref);
    if (global !== undefined) return global;
    if (ref.ref === 'input') return `{{inputs.parameters.${ref.name}}}`;
    return `{{inputs.parameters.${this.nameFor(ref)}}}`;
  };

  /** The expr-lang form of the same, for `{{=…}}` tags inside the leaf. */
  readonly exprRef = (ref: Ref): string => {
    if (ref.ref === 'parameter') return exprMember('workflow.parameters', ref.name);
    if (ref.ref === 'workflow') return `workflow.${ref.field}`;
    return exprMember('inputs.parameters', ref.ref === 'input' ? ref.name : this.nameFor(ref));
  };

  /** Renders a value for use inside the leaf; `source` names the env variable it is for. */
  render(value: Value, source?: string): string {
    this.currentSource = source;
    try {
      return renderValue(value, this.tag);
    } finally {
      this.currentSource = undefined;
    }
  }

  /** The env variables (and the parameter itself) a parameter's value feeds, for cache keys. */
  sourcesOf(name: string): string[] {
    return [name, ...(this.sources.get(name) ?? [])];
  }

  /** Every input parameter of the template: declared ones first, then generated ones. */
  parameters(): ArgoParameter[] {
    const generated = this.passed.filter((input) => input.passed.kind === 'ref').map((input) => ({ name: input.name }));
    return [...this.declared, ...generated];
  }

  private nameFor(ref: Ref): string {
    const key = refKey(ref);
    let name = this.byKey.get(key);
    if (name === undefined) {
      name = this.names.claim(wantedName(ref));
      this.byKey.set(key, name);
      this.passed.push({ name, passed: { kind: 'ref', ref } });
    }
    if (this.currentSource !== undefined) {
      let sources = this.sources.get(name);
      if (sources === undefined) this.sources.set(name, (sources = new Set()));
      sources.add(this.currentSource);
    }
    return name;
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
