import { CoulerError, didYouMean, type Workflow, type WorkflowParameter } from '@couler/ir';
import { userKeyed, ownValue } from '../internal/user-keyed';

function checkType(parameter: WorkflowParameter, value: string): string | undefined {
  switch (parameter.type) {
    case 'number':
      return Number.isFinite(Number(value)) && value.trim() !== '' ? undefined : 'a number';
    case 'integer':
      return /^[-+]?\d+$/.test(value.trim()) ? undefined : 'an integer';
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : '"true" or "false"';
    case 'json':
    case 'list':
      try {
        const parsed: unknown = JSON.parse(value);
        return parameter.type === 'list' && !Array.isArray(parsed) ? 'a JSON list' : undefined;
      } catch {
        return parameter.type === 'list' ? 'a JSON list' : 'JSON';
      }
    default:
      return undefined;
  }
}

/**
 * Every workflow parameter's value: the override (`--param k=v`) or the default. Unknown names,
 * missing values, values outside `enum` and values of the wrong type are `CoulerError`s.
 */
export function resolveParameters(workflow: Workflow, overrides: Readonly<Record<string, string>> = {}): Record<string, string> {
  const declared = workflow.spec.parameters ?? [];
  const names = declared.map((parameter) => parameter.name);
  const errors: CoulerError[] = [];
  for (const name of Object.keys(overrides)) {
    if (!names.includes(name)) {
      errors.push(
        new CoulerError('UNKNOWN_PARAMETER', `Workflow "${workflow.metadata.name}" has no parameter "${name}".${didYouMean(name, names)}`, {
          path: ['spec', 'parameters'],
          hint: names.length > 0 ? `Its parameters are ${names.map((known) => `"${known}"`).join(', ')}.` : 'It declares no parameters.',
        }),
      );
    }
  }
  const values = userKeyed<string>();
  for (const parameter of declared) {
    const path = ['spec', 'parameters', parameter.name];
    const value = ownValue(overrides, parameter.name) ?? (parameter.default === undefined ? undefined : String(parameter.default));
    if (value === undefined) {
      errors.push(new CoulerError('INVALID_FIELD', `Workflow parameter "${parameter.name}" has no default and was not given.`, { path, hint: `Pass it: --param ${parameter.name}=… .` }));
      continue;
    }
    if (parameter.enum && !parameter.enum.map(String).includes(value)) {
      errors.push(
        new CoulerError('INVALID_FIELD', `Workflow parameter "${parameter.name}" is "${value}", not one of ${parameter.enum.map((option) => JSON.stringify(String(option))).join(', ')}.`, { path }),
      );
      continue;
    }
    const expected = checkType(parameter, value);
    if (expected) {
      errors.push(new CoulerError('TYPE_MISMATCH', `Workflow parameter "${parameter.name}" must be ${expected}; got ${JSON.stringify(value)}.`, { path }));
      continue;
    }
    values[parameter.name] = value;
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new CoulerError('INVALID_FIELD', `${errors.length} problems with the parameters of workflow "${workflow.metadata.name}".`, { errors });
  return values;
}
