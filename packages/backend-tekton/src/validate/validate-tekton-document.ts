import { checkPipelineRunSpec, checkTaskRunSpec } from './rules/run-rules';
import { checkPipelineSpec } from './rules/pipeline-spec-rules';
import { DNS1123_SUBDOMAIN, isObject, type RuleContext, type TektonValidationOptions } from './rules/rule-context';
import { checkStepVariables } from './rules/step-variable-rules';
import { checkTaskSpec } from './rules/task-spec-rules';
import { validateTektonSchema } from './validate-tekton-schema';
import type { TektonProblem } from './tekton-problem';

export const TEKTON_API_VERSION = 'tekton.dev/v1';

/**
 * Every reason Tekton would refuse one document (a Pipeline, Task, PipelineRun or TaskRun, as
 * plain data): the CRD schema as the API server enforces it, then the admission webhook's rules.
 * None means `kubectl create` accepts it on a Tekton v1.15 cluster with default feature flags.
 */
export function validateTektonDocument(document: unknown, options: TektonValidationOptions = {}): TektonProblem[] {
  const problems: TektonProblem[] = [];
  if (!isObject(document)) return [{ rule: 'kind', path: [], message: 'A Tekton document is an object with apiVersion, kind, metadata and spec.' }];
  if (document.apiVersion !== TEKTON_API_VERSION) {
    problems.push({ rule: 'api-version', path: ['apiVersion'], message: `apiVersion must be "${TEKTON_API_VERSION}"; got ${JSON.stringify(document.apiVersion)}.` });
  }
  problems.push(...validateTektonSchema(document));
  if (problems.some((problem) => problem.rule === 'kind')) return problems;

  const context: RuleContext = {
    report: (rule, path, message) => problems.push({ rule, path, message }),
    options: { enableCelInWhenExpression: options.enableCelInWhenExpression ?? false, enableAlphaApiFields: options.enableAlphaApiFields ?? false },
  };
  const metadata = isObject(document.metadata) ? document.metadata : {};
  const { name, generateName } = metadata;
  if (name === undefined && generateName === undefined) context.report('metadata-name', ['metadata'], 'metadata needs a name (or generateName for runs).');
  if (name !== undefined && (typeof name !== 'string' || !DNS1123_SUBDOMAIN.test(name) || name.length > 253)) {
    context.report('metadata-name', ['metadata', 'name'], `metadata.name ${JSON.stringify(name)} is not a DNS-1123 subdomain (lower-case letters, digits, "-" and ".").`);
  }
  if (generateName !== undefined && (typeof generateName !== 'string' || !DNS1123_SUBDOMAIN.test(`${generateName}a`))) {
    context.report('metadata-name', ['metadata', 'generateName'], `metadata.generateName ${JSON.stringify(generateName)} must be a DNS-1123 subdomain prefix.`);
  }
  const spec = isObject(document.spec) ? document.spec : {};
  switch (document.kind) {
    case 'Pipeline':
      checkPipelineSpec(spec, ['spec'], { embedded: false }, context);
      break;
    case 'Task':
      checkTaskSpec(spec, ['spec'], context);
      checkStepVariables(spec, ['spec'], context);
      break;
    case 'PipelineRun':
      checkPipelineRunSpec(spec, ['spec'], context);
      break;
    case 'TaskRun':
      checkTaskRunSpec(spec, ['spec'], context);
      break;
  }
  return problems;
}
