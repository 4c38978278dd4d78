import type { Comparison, Condition, Operand } from '../../schema/condition';
import type { ParameterType } from '../../schema/parameter';
import { isRef, type Ref, type Scalar } from '../../schema/value';
import type { ValidationContext } from '../validation-context';
import { outputsOf } from './step-outputs';

type Path = ReadonlyArray<string | number>;
/** What validation knows of a value's type; `unknown` when nothing was declared. */
type KnownType = ParameterType | 'unknown';

const ORDERING = new Set(['bigger', 'smaller', 'biggerEqual', 'smallerEqual']);
const SCALAR_TYPES = new Set<KnownType>(['string', 'number', 'integer', 'boolean']);

/** `an integer`, `a list`: types read as nouns in messages. */
function withArticle(type: KnownType): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function isNumeric(value: Scalar): boolean {
  return typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
}

function fitsType(value: Scalar, type: ParameterType): boolean {
  switch (type) {
    case 'number':
      return isNumeric(value);
    case 'integer':
      return isNumeric(value) && Number.isInteger(Number(value));
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false';
    case 'list':
    case 'json':
      if (typeof value !== 'string') return type === 'json';
      try {
        const parsed: unknown = JSON.parse(value);
        return type === 'json' || Array.isArray(parsed);
      } catch {
        return false;
      }
    default:
      return true;
  }
}

/**
 * Values fit where they are used: ordering comparisons get numbers, `map` gets a list, literal
 * defaults and values match their declared types. Undeclared types are not guessed.
 */
export function typesRule(context: ValidationContext): void {
  const parameterTypes = new Map<string, KnownType>();
  for (const parameter of context.workflow.spec.parameters ?? []) {
    parameterTypes.set(parameter.name, parameter.type ?? 'unknown');
    const path = ['parameters', parameter.name];
    if (parameter.type && parameter.default !== undefined && !fitsType(parameter.default, parameter.type)) {
      context.report('TYPE_MISMATCH', `Workflow parameter "${parameter.name}" is declared ${parameter.type}, but its default ${JSON.stringify(parameter.default)} is not.`, {
        path: [...path, 'default'],
      });
    }
    if (parameter.enum && parameter.default !== undefined && !parameter.enum.includes(parameter.default)) {
      context.report('TYPE_MISMATCH', `The default of workflow parameter "${parameter.name}" is not one of its allowed values (${parameter.enum.map((v) => JSON.stringify(v)).join(', ')}).`, {
        path: [...path, 'default'],
      });
    }
  }

  const typeOf = (ref: Ref): KnownType => {
    if (ref.ref === 'parameter') return parameterTypes.get(ref.name) ?? 'unknown';
    if (ref.ref !== 'step') return 'unknown';
    const producer = context.steps.get(ref.step)?.step;
    if (!producer) return 'unknown';
    // The output of a mapped step is the list of every iteration's value.
    if (producer.map !== undefined) return 'list';
    return outputsOf(producer).get(ref.output)?.type ?? 'unknown';
  };

  const describe = (operand: Operand): string =>
    isRef(operand)
      ? operand.ref === 'step'
        ? `"${operand.step}.${operand.output}"`
        : operand.ref === 'parameter'
          ? `parameter "${operand.name}"`
          : `the ${operand.ref}`
      : JSON.stringify(operand);

  const checkComparison = (comparison: Comparison, path: Path, stepName: string) => {
    const operands = [comparison.left, comparison.right];
    for (const operand of operands) {
      const type = isRef(operand) ? typeOf(operand) : undefined;
      if (ORDERING.has(comparison.op)) {
        const bad = isRef(operand) ? type !== 'unknown' && type !== 'number' && type !== 'integer' : !isNumeric(operand);
        if (bad) {
          context.report('TYPE_MISMATCH', `"${comparison.op}" in step "${stepName}" compares numbers, but ${describe(operand)} is ${isRef(operand) ? withArticle(type!) : 'not a number'}.`, {
            path,
            stepIds: [stepName],
            hint: 'Compare a numeric output with a number, or use equal/notEqual.',
          });
        }
      }
    }
    // equal/notEqual between a typed reference and a literal that can never match it.
    const [ref, literal] = isRef(comparison.left) ? [comparison.left, comparison.right] : [comparison.right, comparison.left];
    if (isRef(ref) && !isRef(literal)) {
      const type = typeOf(ref);
      if (type !== 'unknown' && SCALAR_TYPES.has(type) && !fitsType(literal, type as ParameterType)) {
        context.report('TYPE_MISMATCH', `Step "${stepName}" compares ${describe(ref)} (${withArticle(type)}) with ${JSON.stringify(literal)}, which can never be equal.`, {
          path,
          stepIds: [stepName],
        });
      } else if (type === 'list' && ORDERING.has(comparison.op) === false) {
        context.report('TYPE_MISMATCH', `Step "${stepName}" compares ${describe(ref)}, a list (the outputs of a mapped step), with a single value.`, {
          path,
          stepIds: [stepName],
          hint: 'Add a step that reduces the list to one value and compare that.',
        });
      }
    }
  };

  const checkCondition = (condition: Condition, path: Path, stepName: string): void => {
    switch (condition.op) {
      case 'and':
      case 'or':
        for (const [index, inner] of condition.conditions.entries()) checkCondition(inner, [...path, 'conditions', index], stepName);
        return;
      case 'not':
        checkCondition(condition.condition, [...path, 'condition'], stepName);
        return;
      case 'in':
      case 'notIn': {
        if (isRef(condition.value) && typeOf(condition.value) === 'list') {
          context.report('TYPE_MISMATCH', `Step "${stepName}" looks for ${describe(condition.value)}, a list, in a list; the value must be a single value.`, { path: [...path, 'value'], stepIds: [stepName] });
        }
        if (!Array.isArray(condition.list)) {
          const type = typeOf(condition.list);
          if (type !== 'unknown' && type !== 'list' && type !== 'json') {
            context.report('TYPE_MISMATCH', `Step "${stepName}" looks for a value in ${describe(condition.list)}, which is ${withArticle(type)}, not a list.`, {
              path: [...path, 'list'],
              stepIds: [stepName],
              hint: 'Use a parameter of type "list", an output declared as type "list", or a literal list.',
            });
          }
        }
        return;
      }
      case 'stepStatus':
        return;
      default:
        checkComparison(condition, path, stepName);
    }
  };

  for (const { step, path } of context.allSteps()) {
    if (step.when) checkCondition(step.when, [...path, 'when'], step.name);
    const from = step.map?.from;
    if (from) {
      const type = typeOf(from);
      if (type !== 'unknown' && type !== 'list' && type !== 'json') {
        context.report('TYPE_MISMATCH', `Step "${step.name}" maps over ${describe(from)}, which is ${withArticle(type)}, not a list.`, {
          path: [...path, 'map', 'from'],
          stepIds: [step.name],
          hint: 'Map over an output declared as type "list" (a JSON array), or over a literal list.',
        });
      }
    }
    for (const parameter of step.inputs?.parameters ?? []) {
      if (parameter.type && typeof parameter.value === 'string' && !fitsType(parameter.value, parameter.type)) {
        context.report('TYPE_MISMATCH', `Input "${parameter.name}" of step "${step.name}" is declared ${parameter.type}, but its value ${JSON.stringify(parameter.value)} is not.`, {
          path: [...path, 'inputs', 'parameters', parameter.name, 'value'],
          stepIds: [step.name],
        });
      }
    }
  }
  for (const group of context.workflow.spec.groups ?? []) {
    if (group.kind === 'while') checkCondition(group.condition, ['groups', group.name, 'condition'], group.name);
  }
}
