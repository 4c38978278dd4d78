import type { Condition, Operand, Step } from '@couler/ir';
import { pythonNumber, pythonString } from '../python/python-literal';
import { groupInputCall, groupOutputCall, outputCall, scalarText, type ValueContext } from './render-value';

/** What the branch callable must read from its context for an expression. */
export interface ConditionNeeds {
  ti: boolean;
  params: boolean;
  dag: boolean;
  runId: boolean;
  dagRun: boolean;
}

const OPERATORS = { equal: '==', notEqual: '!=', bigger: '>', smaller: '<', biggerEqual: '>=', smallerEqual: '<=' } as const;

function operandText(operand: Operand, context: ValueContext, needs: ConditionNeeds, step: Step): string {
  if (typeof operand !== 'object') return pythonString(scalarText(operand));
  switch (operand.ref) {
    case 'step':
      needs.ti = true;
      if (context.inGroup !== undefined) return groupOutputCall(context.plan, step, context.inGroup, operand.step, operand.output, context.iteration);
      return outputCall('couler_output', context.plan, operand.step, step, context.iteration, operand.output);
    case 'parameter':
      if (context.inGroup !== undefined) {
        needs.ti = true;
        return groupInputCall(step, context.inGroup, operand.name);
      }
      needs.params = true;
      return `couler_text(params[${pythonString(operand.name)}])`;
    case 'input': {
      const input = step.inputs?.parameters?.find((parameter) => parameter.name === operand.name);
      if (input?.value !== undefined && typeof input.value !== 'object') return pythonString(input.value);
      if (input?.value !== undefined && !('concat' in input.value) && input.value.ref !== 'input') return operandText(input.value, context, needs, step);
      if (input?.value === undefined) return pythonString(input?.default ?? '');
      break;
    }
    case 'item':
      // Inside a mapped task deciding for its own map index (see condition-hook).
      if (context.item === 'runtime') return operand.key === undefined ? 'couler_text(item)' : `couler_text(item[${pythonString(operand.key)}])`;
      break;
    case 'workflow':
      if (operand.field === 'name') {
        needs.dag = true;
        return 'dag.dag_id';
      }
      if (operand.field === 'status') {
        needs.ti = true;
        return '(ti.xcom_pull(task_ids="couler_status") or "Failed")';
      }
      if (operand.field === 'uid') {
        needs.runId = true;
        return 'run_id';
      }
      if (operand.field === 'duration') {
        needs.dagRun = true;
        return 'couler_duration(dag_run)';
      }
      break;
    default:
      break;
  }
  context.unsupported.add(context.path, `The airflow backend cannot decide the condition of step "${step.name}": it reads ${operand.ref === 'item' ? 'the map item, which a branch task before the mapped task does not have' : `"${JSON.stringify(operand)}"`}.`, {
    stepName: step.name,
    hint: 'Compare step outputs, workflow parameters or literals.',
  });
  return '""';
}

function numeric(operand: Operand, text: string): string {
  if (typeof operand === 'number') return pythonNumber(operand);
  return `float(${text})`;
}

/** The Python expression (over `ti`, `params` …) that is true when the condition holds. */
export function renderCondition(condition: Condition, context: ValueContext, needs: ConditionNeeds): string {
  const step = context.step;
  switch (condition.op) {
    case 'and':
    case 'or': {
      const parts = condition.conditions.map((inner) => renderCondition(inner, context, needs));
      return parts.length === 1 ? parts[0]! : `(${parts.join(` ${condition.op} `)})`;
    }
    case 'not':
      return `not ${renderCondition(condition.condition, context, needs)}`;
    case 'in':
    case 'notIn': {
      // Items compare as text, as everywhere in Couler: a JSON number item 2 matches "2".
      const value = operandText(condition.value, context, needs, step);
      const items = Array.isArray(condition.list)
        ? `[${condition.list.map((item) => pythonString(scalarText(item))).join(', ')}]`
        : `[couler_text(item) for item in couler_items(${operandText(condition.list, context, needs, step)})]`;
      return `${value} ${condition.op === 'in' ? 'in' : 'not in'} ${items}`;
    }
    case 'stepStatus':
      // Not among AIRFLOW_CAPABILITIES: refused before any condition is rendered.
      throw new Error('stepStatus conditions are refused before rendering');
    default: {
      const left = operandText(condition.left, context, needs, step);
      const right = operandText(condition.right, context, needs, step);
      const operator = OPERATORS[condition.op];
      const numbers = condition.op !== 'equal' && condition.op !== 'notEqual' ? true : typeof condition.left === 'number' || typeof condition.right === 'number';
      return numbers ? `${numeric(condition.left, left)} ${operator} ${numeric(condition.right, right)}` : `${left} ${operator} ${right}`;
    }
  }
}
