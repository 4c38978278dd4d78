import { applyStepDefaults, CoulerError, datasetResource, definitionAsWorkflow, lowerDatasets, type DatasetClaim, type DatasetResource, definitionsInCallOrder, dependenciesOf, type BackendV1Warning, type SubWorkflow, type Workflow } from '@couler/ir';
import { argoVersionAtLeast, resolveArgoCompileOptions, type ArgoCompileOptions, type ResolvedArgoCompileOptions } from '../argo-compile-options';
import type { ArgoDocument, ArgoKind, ArgoTemplate } from './argo-types';
import { assembleDocument, workflowSpec } from './assemble-document';
import { refuseSettingsNewerThan } from './argo-version-fields';
import { annotationSizeProblems } from './check-annotation-size';
import { processLimitProblems } from './check-process-limits';
import { templateEnvProblems } from './check-template-env-size';
import { checkSizeLimits } from './check-size-limits';
import { escapeForRetriedTemplate } from './escape-template-text';
import { exportExitReads, planExitReads } from './exit-handler-reads';
import { compileLeafTemplate, orderTemplate } from './leaf-template';
import { hooksByWatched, workflowHooks } from './lifecycle-hooks';
import { NameAllocator } from './name-allocator';
import { scopeTemplate } from './scope-template';
import { claimDefinitionTemplates, definitionInterface, refuseNestedGroups } from './sub-workflow-template';
import { nextTask, subDagTask, subDagTemplate } from './sub-dag-template';
import { semaphoreConfigMaps, type SemaphoreConfigMap } from './synchronization';
import { refusePluginArtifactsBefore40 } from './plugin-artifacts';
import { TaskScope, type ScopeTask } from './task-scope';
import { unsupported } from './unsupported';
import { inlineSingleUseTemplates } from './inline-templates';
import { workflowOutputArtifacts, workflowOutputParameters } from './workflow-outputs';
import { allocateTaskNames, planWorkflow, type ScopeId, type StepEntry, type WorkflowPlan } from './workflow-plan';

export { DESCRIPTION_ANNOTATION } from './assemble-document';

/** What `compileToArgo` returns: one Argo document and what the user should know about it. */
export interface ArgoCompileResult {
  readonly document: ArgoDocument;
  /** The ConfigMaps of the semaphores the workflow takes, to apply beside the document. */
  readonly configMaps: ReadonlyArray<SemaphoreConfigMap>;
  /** One PersistentVolumeClaim per dataset the workflow reads, to apply beside the document (it outlives the run). */
  readonly claims: ReadonlyArray<DatasetClaim>;
  /** With the `datasetResource` option, a `Dataset` custom resource per claim, to apply beside it. */
  readonly datasetResources: ReadonlyArray<DatasetResource>;
  readonly warnings: ReadonlyArray<BackendV1Warning>;
}

/**
 * Compiles a validated workflow IR to one Argo document. Pure and deterministic: the same
 * workflow and options give the same document, whatever order its steps are listed in.
 *
 * Layout: an entry template (named after the workflow) runs the main steps as a DAG (or as
 * `steps`); each step has its template; an `execWhile` body is a recursive template, a capped
 * map or concurrent group a template with `parallelism`; exit-handler steps run from
 * `exit-handler`.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for what Argo cannot express, INVALID_FIELD for a
 *   bad option.
 */
export function compileToArgo(declared: Workflow, options: ArgoCompileOptions = {}): ArgoCompileResult {
  // Datasets become a claim, a sync step ahead of the readers and read-only mounts: plain IR from here on.
  const { workflow, claims, datasets } = lowerDatasets(withArgoStepDefaults(declared), 'argo');
  const resolved = resolveArgoCompileOptions(options as Record<string, unknown>, ['options']);
  const warnings: BackendV1Warning[] = [];
  const kind = documentKind(workflow, resolved);
  const configMaps = semaphoreConfigMaps(workflow, resolved.argoVersion);
  refusePluginArtifactsBefore40(workflow, resolved.argoVersion);
  refuseSettingsNewerThan(workflow, resolved.argoVersion);
  const templateNames = new NameAllocator(63);
  const entryName = templateNames.claim(workflow.metadata.name);
  const definitions = claimDefinitionTemplates(workflow, templateNames);
  const { templates, exitName, plan } = compileTemplates(workflow, resolved, { templateNames, entryName, definitions });
  // One DAG template per sub-workflow, after the templates that call them.
  for (const definition of definitionsInCallOrder(workflow)) {
    const site = { templateNames, entryName: definitions.get(definition.name)!, definitions, definition };
    templates.push(...compileTemplates(definitionAsWorkflow(definition), resolved, site).templates);
  }
  const hooks = workflowHooks(plan.hooks?.get(''));
  // The workflow's own hooks name templates too: those stay named.
  const named = [entryName, ...(exitName ? [exitName] : []), ...Object.values(hooks ?? {}).map((hook) => hook.template)];
  const spec = workflowSpec(workflow, entryName, exitName, resolved.inlineTemplates ? inlineSingleUseTemplates(templates, named) : templates);
  if (hooks) spec.hooks = hooks;
  const document = assembleDocument(workflow, kind, spec, resolved);
  warnings.push(...checkSizeLimits(workflow, document, plan, resolved));
  const datasetResources = resolved.datasetResource ? datasets.map((dataset) => datasetResource(dataset, workflow.metadata.namespace)) : [];
  return { document, configMaps, claims, datasetResources, warnings };
}

/**
 * The workflow's step defaults (`stepDefaults`, and `retry`) are written on each step's own
 * template, not as `spec.templateDefaults` or `spec.retryStrategy`: Argo merges templateDefaults
 * into every template and falls back to spec.retryStrategy for every template without one, the
 * DAG templates this backend generates (the entry, each sub-workflow's body) included. A retry
 * there would re-run a failed DAG as a whole, and a `timeout` would bound the whole DAG by one
 * step's limit; neither can be unset on a template. Argo refuses a retry on a sub-workflow call
 * (it would retry the whole body), so the default goes on the body's steps.
 */
function withArgoStepDefaults(workflow: Workflow): Workflow {
  return applyStepDefaults(workflow, { callsPassRetryOn: false });
}

/** Where one set of templates goes: the names taken so far, its entry, the sub-workflows' templates. */
interface TemplateSite {
  readonly templateNames: NameAllocator;
  readonly entryName: string;
  /** Template name of each sub-workflow definition, by definition name. */
  readonly definitions: ReadonlyMap<string, string>;
  /** Set when compiling a definition's body: its entry is a DAG template with inputs and outputs. */
  readonly definition?: SubWorkflow;
}

/** The templates of a workflow, or of a sub-workflow's body (`site.definition`). */
function compileTemplates(workflow: Workflow, resolved: ResolvedArgoCompileOptions, site: TemplateSite): { templates: ArgoTemplate[]; exitName?: string; plan: WorkflowPlan } {
  const style = resolved.templateStyle;
  const plan = planWorkflow(workflow);
  if (site.definition) {
    const workflowHook = workflow.spec.steps.find((step) => step.hook && step.hook.of === undefined);
    if (workflowHook) {
      throw unsupported(workflowHook.hook!.on === 'exit' ? 'hook.exit' : 'hook.status', 'a hook of the whole workflow inside a sub-workflow, which Argo runs as a DAG template, not a workflow', {
        path: ['subWorkflows', site.definition.name, 'steps', workflowHook.name, 'hook'],
        stepName: workflowHook.name,
        hint: 'Watch one of its steps (hook.of), or hook the calling step in the workflow.',
      });
    }
    plan.parametersAreInputs = true;
    refuseNestedGroups(site.definition, plan);
  }
  // Argo 4.0 expands a loop with every value of the task in scope; earlier releases, the item alone.
  plan.loopScope = argoVersionAtLeast(resolved.argoVersion, '4.0') ? 'all' : 'item';
  allocateTaskNames(plan, style);
  plan.hooks = hooksByWatched(plan);
  const exitReads = planExitReads(plan, workflow);
  plan.exitReads = exitReads.reads;

  // Template names: the entry, the exit handler, groups, then one per step, in that order.
  const { templateNames, entryName } = site;
  const exitName = workflow.spec.onExit?.length ? templateNames.claim('exit-handler') : undefined;
  const subDags = [...plan.subDags.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const subDag of subDags) subDag.templateName = templateNames.claim(subDag.name);
  for (const entry of plan.ordered) {
    entry.templateName = entry.step.kind === 'subWorkflow' ? site.definitions.get(entry.step.subWorkflow.name)! : templateNames.claim(entry.step.name);
  }

  const globalNames = new NameAllocator(63);
  // The workflow's own outputs first: their names are the ones the user asked for.
  const outputGlobalNames = new Map(
    [...(workflow.spec.outputs?.parameters ?? []), ...(workflow.spec.outputs?.artifacts ?? [])].map((output) => [output.name, globalNames.claim(output.name)]),
  );
  // Every step's problems at once, so that a user fixes them in one pass.
  const refused: CoulerError[] = [...exitReads.refused, ...annotationSizeProblems(workflow, plan)];
  for (const entry of plan.ordered) {
    refused.push(...processLimitProblems(entry.step, entry.path, workflow));
    try {
      entry.leaf = compileLeafTemplate(entry.step, entry.templateName, entry.path, {
        workflow,
        memoizeConfigMap: resolved.memoizeConfigMap,
        // In a sub-workflow, a parameter is an input of its DAG template, which leaves get through their task.
        ...(site.definition && { globalsAsInputs: true }),
        claimGlobalName: (wanted, stepName) => (globalNames.has(wanted) ? globalNames.claim(`${stepName}-${wanted}`) : globalNames.claim(wanted)),
      });
      refused.push(...templateEnvProblems(entry.step, entry.path, entry.leaf.template, resolved.argoVersion));
    } catch (error) {
      if (!CoulerError.isInstance(error) || error.code !== 'UNSUPPORTED_BY_BACKEND') throw error;
      refused.push(error);
    }
  }
  if (refused.length === 1) throw refused[0]!;
  if (refused.length > 1) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The argo backend cannot express ${refused.length} settings of workflow "${workflow.metadata.name}".`, { errors: refused });
  }
  // After every step's own global outputs, so that users' names come first.
  exportExitReads(plan, exitReads.reads, (wanted) => globalNames.claim(wanted));

  // Sub-DAG bodies first (they learn what they import), then the entry and exit templates
  // (which learn what the sub-DAGs must export), then the sub-DAG templates themselves.
  const bodies = new Map<ScopeId, ScopeTask[]>();
  for (const subDag of subDags) bodies.set(subDag.id, scopeTasks(subDag.id, plan, style));
  const mainTasks = scopeTasks('main', plan, style);
  // Read before the sub-DAG templates are written: an output may make a sub-DAG export a value.
  const entryOutputs = workflowOutputParameters(workflow, new TaskScope('main', plan, style), outputGlobalNames);
  const entryArtifacts = workflowOutputArtifacts(workflow, new TaskScope('main', plan, style), outputGlobalNames);
  const exitTasks = exitName ? scopeTasks('exit', plan, style) : [];

  const templates: ArgoTemplate[] = [];
  const entryInterface = {
    ...(entryOutputs.length > 0 && { parameters: entryOutputs }),
    ...(entryArtifacts.length > 0 && { artifacts: entryArtifacts }),
  };
  const mainScope = new TaskScope('main', plan, style);
  const entryFields = site.definition ? definitionInterface(site.definition, entryOutputs, (ref) => mainScope.tag(ref)) : Object.keys(entryInterface).length > 0 ? { outputs: entryInterface } : {};
  templates.push(withFailFast(scopeTemplate(entryName, mainTasks, style, entryFields), workflow, style));
  for (const subDag of subDags) templates.push(subDagTemplate(subDag, bodies.get(subDag.id)!, plan, style));
  const leafTemplate = (template: ArgoTemplate) => (template.retryStrategy ? escapeForRetriedTemplate(template) : template);
  for (const entry of plan.ordered) if (entry.phase === 'main' && entry.leaf!.template) templates.push(leafTemplate(entry.leaf!.template));
  if (exitName) {
    templates.push(scopeTemplate(exitName, exitTasks, style));
    for (const entry of plan.ordered) if (entry.phase === 'exit' && entry.leaf!.template) templates.push(leafTemplate(entry.leaf!.template));
  }
  return { templates, ...(exitName && { exitName }), plan };
}

/**
 * `failFast` on the entry template: a DAG's own flag (false runs every branch to its end), or, in
 * the steps style, the template's (true fails the template as soon as a step of a group fails).
 * A steps template never starts the next group after a failed one, so false cannot be expressed.
 */
function withFailFast(template: ArgoTemplate, workflow: Workflow, style: 'dag' | 'steps'): ArgoTemplate {
  const failFast = workflow.spec.failFast;
  if (failFast === undefined) return template;
  if (style === 'dag') return { ...template, dag: { ...template.dag!, failFast } };
  if (!failFast) {
    throw unsupported('workflow.fail-fast', 'failFast: false in a steps template, which never starts the next group of steps after one failed', {
      path: ['failFast'],
      hint: 'Compile with templateStyle "dag" (the default), where failFast: false lets independent branches run on.',
    });
  }
  return orderTemplate({ ...template, failFast: true });
}

function documentKind(workflow: Workflow, options: ResolvedArgoCompileOptions): ArgoKind {
  const cron = workflow.spec.cron;
  const kind = options.kind ?? (cron ? 'CronWorkflow' : 'Workflow');
  if (cron && kind !== 'CronWorkflow') {
    throw unsupported('workflow.cron', `a cron schedule in a ${kind}: only a CronWorkflow runs on a schedule`, {
      path: ['cron'],
      hint: 'Compile with kind CronWorkflow (the default for a scheduled workflow), or remove the schedule.',
    });
  }
  if (!cron && kind === 'CronWorkflow') {
    throw unsupported('workflow.cron', 'a CronWorkflow without a schedule', {
      path: ['cron'],
      hint: "Give the workflow a schedule (configWorkflow({ cron: '0 3 * * *' })) or compile it as a Workflow.",
    });
  }
  return kind;
}

/** The mode a template's tasks use to wait: Argo refuses `depends` mixed with `dependencies`. */
function waitMode(members: ReadonlyArray<StepEntry>, style: 'dag' | 'steps'): 'depends' | 'dependencies' | 'steps' {
  if (style === 'steps') return 'steps';
  if (members.some((member) => member.step.depends !== undefined)) return 'depends';
  return members.some((member) => member.step.continueOn) ? 'dependencies' : 'depends';
}

/** The tasks of one template: its own steps, plus one task per sub-DAG it calls. */
function scopeTasks(id: ScopeId, plan: WorkflowPlan, style: 'dag' | 'steps'): ScopeTask[] {
  const scope = new TaskScope(id, plan, style);
  const members = plan.ordered.filter((entry) => entry.scope === id);
  const children = [...plan.subDags.values()].filter((subDag) => subDag.outer === id).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const mode = waitMode([...members, ...children.flatMap((child) => child.members.map((name) => plan.entries.get(name)!))], style);
  if (mode === 'steps') {
    const withDepends = members.find((member) => member.step.depends !== undefined);
    if (withDepends) {
      throw unsupported('depends-expression', `the depends expression "${withDepends.step.depends}" in a steps template, which runs groups in order without per-step conditions on results`, {
        path: [...withDepends.path, 'depends'],
        stepName: withDepends.step.name,
        hint: 'Compile with templateStyle "dag" (the default).',
      });
    }
  }
  if (mode === 'depends') {
    const everyone = [...members, ...children.flatMap((child) => child.members.map((name) => plan.entries.get(name)!))];
    for (const member of members) {
      const continueOn = member.step.continueOn;
      if (continueOn && (continueOn.failed || continueOn.error) && !everyone.some((other) => other !== member && waitsFor(other, member.step.name))) {
        throw unsupported('continue-on', 'continueOn on a step nothing waits for, in a DAG that uses depends expressions (Argo allows one or the other)', {
          path: [...member.path, 'continueOn'],
          stepName: member.step.name,
          hint: 'Let a later step depend on it with "<step>.Failed" instead, or drop the depends expressions.',
        });
      }
    }
  }
  const tasks: ScopeTask[] = members.map((member) => scope.stepTask(member, mode));
  const subDag = plan.subDags.get(id);
  if (subDag?.kind === 'while') tasks.push(nextTask(subDag, scope, members, mode));
  for (const child of children) tasks.push(subDagTask(child, scope, plan, mode));
  return orderByDependencies(tasks);
}

/** Whether `entry` waits for step `name` (by dependency, depends expression or data). */
function waitsFor(entry: StepEntry, name: string): boolean {
  return dependenciesOf(entry.step).includes(name);
}

/**
 * Tasks in a stable order where each comes after those it waits for. Steps arrive in
 * topological order already; sub-DAG and loop tasks are moved after what they wait for.
 * Iterative, so that a chain of 100,000 steps does not exhaust the stack.
 */
function orderByDependencies(tasks: ScopeTask[]): ScopeTask[] {
  const byName = new Map(tasks.map((task) => [task.task.name, task]));
  const placed = new Set<string>();
  const ordered: ScopeTask[] = [];
  for (const root of tasks) {
    const stack: Array<{ task: ScopeTask; next: number }> = [{ task: root, next: 0 }];
    const onStack = new Set<string>([root.task.name]);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (placed.has(frame.task.task.name)) {
        stack.pop();
        continue;
      }
      const waitsFor = frame.task.waitsFor;
      let descended = false;
      while (frame.next < waitsFor.length) {
        const dependency = byName.get(waitsFor[frame.next++]!);
        if (dependency && !placed.has(dependency.task.name) && !onStack.has(dependency.task.name)) {
          stack.push({ task: dependency, next: 0 });
          onStack.add(dependency.task.name);
          descended = true;
          break;
        }
      }
      if (descended) continue;
      stack.pop();
      onStack.delete(frame.task.task.name);
      placed.add(frame.task.task.name);
      ordered.push(frame.task);
    }
  }
  return ordered;
}

