import type { Condition, Operand, Ref } from '@couler/ir';

const OPERATORS = {
  equal: '==',
  notEqual: '!=',
  bigger: '>',
  smaller: '<',
  biggerEqual: '>=',
  smallerEqual: '<=',
} as const;

/** A reference as a reader would write it: `flip.result`, `params.lr`, `item.key`, `workflow.status`. */
export function describeRef(ref: Ref): string {
  switch (ref.ref) {
    case 'step':
      return `${ref.step}.${ref.output}`;
    case 'parameter':
      return `params.${ref.name}`;
    case 'input':
      return `inputs.${ref.name}`;
    case 'item':
      return ref.key === undefined ? 'item' : `item.${ref.key}`;
    case 'workflow':
      return `workflow.${ref.field}`;
  }
}

/** A literal as JSON (strings quoted, so `"1"` and `1` stay apart); a reference by `describeRef`. */
export function describeOperand(operand: Operand): string {
  return typeof operand === 'object' ? describeRef(operand) : JSON.stringify(operand);
}

/**
 * A condition as one line of text, e.g. `flip.result == "heads" and not (params.dry == true)`.
 * Unescaped: callers escape it for the syntax they embed it in.
 */
export function describeCondition(condition: Condition): string {
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.conditions
        .map((inner) => (inner.op === 'and' || inner.op === 'or') && inner.op !== condition.op ? `(${describeCondition(inner)})` : describeCondition(inner))
        .join(` ${condition.op} `);
    case 'not':
      return `not (${describeCondition(condition.condition)})`;
    case 'in':
    case 'notIn': {
      const list = Array.isArray(condition.list) ? `[${condition.list.map((item) => JSON.stringify(item)).join(', ')}]` : describeRef(condition.list);
      return `${describeOperand(condition.value)} ${condition.op === 'in' ? 'in' : 'not in'} ${list}`;
    }
    case 'stepStatus':
      return `${condition.step}.status in [${condition.statuses.join(', ')}]`;
    default:
      return `${describeOperand(condition.left)} ${OPERATORS[condition.op]} ${describeOperand(condition.right)}`;
  }
}
