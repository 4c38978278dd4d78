import { isObject, listOf, type Path, type RuleContext } from './rule-context';

/**
 * Param lists (`{name, value}` in tasks and runs, or `{name, type, default}` in specs): names
 * non-empty and unique; values a string, a list of strings or an object of strings. Numbers and
 * booleans are stringified by Tekton's decoder, so they pass (the emitter quotes them anyway).
 */
export function checkParamList(params: unknown, path: Path, owner: string, context: RuleContext, options: { values?: boolean; stringsOnly?: boolean } = {}): void {
  const seen = new Set<string>();
  listOf(params).forEach((param, index) => {
    const name = param.name;
    if (typeof name !== 'string' || name === '') {
      context.report('param-names', [...path, index, 'name'], `A param of ${owner} has no name.`);
      return;
    }
    if (seen.has(name)) context.report('param-names', [...path, index, 'name'], `Param "${name}" of ${owner} is given twice.`);
    seen.add(name);
    for (const key of options.values ? ['value'] : ['default']) {
      const value = param[key];
      if (value === undefined) continue;
      if (!isParamValue(value, options.stringsOnly === true)) {
        context.report('param-value', [...path, index, key], `${key} of param "${name}" (${owner}) must be ${options.stringsOnly ? 'a string' : 'a string, a list of strings or an object of strings'}.`);
      }
    }
  });
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function isParamValue(value: unknown, stringsOnly = false): boolean {
  if (isScalar(value)) return true;
  if (stringsOnly) return false;
  if (Array.isArray(value)) return value.every(isScalar);
  return isObject(value) && Object.values(value).every(isScalar);
}
