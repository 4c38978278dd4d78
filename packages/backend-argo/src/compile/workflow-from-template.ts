import { CoulerError, type BackendV1CompileResult } from '@couler/ir';
import { emitArgoYaml } from '../emit/emit-argo-yaml';
import { validateArgoDocument } from '../validate/validate-argo-document';
import { ARGO_API_VERSION, type ArgoDocument, type ArgoWorkflowSpec } from './argo-types';

/** A Kubernetes object name (DNS-1123 subdomain), as a WorkflowTemplate's name is. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** Argo adds five characters to a generateName; a Workflow's name must stay a 63-character label. */
const MAX_GENERATE_NAME = 57;

export interface WorkflowFromTemplateOptions {
  /** A ClusterWorkflowTemplate instead of a WorkflowTemplate of the namespace. */
  readonly clusterScope?: boolean;
  /** Values of the template's parameters (`--param name=value`). */
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * A Workflow that runs a WorkflowTemplate already in the cluster by reference
 * (`spec.workflowTemplateRef`, as `argo submit --from workflowtemplate/NAME`), in the shape
 * `doCompile` returns, so `doSubmit` creates it. Argo checks the parameters against the template.
 *
 * @throws CoulerError `INVALID_NAME` for a name that is no Kubernetes object name.
 */
export function workflowFromTemplate(name: string, options: WorkflowFromTemplateOptions = {}): BackendV1CompileResult {
  if (typeof name !== 'string' || name.length > 253 || !OBJECT_NAME.test(name)) {
    throw new CoulerError('INVALID_NAME', `${JSON.stringify(name)} is not the name of a WorkflowTemplate: Kubernetes names are lower-case letters, digits, "-" and ".", starting and ending with a letter or digit.`, {
      path: ['fromTemplate'],
      hint: 'List the templates with `argo template list` and pass one of their names.',
    });
  }
  const parameters = Object.entries(options.parameters ?? {}).map(([parameter, value]) => ({ name: parameter, value }));
  // No templates of its own: they are the referenced template's.
  const spec = {
    workflowTemplateRef: { name, ...(options.clusterScope && { clusterScope: true }) },
    ...(parameters.length > 0 && { arguments: { parameters } }),
  } as ArgoWorkflowSpec;
  const document: ArgoDocument = { apiVersion: ARGO_API_VERSION, kind: 'Workflow', metadata: { generateName: `${name.slice(0, MAX_GENERATE_NAME).replace(/[.-]+$/, '')}-` }, spec };
  // Argo's schema only: the lint's checks of templates belong to the referenced template.
  const problems = validateArgoDocument(document);
  if (problems.length > 0) throw new CoulerError('INVALID_WORKFLOW', `The Workflow running "${name}" does not fit Argo's schema: ${problems[0]!.message}`, { path: ['fromTemplate'] });
  return { files: [{ path: `${name}.argo.yaml`, contents: emitArgoYaml(document) }], warnings: [] };
}
