import { CoulerError, didYouMean, yamlLibrary, type BackendV1CompileResult } from '@couler/ir';
import { ARGO_KINDS, type ArgoArguments, type ArgoDocument } from '../compile/argo-types';

/**
 * The Argo object to create from what `doCompile` returned: the one `*.argo.yaml` file, parsed
 * as Argo reads it (YAML 1.1), with `parameters` as the values of its arguments and
 * `metadata.namespace` set (except for a cluster-scoped ClusterWorkflowTemplate).
 *
 * @throws CoulerError `LOAD_FAILED` when there is no single Argo document, `UNKNOWN_PARAMETER`
 *   for a parameter the workflow does not declare.
 */
export function prepareArgoSubmission(compiled: BackendV1CompileResult, parameters: Readonly<Record<string, string>> = {}, namespace?: string): ArgoDocument {
  const files = compiled.files.filter((file) => file.path.endsWith('.argo.yaml'));
  if (files.length !== 1) {
    throw new CoulerError('LOAD_FAILED', `Submitting to Argo needs exactly one <name>.argo.yaml file; the compile result has ${files.length}.`, {
      hint: 'Pass what doCompile of the argo backend returned.',
    });
  }
  const file = files[0]!;
  const documents = yamlLibrary().parseAllDocuments(file.contents, { version: '1.1' });
  const single = Array.isArray(documents) && documents.length === 1 ? documents[0]! : undefined;
  if (!single || single.errors.length > 0) {
    throw new CoulerError('LOAD_FAILED', `${file.path} is not one YAML document${single?.errors[0] ? `: ${single.errors[0].message}` : ''}.`);
  }
  const document = single.toJS() as ArgoDocument;
  if (document === null || typeof document !== 'object' || !(ARGO_KINDS as readonly unknown[]).includes(document.kind)) {
    throw new CoulerError('LOAD_FAILED', `${file.path} holds no Argo ${ARGO_KINDS.join(', ')}.`);
  }
  const spec = (document.kind === 'CronWorkflow' ? (document.spec as { workflowSpec: { arguments?: ArgoArguments } }).workflowSpec : document.spec) as { arguments?: ArgoArguments };
  const declared = spec.arguments?.parameters ?? [];
  for (const [name, value] of Object.entries(parameters)) {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (!parameter) {
      const names = declared.map((candidate) => candidate.name);
      throw new CoulerError('UNKNOWN_PARAMETER', `Workflow "${document.metadata.name ?? document.metadata.generateName ?? ''}" has no parameter "${name}".${didYouMean(name, names)}`, {
        path: ['parameters', name],
        hint: names.length > 0 ? `Its parameters are ${names.map((candidate) => `"${candidate}"`).join(', ')}.` : 'It declares no parameters.',
      });
    }
    parameter.value = value;
  }
  if (namespace !== undefined && document.kind !== 'ClusterWorkflowTemplate') document.metadata.namespace = namespace;
  return document;
}

