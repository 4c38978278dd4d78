import { CoulerError } from '../../errors/couler-error';
import type { ResourceStep } from '../../schema/index';
import { ConditionSyntaxError, parseResourceCondition, type ResourceRequirement } from '../../validation/resource-condition';
import type { ShellQuote } from './kubectl-commands';

/** kubectl's JSONPath for a key: `status.conditions.0.type` → `{.status.conditions[0].type}`. */
export function jsonPathOf(key: string): string {
  return `{${key
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')}}`;
}

/**
 * Shell functions that wait for the object named by `$couler_object`: `couler_wait_conditions`
 * returns 0 once the success requirements hold, 1 (with a message) when a failure requirement
 * holds or the object is gone. A field kubectl cannot read for another reason (the API server
 * unreachable) is checked again at the next poll, as Argo retries transient errors; the step's
 * timeout bounds the wait. It polls every 5 s, as often as Argo's executor.
 */
export function waitConditionsScript(success: ReadonlyArray<ResourceRequirement>, failure: ReadonlyArray<ResourceRequirement>, quote: ShellQuote): string {
  const lines = [
    // Reads one field into $couler_value: 0 read, 1 absent, 2 unknown (kubectl failed otherwise).
    'couler_field() {',
    `  couler_value=\`kubectl get "$couler_object" -o "jsonpath=$1" --allow-missing-template-keys=false 2>/tmp/couler-field-error\` && return 0`,
    '  couler_error=',
    '  while IFS= read -r couler_line; do couler_error="$couler_error $couler_line"; done < /tmp/couler-field-error',
    '  case $couler_error in',
    "    *'(NotFound)'*) echo \"couler: $couler_object was deleted while its conditions were checked\" >&2; exit 1 ;;",
    "    *'is not found'*) return 1 ;;",
    '  esac',
    '  echo "couler: could not read $1 of $couler_object:$couler_error" >&2',
    '  return 2',
    '}',
  ];
  const requirementFunction = (name: string, requirement: ResourceRequirement): string[] => [`${name}() {`, ...requirementBody(requirement, quote).map((line) => `  ${line}`), '}'];
  for (const [index, requirement] of success.entries()) lines.push(...requirementFunction(`couler_success_${index}`, requirement));
  for (const [index, requirement] of failure.entries()) lines.push(...requirementFunction(`couler_failure_${index}`, requirement));
  lines.push('couler_wait_conditions() {', '  while true; do');
  for (const [index, requirement] of failure.entries()) {
    lines.push(`    if couler_failure_${index}; then echo ${quote(`couler: failure condition "${requirement.text}" holds for `)}"$couler_object" >&2; return 1; fi`);
  }
  lines.push('    couler_pending=0');
  for (const index of success.keys()) lines.push(`    couler_success_${index} || couler_pending=1`);
  lines.push('    if [ "$couler_pending" -eq 0 ]; then return 0; fi', '    sleep 5', '  done', '}');
  return `${lines.join('\n')}\n`;
}

/** The body of one requirement's function: 0 holds, 1 does not, 2 unknown this time. */
function requirementBody(requirement: ResourceRequirement, quote: ShellQuote): string[] {
  const read = `couler_field ${quote(jsonPathOf(requirement.key))}`;
  const pattern = requirement.values.map(quote).join(' | ');
  switch (requirement.operator) {
    case 'exists':
      return [read];
    case '!':
      return [`${read}`, 'case $? in 0) return 1 ;; 1) return 0 ;; *) return 2 ;; esac'];
    case '=':
    case '==':
    case 'in':
      return [`${read} || return $?`, `case $couler_value in ${pattern}) return 0 ;; esac`, 'return 1'];
    case '!=':
    case 'notin':
      // Kubernetes: a missing key is "not in" any set.
      return [`${read}`, 'case $? in 1) return 0 ;; 2) return 2 ;; esac', `case $couler_value in ${pattern}) return 1 ;; esac`, 'return 0'];
    case '>':
    case '<': {
      // Kubernetes parses the field as a whole number; text that is not one never holds.
      const test = requirement.operator === '>' ? '-gt' : '-lt';
      return [`${read} || return $?`, 'couler_value=${couler_value#+}', "case ${couler_value#-} in '' | *[!0-9]*) return 1 ;; esac", `[ "$couler_value" ${test} ${requirement.values[0]!.replace(/^\+/, '')} ]`];
    }
  }
}

/**
 * The shell functions waiting for a resource step's success and failure conditions (Argo's
 * syntax and semantics), or undefined when it has none.
 *
 * @throws CoulerError `INVALID_FIELD` for a condition that does not parse (validation refuses it
 * first; this guards callers that skip validation).
 */
export function resourceWaitScript(step: ResourceStep, path: ReadonlyArray<string | number>, quote: ShellQuote): string | undefined {
  const { successCondition, failureCondition } = step.resource;
  if (successCondition === undefined && failureCondition === undefined) return undefined;
  const parse = (condition: string | undefined, field: 'successCondition' | 'failureCondition') => {
    if (condition === undefined) return [];
    try {
      return parseResourceCondition(condition);
    } catch (error) {
      if (!(error instanceof ConditionSyntaxError)) throw error;
      throw new CoulerError('INVALID_FIELD', `Step "${step.name}" has ${field} "${condition}", which is not a condition: ${error.message}.`, { path: [...path, 'resource', field], stepIds: [step.name] });
    }
  };
  return waitConditionsScript(parse(successCondition, 'successCondition'), parse(failureCondition, 'failureCondition'), quote);
}
