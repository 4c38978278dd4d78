import { CoulerError, type Comparison, type Condition, type MembershipCondition, type Operand, type StepStatusCondition } from '@couler/ir';
import { exprString } from './expr-literal';

/**
 * When Argo knows a value a `when` reads: `input` when the template is instantiated (its input
 * parameters), `item` when a loop is expanded, `task` once the tasks it waits for are done,
 * `global` always (workflow parameters and facts).
 */
export type ValuePhase = 'global' | 'input' | 'item' | 'task';

/**
 * How a reference reads inside an expr-lang expression, and when Argo can evaluate it. `guard`,
 * when present, is an expression that holds once the value exists (an exit handler's read of a
 * main step's output, which Argo only has if the step produced it): a tag reading the value is
 * written `guard ? (…) : false`, so that Argo never evaluates it on a missing value.
 */
export type ExprRefRenderer = (ref: Exclude<Operand, string | number | boolean>) => { text: string; phase: ValuePhase; guard?: string };

/** Where a condition is, for errors; `stepStatus` renders a `stepStatus` condition (exit handlers only). */
export interface ConditionSite {
  readonly path: ReadonlyArray<string | number>;
  readonly stepName?: string;
  readonly stepStatus?: (condition: StepStatusCondition) => string;
}

const OPERATORS: Record<Comparison['op'], string> = {
  equal: '==',
  notEqual: '!=',
  bigger: '>',
  smaller: '<',
  biggerEqual: '>=',
  smallerEqual: '<=',
};

const ORDERING = new Set<Comparison['op']>(['bigger', 'smaller', 'biggerEqual', 'smallerEqual']);

/**
 * A structured condition as an Argo `when`. Argo substitutes a `when` in stages (template inputs
 * first, then loop items, then task outputs) and an expression tag is only evaluated once every
 * name in it is known, so each comparison is its own `{{=…}}` tag, evaluated to `true`/`false`,
 * and `and`/`or`/`not` join the results in the `when` language Argo evaluates last (govaluate).
 *
 * In a comparison, references are strings at run time: against a number literal, or with an
 * ordering operator, both sides are read as numbers (`asFloat`); against a string literal, as
 * strings; against a boolean literal, as the text `true`/`false`. Literals are quoted and
 * escaped, so no literal can change the expression.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for a comparison of two values Argo knows at
 *   different stages (say a task output and a loop item), which no single tag can evaluate.
 */
export function renderWhen(condition: Condition, renderRef: ExprRefRenderer, where: ConditionSite): string {
  const render = (node: Condition, parent: 'and' | 'or' | 'not' | undefined): string => {
    switch (node.op) {
      case 'and':
      case 'or': {
        const parts = node.conditions.map((inner) => render(inner, node.op as 'and' | 'or'));
        if (parts.length === 1) return parts[0]!;
        const text = parts.join(node.op === 'and' ? ' && ' : ' || ');
        return parent === undefined || parent === node.op ? text : `(${text})`;
      }
      case 'not':
        return `!(${render(node.condition, undefined)})`;
      case 'in':
      case 'notIn':
        return `{{=${renderMembership(node, renderRef, where)}}}`;
      case 'stepStatus':
        return `{{=${renderStepStatus(node, where)}}}`;
      default:
        return `{{=${renderComparison(node, renderRef, where)}}}`;
    }
  };
  return render(condition, undefined);
}

/** One comparison as an expr-lang expression. */
export function renderComparison(comparison: Comparison, renderRef: ExprRefRenderer, where: ConditionSite): string {
  const numeric = ORDERING.has(comparison.op) || typeof comparison.left === 'number' || typeof comparison.right === 'number';
  const reader = new RefReader(renderRef);
  const side = (operand: Operand): string => {
    if (typeof operand === 'number') return String(operand);
    if (typeof operand === 'boolean') return exprString(String(operand));
    if (typeof operand === 'string') return numeric ? `asFloat(${exprString(operand)})` : exprString(operand);
    const text = reader.read(operand);
    return numeric ? `asFloat(${text})` : text;
  };
  return reader.finish(`${side(comparison.left)} ${OPERATORS[comparison.op]} ${side(comparison.right)}`, where);
}

/**
 * Membership as an expr-lang expression, items and value compared as text. A literal list is an
 * array of strings (`'main' in ['main', '2', 'true']`, each number or boolean by its JSON text); a
 * list that Argo holds as JSON text (a workflow parameter, a step's output, a mapped step's
 * fan-in) is decoded with expr-lang's `fromJSON` and each item turned back into text: a string
 * as it is, anything else by Argo's `toJson` (`json.Marshal`: `2`, `true`, `1.5`), so that a
 * fan-in of outputs `2` (which Argo stores as numbers) matches `"2"`. A list that is not JSON
 * makes Argo fail the step, as any expression it cannot evaluate.
 * Sources: expr-lang v1.17 `builtin/builtin.go` (`fromJSON`, `type`, `any`), Argo
 * `util/expr/env/env.go` (`toJson`).
 */
export function renderMembership(condition: MembershipCondition, renderRef: ExprRefRenderer, where: ConditionSite): string {
  const reader = new RefReader(renderRef);
  const asText = (literal: string | number | boolean) => exprString(typeof literal === 'string' ? literal : JSON.stringify(literal));
  const value = typeof condition.value === 'object' ? reader.read(condition.value) : asText(condition.value);
  const test = Array.isArray(condition.list)
    ? `${value} in [${condition.list.map(asText).join(', ')}]`
    : `any(fromJSON(${reader.read(condition.list)}), {(type(#) == 'string' ? # : toJson(#)) == ${value}})`;
  return reader.finish(condition.op === 'in' ? test : `!(${test})`, where);
}

/**
 * `stepStatus` as an expr-lang expression, given by the exit handler's scope (only there does
 * Argo know how main steps ended).
 */
function renderStepStatus(condition: StepStatusCondition, where: ConditionSite): string {
  if (!where.stepStatus) throw new Error(`stepStatus of "${condition.step}" outside an exit handler: validate the workflow before compiling it.`);
  return where.stepStatus(condition);
}

/** Collects when Argo knows the references of one tag, and what must exist before it reads them. */
class RefReader {
  private readonly phases = new Set<ValuePhase>();
  private readonly guards = new Set<string>();

  constructor(private readonly renderRef: ExprRefRenderer) {}

  read(ref: Exclude<Operand, string | number | boolean>): string {
    const { text, phase, guard } = this.renderRef(ref);
    if (phase !== 'global') this.phases.add(phase);
    if (guard !== undefined) this.guards.add(guard);
    return text;
  }

  /** The tag's expression, guarded; refused when its values are known at different times. */
  finish(text: string, where: ConditionSite): string {
    this.assertOnePhase(where);
    return this.guards.size === 0 ? text : `${[...this.guards].join(' && ')} ? (${text}) : false`;
  }

  private assertOnePhase(where: ConditionSite): void {
    const phases = this.phases;
    if (phases.size <= 1) return;
    throw new CoulerError(
      'UNSUPPORTED_BY_BACKEND',
      `The argo backend cannot express a comparison of values Argo knows at different times (${[...phases].join(' and ')}) ("when")${where.stepName ? `, used by "${where.stepName}"` : ''}.`,
      {
        path: where.path,
        ...(where.stepName !== undefined && { stepIds: [where.stepName] }),
        hint: 'Compare each value with a literal, or pass one of them through a step output first.',
      },
    );
  }
}

/**
 * `name` as a member of `root` in expr-lang, always in brackets: names may hold `-`, and a bare
 * `.in` or `.matches` would read as an operator.
 */
export function exprMember(root: string, name: string): string {
  return `${root}[${exprString(name)}]`;
}
