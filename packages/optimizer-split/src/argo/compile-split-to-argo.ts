import {
  ARGO_API_VERSION,
  assertValidArgoDocument,
  compileToArgo,
  emitArgoYaml,
  type ArgoCompileOptions,
  type ArgoDocument,
  type ArgoParameter,
  type ArgoTask,
  type ArgoTemplate,
  type ArgoWorkflowSpec,
} from '@couler/backend-argo';
import { CoulerError, type BackendV1Warning, type Step, type Workflow } from '@couler/ir';
import type { SplitCrossing, SplitResult } from '../parts/split-types';
import { exportCrossings, STEP_LABEL } from './export-crossings';
import { compileExitHandler } from './compile-exit-handler';

export interface CompileSplitToArgoOptions {
  /** Passed to `compileToArgo` for every part (`kind` is always `WorkflowTemplate`; `templateStyle` is `dag`). */
  readonly compileOptions?: Omit<ArgoCompileOptions, 'kind' | 'templateStyle'>;
  /**
   * Service account of the parent workflow: it creates Workflows, so it needs RBAC for
   * `workflows.argoproj.io` (create, get, list, watch, patch). Default: the workflow's own.
   */
  readonly parentServiceAccount?: string;
  /** Check every document against Argo's schema and lint rules (default `true`). */
  readonly validate?: boolean;
}

export interface SplitArgoResult {
  /** A `Workflow` running each part as a child workflow, in dependency order. Submit this one. */
  readonly parent: ArgoDocument;
  /** One `WorkflowTemplate` per part, named like the part. Apply these first. */
  readonly templates: ReadonlyArray<ArgoDocument>;
  /** The files to write: `<part>.argo.yaml` for each template, then `<workflow>.argo.yaml`. */
  readonly files: ReadonlyArray<{ readonly path: string; readonly contents: string }>;
  readonly warnings: ReadonlyArray<BackendV1Warning>;
}

/** Parent tasks wait for a child workflow with these conditions (Argo resource templates). */
export const CHILD_SUCCESS_CONDITION = 'status.phase == Succeeded';
export const CHILD_FAILURE_CONDITION = 'status.phase in (Failed, Error)';

/**
 * Compiles a split workflow for Argo. Each part becomes a `WorkflowTemplate` (its own object,
 * within the budget) that exports the outputs other parts read as global output parameters. The
 * parent `Workflow` stays small whatever the size of the whole: one resource template per part
 * creates a child `Workflow` from the part's template (`workflowTemplateRef`), passes it the
 * workflow's parameters and the outputs it reads, waits until it succeeds or fails, and reads
 * its exports back (`jsonPath` into the child's status). Its DAG has one task per part with
 * `depends` on the parts it needs, so independent parts run at the same time. The workflow's exit
 * handler runs in the parent and sees the status of the whole run.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` as `compileToArgo` does, and for an output read
 *   across parts from a step inside a group's template (it has no task in the entry DAG to
 *   export from); `INVALID_WORKFLOW` when a document fails validation (a bug).
 */
export function compileSplitToArgo(split: SplitResult, options: CompileSplitToArgoOptions = {}): SplitArgoResult {
  const source = split.workflow;
  const warnings: BackendV1Warning[] = [];
  const exportsOf: SplitCrossing[][] = split.parts.map(() => []);
  for (const crossing of split.crossings) if (crossing.kind === 'parameter') exportsOf[crossing.producer.part]!.push(crossing);

  const templates = split.parts.map((part, index) => {
    const exported = new Set(exportsOf[index]!.map((crossing) => crossing.producer.step));
    // A call's template is its definition's, shared by other calls: it is found by task name instead.
    const calls = new Set(part.spec.steps.filter((step) => step.kind === 'subWorkflow').map((step) => step.name));
    const labelled: Workflow = { ...part, spec: { ...part.spec, steps: part.spec.steps.map((step) => (exported.has(step.name) && !calls.has(step.name) ? labelStep(step) : step)) } };
    const compiled = compileToArgo(labelled, { ...options.compileOptions, kind: 'WorkflowTemplate', templateStyle: 'dag' });
    warnings.push(...compiled.warnings.map((warning) => ({ ...warning, message: `${part.metadata.name}: ${warning.message}` })));
    exportCrossings(compiled.document, exportsOf[index]!, part.metadata.name, calls);
    return compiled.document;
  });

  const parent = parentDocument(split, exportsOf, options, warnings);
  if (options.validate ?? true) for (const document of [...templates, parent]) assertValidArgoDocument(document);
  const files = [
    ...templates.map((document) => ({ path: `${document.metadata.name}.argo.yaml`, contents: emitArgoYaml(document) })),
    { path: `${source.metadata.name}.argo.yaml`, contents: emitArgoYaml(parent) },
  ];
  return { parent, templates, files, warnings };
}

function labelStep(step: Step): Step {
  return { ...step, labels: { ...step.labels, [STEP_LABEL]: step.name } };
}

/** The parent workflow: parameters, one task and one resource template per part, the exit handler. */
function parentDocument(split: SplitResult, exportsOf: ReadonlyArray<ReadonlyArray<SplitCrossing>>, options: CompileSplitToArgoOptions, warnings: BackendV1Warning[]): ArgoDocument {
  const source = split.workflow;
  const name = source.metadata.name;
  const workflowParameters = source.spec.parameters ?? [];
  const crossingByName = new Map(split.crossings.map((crossing) => [crossing.name, crossing]));
  const partNames = split.parts.map((part) => part.metadata.name);

  const tasks: ArgoTask[] = [];
  const partTemplates: ArgoTemplate[] = [];
  split.parts.forEach((part, index) => {
    const inputs = (part.spec.parameters ?? []).map((parameter) => parameter.name);
    const argumentsOf = inputs.map((input): ArgoParameter => {
      const crossing = crossingByName.get(input);
      const value = crossing === undefined || crossing.kind !== 'parameter' ? `{{workflow.parameters.${input}}}` : `{{tasks.${partNames[crossing.producer.part]}.outputs.parameters.${input}}}`;
      return { name: input, value };
    });
    const dependsOn = split.partDependencies[index]!;
    tasks.push({
      name: partNames[index]!,
      template: partNames[index]!,
      ...(dependsOn.length > 0 && { depends: dependsOn.map((other) => partNames[other]).join(' && ') }),
      ...(argumentsOf.length > 0 && { arguments: { parameters: argumentsOf } }),
    });
    partTemplates.push(childTemplate(partNames[index]!, inputs, exportsOf[index]!, source.metadata.namespace));
  });

  const exit = compileExitHandler(source, options.compileOptions, new Set([name, ...partNames]));
  if (exit) warnings.push(...exit.warnings);
  const spec: ArgoWorkflowSpec = {
    entrypoint: name,
    ...(workflowParameters.length > 0 && {
      arguments: {
        parameters: workflowParameters.map((parameter) => ({ name: parameter.name, ...(parameter.default !== undefined && { value: String(parameter.default) }) })),
      },
    }),
    ...(exit && { onExit: exit.onExit }),
    ...(source.spec.timeoutSeconds !== undefined && { activeDeadlineSeconds: source.spec.timeoutSeconds }),
    ...(source.spec.ttl && { ttlStrategy: { ...source.spec.ttl } }),
    ...((options.parentServiceAccount ?? source.spec.serviceAccount) !== undefined && { serviceAccountName: options.parentServiceAccount ?? source.spec.serviceAccount }),
    templates: [{ name, dag: { tasks } }, ...partTemplates, ...(exit?.templates ?? [])],
  };
  if (source.spec.cron) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The argo backend cannot schedule split workflow "${name}" ("cron") yet: the parent would have to be a CronWorkflow.`, {
      path: ['cron'],
      hint: 'Remove the schedule and submit the parent workflow from a CronWorkflow of your own, or keep the workflow within the budget.',
    });
  }
  return {
    apiVersion: ARGO_API_VERSION,
    kind: 'Workflow',
    metadata: {
      generateName: `${name}-`,
      ...(source.metadata.namespace !== undefined && { namespace: source.metadata.namespace }),
      ...(source.metadata.labels && { labels: { ...source.metadata.labels } }),
    },
    spec,
  };
}

/**
 * A resource template creating one child Workflow from a part's WorkflowTemplate. The manifest
 * is JSON; each value is written by `toJson` when Argo runs the template (its last pass, where
 * `inputs` exist), so whatever a value holds it stays one JSON string.
 */
function childTemplate(partName: string, inputs: ReadonlyArray<string>, exports: ReadonlyArray<SplitCrossing>, namespace: string | undefined): ArgoTemplate {
  const parameters = inputs.map((input) => `{"name": ${JSON.stringify(input)}, "value": {{=toJson(inputs.parameters[${JSON.stringify(input).replace(/"/g, "'")}])}}}`);
  const manifest = [
    '{',
    `  "apiVersion": "argoproj.io/v1alpha1",`,
    `  "kind": "Workflow",`,
    `  "metadata": {"generateName": ${JSON.stringify(`${partName}-`)}${namespace !== undefined ? `, "namespace": ${JSON.stringify(namespace)}` : ''}},`,
    `  "spec": {`,
    `    "workflowTemplateRef": {"name": ${JSON.stringify(partName)}}${parameters.length > 0 ? ',' : ''}`,
    ...(parameters.length > 0 ? [`    "arguments": {"parameters": [`, parameters.map((line) => `      ${line}`).join(',\n'), '    ]}'] : []),
    '  }',
    '}',
    '',
  ].join('\n');
  return {
    name: partName,
    ...(inputs.length > 0 && { inputs: { parameters: inputs.map((input) => ({ name: input })) } }),
    ...(exports.length > 0 && {
      outputs: {
        parameters: exports.map((crossing) => ({ name: crossing.name, valueFrom: { jsonPath: `{.status.outputs.parameters[?(@.name=="${crossing.name}")].value}` } })),
      },
    }),
    resource: {
      action: 'create',
      manifest,
      successCondition: CHILD_SUCCESS_CONDITION,
      failureCondition: CHILD_FAILURE_CONDITION,
      setOwnerReference: true,
    },
  };
}
