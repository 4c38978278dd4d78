import type { ErrorObject, ValidateFunction } from 'ajv';
import { argoVersionAtLeast, DEFAULT_ARGO_VERSION, type ArgoVersion } from '../argo-compile-options';
import { ARGO_KINDS } from '../compile/argo-types';
import { argoKindReference, createArgoAjv } from './create-argo-ajv';
import { generatedArgoValidators } from './generated-argo-validators';

/** One way a document breaks Argo's schema. */
export interface ArgoSchemaProblem {
  /** JSON pointer into the document, e.g. `/spec/templates/0/retryStrategy/limit`. */
  readonly pointer: string;
  /** The same as path segments, for `CoulerError.path`. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

export interface ValidateArgoDocumentOptions {
  /**
   * Accept integers where Argo's schema says IntOrString (`retryStrategy.limit: 2`). Argo's Go
   * types accept both; the schema only strings. Off by default: Couler always writes strings.
   */
  readonly intOrString?: boolean;
  /** Allow keys the schema does not list (the published schema's own, loose behaviour). */
  readonly allowUnknownFields?: boolean;
  /**
   * The Argo release the document is for (default the current one). The schema is v4.1's; for
   * a release before 3.6 a CronWorkflow's one `schedule` string is checked here and the rest of
   * the document against that schema, as if it held the `schedules` list.
   */
  readonly argoVersion?: ArgoVersion;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(kind: string, options: ValidateArgoDocumentOptions): ValidateFunction {
  const variant = { intOrString: options.intOrString === true, allowUnknownFields: options.allowUnknownFields === true };
  const key = `${kind}:${variant.intOrString}:${variant.allowUnknownFields}`;
  let validator = validators.get(key);
  if (validator) return validator;
  const generated = !variant.intOrString && !variant.allowUnknownFields ? generatedArgoValidators()?.[kind] : undefined;
  if (generated) validator = generated;
  else {
    const schemaKey = `argo:${variant.intOrString}:${variant.allowUnknownFields}`;
    let ajv = ajvs.get(schemaKey);
    if (!ajv) {
      ajv = createArgoAjv(variant);
      ajvs.set(schemaKey, ajv);
    }
    validator = ajv.compile({ $ref: argoKindReference(kind) });
  }
  validators.set(key, validator);
  return validator;
}

const ajvs = new Map<string, ReturnType<typeof createArgoAjv>>();

/**
 * A CronWorkflow for Argo before 3.6: its `schedule` must be a non-empty string and there is no
 * `schedules` list (Argo's Go type has none then). Returns the document with the list in place
 * of the string, for the v4.1 schema to check the rest.
 */
function singleSchedule(document: unknown, version: ArgoVersion, problems: ArgoSchemaProblem[]): unknown {
  const { spec, ...rest } = document as { spec?: Record<string, unknown> };
  if (!spec || typeof spec !== 'object') return document;
  const { schedule, schedules, ...others } = spec;
  if (schedules !== undefined) problems.push({ pointer: '/spec/schedules', path: ['spec', 'schedules'], message: `/spec/schedules is a list of schedules, which Argo ${version} does not know (it reads one "schedule")` });
  if (typeof schedule !== 'string' || schedule === '') {
    problems.push({ pointer: '/spec/schedule', path: ['spec', 'schedule'], message: `/spec/schedule must be a non-empty string for Argo ${version}` });
    return document;
  }
  return { ...rest, spec: { ...others, schedules: [schedule] } };
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
      return `has a field Argo does not know: "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `is missing the required field "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'type':
      return `must be ${(error.params as { type: string | string[] }).type}`;
    case 'const':
      return `must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}`;
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Checks one Argo document (a Workflow, WorkflowTemplate, ClusterWorkflowTemplate or
 * CronWorkflow, as parsed from YAML) against Argo's JSON Schema (draft 2020-12, Ajv in strict
 * mode), objects closed as `argo lint --strict` decodes them. Returns every problem; none means
 * valid. The validators come compiled from the build (`dist/argo-validators.cjs`); the other
 * variants (`intOrString`, `allowUnknownFields`) are compiled on first use (about a second) and
 * kept.
 */
export function validateArgoDocument(document: unknown, options: ValidateArgoDocumentOptions = {}): ArgoSchemaProblem[] {
  const kind = (document as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !(ARGO_KINDS as readonly string[]).includes(kind)) {
    return [{ pointer: '/kind', path: ['kind'], message: `kind must be one of ${ARGO_KINDS.join(', ')}; got ${JSON.stringify(kind)}` }];
  }
  const problems: ArgoSchemaProblem[] = [];
  const subject = kind === 'CronWorkflow' && !argoVersionAtLeast(options.argoVersion ?? DEFAULT_ARGO_VERSION, '3.6') ? singleSchedule(document, options.argoVersion!, problems) : document;
  const validate = validatorFor(kind, options);
  if (validate(subject)) return problems;
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const message = `${error.instancePath || '/'} ${describe(error)}`;
    if (seen.has(message)) continue;
    seen.add(message);
    problems.push({ pointer: error.instancePath, path: toPath(error.instancePath), message });
  }
  return problems;
}
