/**
 * @couler/backend-argo — compile Couler workflows (@couler/ir) to Argo Workflows.
 *
 *   import { argo, compileToArgo, emitArgoYaml, validateArgoDocument } from '@couler/backend-argo';
 *   const { document } = compileToArgo(workflow, { kind: 'WorkflowTemplate' });
 *   const yaml = emitArgoYaml(document);
 *
 * and submit it through the Argo Server's REST API:
 *
 *   const run = await argo.doSubmit!(await argo.doCompile(workflow, {}), { server: 'https://localhost:2746', namespace: 'argo' });
 */
export { createArgoBackend, argo, ARGO_CAPABILITIES, type ArgoBackendSettings } from './argo-backend';
export { ARGO_VERSIONS, DEFAULT_ARGO_VERSION, argoVersionAtLeast, resolveArgoCompileOptions, type ArgoCompileOptions, type ArgoVersion, type ResolvedArgoCompileOptions } from './argo-compile-options';
export { compileToArgo, DESCRIPTION_ANNOTATION, type ArgoCompileResult } from './compile/compile-to-argo';
export { ARGO_KILLED_MESSAGES, ARGO_TRANSIENT_MESSAGES } from './compile/map-retry-strategy';
export { ARGO_MAX_WORKFLOW_BYTES, ARGO_SPEC_WARNING_BYTES, ARGO_MAX_PARAMETER_BYTES } from './compile/check-size-limits';
export { KUBEFLOW_JOBS } from './compile/job-manifest';
export { ESCAPED_OPEN_BRACES, escapeTemplateText } from './compile/escape-template-text';
export * from './compile/argo-types';
export { emitArgoYaml } from './emit/emit-argo-yaml';
export { validateArgoDocument, type ArgoSchemaProblem, type ValidateArgoDocumentOptions } from './validate/validate-argo-document';
export { lintArgoDocument, type ArgoLintProblem } from './validate/lint-argo-document';
export { assertValidArgoDocument } from './validate/assert-valid-argo-document';
export { createArgoServerMethods, type ArgoServerSettings, type ArgoSubmitOptions } from './server/argo-server-methods';
export {
  createArgoServerClient,
  type ArgoServerClient,
  type ArgoServerClientOptions,
  type ArgoCreateOptions,
  type ArgoLogsOptions,
  type ArgoRequestOptions,
} from './server/argo-server-client';
export { resolveArgoServerConnection, authorizationHeader, type ArgoServerConnection, type ArgoServerConnectionOptions } from './server/argo-server-connection';
export { ArgoServerError, type ArgoServerFailure } from './server/argo-server-error';
export type { ArgoNodeStatus, ArgoWorkflowObject, ArgoCreatedObject, ArgoLogEntry } from './server/argo-server-objects';
export { toRunStatus, nodePhase, isFinishedPhase } from './server/argo-run-status';
export { indexArgoSteps, type ArgoStepIndex, type ArgoStepNode } from './server/argo-step-index';
export { argoPodName } from './server/argo-pod-name';
export { prepareArgoSubmission } from './server/prepare-argo-submission';
export { workflowFromTemplate, type WorkflowFromTemplateOptions } from './compile/workflow-from-template';
