import { CoulerError, type Comparison, type Condition, type Operand } from '@couler/ir';
import { exprString } from './expr-literal';

/**
 * When Argo knows a value a `when` reads: `input` when the template is instantiated (its input
 * parameters), `item` when a loop is expanded, `task` once the tasks it waits for are done,
 * `global` always (workflow parameters and facts).
 */
export type ValuePhase = 'global' | 'input' | 'item' | 'task';

/** How a reference reads inside an expr-lang expression, and when Argo can evaluate it. */
export type ExprRefRenderer = (ref: Exclude<Operand, string | number | boolean>) => { text: string; phase: ValuePhase };

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
export function renderWhen(condition: Condition, renderRef: ExprRefRenderer, where: { path: ReadonlyArray<string | number>; stepName?: string }): string {
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
      default:
        return `{{=${renderComparison(node, renderRef, where)}}}`;
    }
  };
  return render(condition, undefined);
}

/** One comparison as an expr-lang expression. */
export function renderComparison(comparison: Comparison, renderRef: ExprRefRenderer, where: { path: ReadonlyArray<string | number>; stepName?: string }): string {
  const numeric = ORDERING.has(comparison.op) || typeof comparison.left === 'number' || typeof comparison.right === 'number';
  const phases = new Set<ValuePhase>();
  const side = (operand: Operand): string => {
    if (typeof operand === 'number') return String(operand);
    if (typeof operand === 'boolean') return exprString(String(operand));
    if (typeof operand === 'string') return numeric ? `asFloat(${exprString(operand)})` : exprString(operand);
    const { text, phase } = renderRef(operand);
    if (phase !== 'global') phases.add(phase);
    return numeric ? `asFloat(${text})` : text;
  };
  const text = `${side(comparison.left)} ${OPERATORS[comparison.op]} ${side(comparison.right)}`;
  if (phases.size > 1) {
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
  return text;
}

/**
 * `name` as a member of `root` in expr-lang, always in brackets: names may hold `-`, and a bare
 * `.in` or `.matches` would read as an operator.
 */
export function exprMember(root: string, name: string): string {
  return `${root}[${exprString(name)}]`;
}
