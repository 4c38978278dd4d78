/**
 * @couler/backend-tekton — compile Couler workflows (@couler/ir) to Tekton Pipelines v1, check
 * them as Tekton's API server and admission webhook would, and run them on a cluster.
 *
 *   import { tekton, compileToTekton, emitTektonYaml, validateTektonYaml } from '@couler/backend-tekton';
 *   const { documents } = compileToTekton(workflow, { runStyle: 'embedded' });
 *   const yaml = emitTektonYaml(documents);
 */
export { createTektonBackend, tekton, TEKTON_CAPABILITIES, type TektonBackendSettings } from './tekton-backend';
export { resolveTektonCompileOptions, TEKTON_SETTING_KEYS, type TektonCompileOptions, type ResolvedTektonCompileOptions } from './tekton-compile-options';
export { compileToTekton, TEKTON_MAX_MATRIX_COMBINATIONS, type TektonCompileResult } from './compile/compile-to-tekton';
export { TEKTON_MAX_OBJECT_BYTES, TEKTON_APPLY_WARNING_BYTES, TEKTON_STATUS_BYTES_PER_TASK_RUN } from './compile/check-size-limits';
export { DOLLAR_PARAM, PIPELINE_DOLLAR_PARAM, escapeVariables } from './compile/escape-variables';
// Kept for users who imported it from here; it lives in @couler/ir, shared with the airflow backend.
export { KUBEFLOW_JOBS } from '@couler/ir';
export type * from './compile/tekton-types';
export { emitTektonYaml } from './emit/emit-tekton-yaml';
export { validateTektonDocument, TEKTON_API_VERSION } from './validate/validate-tekton-document';
export { validateTektonYaml, type TektonYamlProblem } from './validate/validate-tekton-yaml';
export { validateTektonSchema } from './validate/validate-tekton-schema';
export { assertValidTektonDocuments, tektonProblemError } from './validate/assert-valid-tekton-documents';
export { TEKTON_RULES, type TektonRuleId, type TektonValidationOptions } from './validate/rules/rule-context';
export { TEKTON_KINDS, type TektonKind } from './validate/load-tekton-schemas';
export type { TektonProblem } from './validate/tekton-problem';
export { doSubmitTekton, doStatusTekton, type TektonClusterSettings } from './submit/tekton-runs';
export { doLogsTekton } from './submit/tekton-logs';
export { cancelTektonRun } from './submit/cancel-tekton-run';
export { checkTektonCluster } from './submit/check-tekton-cluster';
export { referencesOf, variablesIn, type TektonReference } from './validate/variables';
