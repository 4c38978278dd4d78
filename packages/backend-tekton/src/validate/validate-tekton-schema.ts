import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { sharedTektonSchemas, strictTektonSchema, TEKTON_KINDS, type TektonKind } from './load-tekton-schemas';
import { pathText, type TektonProblem } from './tekton-problem';

const validators = new Map<TektonKind, ValidateFunction>();
let ajv: Ajv | undefined;

function validatorFor(kind: TektonKind): ValidateFunction {
  let validator = validators.get(kind);
  if (validator) return validator;
  // OpenAPI v3 structural schemas are a subset of draft-07. Strict mode catches keywords we
  // would otherwise ignore; strictTypes is off for the int-or-string `anyOf` nodes.
  if (!ajv) {
    ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true, validateFormats: true });
    for (const format of ['int32', 'int64']) ajv.addFormat(format, { type: 'number', validate: (value: number) => Number.isInteger(value) });
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i);
    // Task and pipeline specs are compiled once and shared by every kind that embeds them.
    for (const schema of sharedTektonSchemas()) ajv.addSchema(schema);
  }
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
