import type { Comparison, Condition, MembershipCondition, Operand, StepStatusCondition } from '@couler/ir';
import { exprString } from './expr-literal';

/**
 * When Argo knows a value a `when` reads: `input` when the template is instantiated (its input
 * parameters), `item` when a loop is expanded, `task` once the tasks it waits for are done,
 * `global` always (workflow parameters and facts). All but `item` are in scope when Argo resolves
 * a task's dependencies (`resolveDependencyReferences`), so one tag may read them together; only
 * the item may need a tag of its own (see `LoopScope`).
 */
export type ValuePhase = 'global' | 'input' | 'item' | 'task';

/**
 * How a reference reads inside an expr-lang expression, and when Argo can evaluate it. `guard`,
 * when present, is an expression that holds once the value exists (an exit handler's read of a
 * main step's output, which Argo only has if the step produced it): a tag reading the value is
 * written `guard ? (…) : false`, so that Argo never evaluates it on a missing value.
 */
export type ExprRefRenderer = (ref: Exclude<Operand, string | number | boolean>) => { text: string; phase: ValuePhase; guard?: string };

/**
 * What Argo has in scope when it expands a loop (`withItems`, `withParam`) and substitutes the
 * item: every value the task could read before (`all`: globals, the template's inputs and the
 * outputs of the tasks it waits for, Argo 4.0 and later, also 3.6.14+ and 3.7.5+), or the item
 * alone (`item`: earlier releases, `processItem` in `workflow/controller/operator.go`).
 */
export type LoopScope = 'all' | 'item';

/**
 * Where a condition is, for errors; `stepStatus` renders a `stepStatus` condition (exit handlers
 * only); `loopScope` is what a loop's expansion sees (default `all`).
 */
export interface ConditionSite {
  readonly path: ReadonlyArray<string | number>;
  readonly stepName?: string;
  readonly stepStatus?: (condition: StepStatusCondition) => string;
  readonly loopScope?: LoopScope;
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
 * first, then the outputs of the tasks it waits for, then loop items) and an expression tag is
 * only evaluated once every name in it is known, so each comparison is its own `{{=…}}` tag,
 * evaluated to `true`/`false`, and `and`/`or`/`not` join the results in the `when` language Argo
 * evaluates last (govaluate).
 *
 * In a comparison, references are strings at run time: against a number literal, or with an
 * ordering operator, both sides are read as numbers (`asFloat`); against a string literal, as
 * strings; against a boolean literal, as the text `true`/`false`. Literals are quoted and
 * escaped, so no literal can change the expression.
 *
 * A comparison of a loop item with a value known earlier is one tag where the loop's expansion
 * sees every value (`loopScope: 'all'`). Where it sees the item alone, the tag is written by an
 * earlier stage: a tag that reads the earlier values writes the item's tag, with each value in
 * it as a literal (`sprig.b64dec('…')` of its base64, whose letters nothing in Argo reads as
 * syntax), and the expansion evaluates that — the same expression, over the same values.
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
  const reader = new RefReader(renderRef, where.loopScope);
  const side = (operand: Operand): string => {
    if (typeof operand === 'number') return String(operand);
    if (typeof operand === 'boolean') return exprString(String(operand));
    if (typeof operand === 'string') return numeric ? `asFloat(${exprString(operand)})` : exprString(operand);
    const text = reader.read(operand);
    return numeric ? `asFloat(${text})` : text;
  };
  return reader.finish(`${side(comparison.left)} ${OPERATORS[comparison.op]} ${side(comparison.right)}`);
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
  const reader = new RefReader(renderRef, where.loopScope);
  const asText = (literal: string | number | boolean) => exprString(typeof literal === 'string' ? literal : JSON.stringify(literal));
  const value = typeof condition.value === 'object' ? reader.read(condition.value) : asText(condition.value);
  const test = Array.isArray(condition.list)
    ? `${value} in [${condition.list.map(asText).join(', ')}]`
    : `any(fromJSON(${reader.read(condition.list)}), {(type(#) == 'string' ? # : toJson(#)) == ${value}})`;
  return reader.finish(condition.op === 'in' ? test : `!(${test})`);
}

/**
 * `stepStatus` as an expr-lang expression, given by the exit handler's scope (only there does
 * Argo know how main steps ended).
 */
function renderStepStatus(condition: StepStatusCondition, where: ConditionSite): string {
  if (!where.stepStatus) throw new Error(`stepStatus of "${condition.step}" outside an exit handler: validate the workflow before compiling it.`);
  return where.stepStatus(condition);
}

/** A value read before the loop's expansion, marked in the expression until `finish` places it. */
const marker = (index: number) => `\u0000${index}\u0000`;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL delimits the markers because no expression text can hold one.
const MARKER = /\u0000(\d+)\u0000/;

/**
 * Reads the references of one tag: what must exist before it reads them (guards), and, where a
 * loop's expansion sees the item alone, which values must reach it as literals.
 */
class RefReader {
  private readsItem = false;
  /** Values Argo knows before the loop's expansion, when that expansion sees the item alone. */
  private readonly early: string[] = [];
  private readonly guards = new Set<string>();

  constructor(
    private readonly renderRef: ExprRefRenderer,
    private readonly loopScope: LoopScope = 'all',
  ) {}

  read(ref: Exclude<Operand, string | number | boolean>): string {
    const { text, phase, guard } = this.renderRef(ref);
    if (guard !== undefined) this.guards.add(guard);
    if (phase === 'item') {
      this.readsItem = true;
      return text;
    }
    if (this.loopScope === 'all') return text;
    this.early.push(text);
    return marker(this.early.length - 1);
  }

  /** The tag's expression, guarded; written by an earlier stage when the item's expansion cannot read the rest. */
  finish(text: string): string {
    const parts = text.split(MARKER);
    const deferred = this.readsItem && this.early.length > 0;
    let expression: string;
    if (!deferred) expression = parts.map((part, index) => (index % 2 === 0 ? part : this.early[Number(part)]!)).join('');
    else {
      // '{{=' + <text up to a value> + "sprig.b64dec('" + sprig.b64enc(<value>) + "')" + … + '}}'
      const pieces: string[] = [];
      let literal = '{{=';
      parts.forEach((part, index) => {
        if (index % 2 === 0) literal += part;
        else {
          pieces.push(exprString(`${literal}sprig.b64dec('`, '"'), `sprig.b64enc(${this.early[Number(part)]!})`);
          literal = "')";
        }
      });
      pieces.push(exprString(`${literal}}}`, '"'));
      expression = pieces.join(' + ');
    }
    if (this.guards.size === 0) return expression;
    return `${[...this.guards].join(' && ')} ? (${expression}) : ${deferred ? "'false'" : 'false'}`;
  }
}

/**
 * `name` as a member of `root` in expr-lang, always in brackets: names may hold `-`, and a bare
 * `.in` or `.matches` would read as an operator.
 */
export function exprMember(root: string, name: string): string {
  return `${root}[${exprString(name)}]`;
}
