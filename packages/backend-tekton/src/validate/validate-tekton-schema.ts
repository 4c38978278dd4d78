import type { ErrorObject, ValidateFunction } from 'ajv';
import { createTektonAjv } from './create-tekton-ajv';
import { generatedTektonValidators } from './generated-tekton-validators';
import { strictTektonSchema, TEKTON_KINDS, type TektonKind } from './load-tekton-schemas';
import { pathText, type TektonProblem } from './tekton-problem';

const validators = new Map<TektonKind, ValidateFunction>();
let ajv: ReturnType<typeof createTektonAjv> | undefined;

function validatorFor(kind: TektonKind): ValidateFunction {
  let validator = validators.get(kind) ?? generatedTektonValidators()?.[kind];
  if (validator) return validator;
  ajv ??= createTektonAjv();
  validator = ajv.compile(strictTektonSchema(kind));
  validators.set(kind, validator);
  return validator;
}

function toPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return `has a field Tekton does not know: "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'type':
      return `must be ${(error.params as { type: string }).type}`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Checks a Pipeline, Task, PipelineRun or TaskRun (plain data, as parsed from YAML) against its
 * CRD `openAPIV3Schema` as the API server and webhook apply it: closed objects, embedded specs
 * checked, `required` left to the webhook rules, `status` ignored. Returns every problem.
 */
export function validateTektonSchema(document: unknown): TektonProblem[] {
  const kind = (document as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !(TEKTON_KINDS as string[]).includes(kind)) {
    return [{ rule: 'kind', path: ['kind'], message: `kind must be one of ${TEKTON_KINDS.join(', ')}; got ${JSON.stringify(kind)}.` }];
  }
  const { status: _ignored, ...rest } = document as Record<string, unknown>;
  const validate = validatorFor(kind as TektonKind);
  if (validate(rest)) return [];
  const seen = new Set<string>();
  const problems: TektonProblem[] = [];
  for (const error of validate.errors ?? []) {
    const path = toPath(error.instancePath);
    const message = `${pathText(path)} ${describe(error)}.`;
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ rule: 'schema', path, message });
  }
  return problems;
}
