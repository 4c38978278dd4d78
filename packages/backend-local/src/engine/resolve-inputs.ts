import type { Step } from '@couler/ir';
import { resolveValue, ResolveError, type ResolveScope } from './resolve-value';
import { userKeyed, ownValue } from '../internal/user-keyed';

/** A step's input parameters, resolved, and the scope in which `{ ref: 'input' }` reads them. */
export interface ResolvedInputs {
  readonly inputs: Record<string, string>;
  readonly scope: ResolveScope;
}

/**
 * Resolves the input parameters of one instance: each one's value (which may read earlier
 * inputs), else its default.
 *
 * @throws ResolveError for a reference without a value or a parameter with neither value nor default.
 */
export function resolveInputs(step: Step, scope: ResolveScope): ResolvedInputs {
  const inputs = userKeyed<string>();
  const inputScope: ResolveScope = {
    ...scope,
    input: (name) => {
      const value = ownValue(inputs, name);
      if (value === undefined) throw new ResolveError(`Step "${step.name}" has no input parameter "${name}" with a value.`);
      return value;
    },
  };
  for (const parameter of step.inputs?.parameters ?? []) {
    if (parameter.value !== undefined) inputs[parameter.name] = resolveValue(parameter.value, inputScope);
    else if (parameter.default !== undefined) inputs[parameter.name] = parameter.default;
    else throw new ResolveError(`Input parameter "${parameter.name}" of step "${step.name}" has neither a value nor a default.`);
  }
  return { inputs, scope: inputScope };
}
