import { compileToArgo, type ArgoCompileOptions, type ArgoTemplate, type ArgoWorkflowSpec } from '@couler/backend-argo';
import { CoulerError, type BackendV1Warning, type Workflow } from '@couler/ir';

/**
 * The exit handler of a split workflow, for the parent: compiled by `compileToArgo` from the
 * workflow's `onExit` steps (with one placeholder main step, dropped again), so it renders
 * exactly as in the unsplit workflow and reads the status of the parent — the whole run.
 */
export function compileExitHandler(source: Workflow, compileOptions: Omit<ArgoCompileOptions, 'kind' | 'templateStyle'> | undefined, taken: ReadonlySet<string>): { onExit: string; templates: ArgoTemplate[]; warnings: BackendV1Warning[] } | undefined {
  const onExit = source.spec.onExit;
  if (!onExit?.length) return undefined;
  let placeholder = 'split-placeholder';
  while (onExit.some((step) => step.name === placeholder)) placeholder = `${placeholder}-x`;
  const workflow: Workflow = {
    apiVersion: source.apiVersion,
    kind: source.kind,
    metadata: { name: source.metadata.name },
    spec: {
      ...(source.spec.parameters && { parameters: source.spec.parameters }),
      steps: [{ name: placeholder, kind: 'suspend', suspend: { durationSeconds: 0 } }],
      onExit,
      // An exit step may call a sub-workflow: the backend writes the definitions it calls.
      ...(source.spec.subWorkflows && { subWorkflows: source.spec.subWorkflows }),
      ...(source.spec.retry && { retry: source.spec.retry }),
      ...(source.spec.stepDefaults && { stepDefaults: source.spec.stepDefaults }),
      ...(source.spec.cache && { cache: source.spec.cache }),
      ...(source.spec.secrets && { secrets: source.spec.secrets }),
      ...(source.spec.volumes && { volumes: source.spec.volumes }),
    },
  };
  const { document, warnings } = compileToArgo(workflow, { ...compileOptions, kind: 'Workflow', templateStyle: 'dag' });
  const spec = document.spec as ArgoWorkflowSpec;
  const drop = new Set([spec.entrypoint, placeholder]);
  const templates = spec.templates.filter((template) => !drop.has(template.name));
  const clash = templates.find((template) => taken.has(template.name));
  if (clash) throw new CoulerError('INVALID_NAME', `Exit-handler step "${clash.name}" has the name of a part of the split workflow.`, { path: ['onExit', clash.name], hint: 'Rename the step.' });
  return { onExit: spec.onExit!, templates, warnings: [...warnings] };
}
