import { applyStepDefaults, datasetResource, isConcat, kubernetesVolume, lowerDatasets, type DatasetClaim, type DatasetResource, type Ref, type Value, refsOfCondition, refsOfValue, stepStatusesOfCondition, type BackendV1Warning, type PodMetadata, type Step, type Workflow, type WorkflowOutputParameter } from '@couler/ir';
import { resolveTektonCompileOptions, type ResolvedTektonCompileOptions, type TektonCompileOptions } from '../tekton-compile-options';
import { buildConditionTask, CONDITION_RESULT } from './build-condition-task';
import { buildFanInTask, FAN_IN_VALUE_RESULT, type FanInUnit } from './build-fan-in-task';
import { buildItemFilterTask, FILTER_COUNT_RESULT, FILTER_ITEMS_RESULT } from './build-item-filter-task';
import { buildStepTask, planResultNames } from './build-step-task';
import { checkSizeLimits } from './check-size-limits';
import { collectReads, valueRefsOf, type ReadKind } from './consumption';
import { dollarParamSpec, escapeVariables, lateTextError, needsDollarEscape, PIPELINE_DOLLAR_PARAM, substitutedLater } from './escape-variables';
import { expandLoops, type ConditionUnit } from './expand-loops';
import { inlineSubWorkflows, type CallFanIns } from './inline-sub-workflows';
import { buildGatheredFanInTask, recordIterationsStep } from './gather-filtered-iterations';
import { lowerExitHooks } from './lower-exit-hooks';
import { itemFieldKeys, itemText, refuseItemFilter } from './item-filter-plan';
import { withItemFieldStep } from './item-field-step';
import { goDuration } from './go-duration';
import { productAxes } from './matrix-axes';
import { planCallFanIns, planFanIns } from './plan-fan-ins';
import { pipelineVariable, type ReferenceTargets } from './render-reference';
import { celExpression, directWhen, whenExpressions } from './render-when';
import type { Json, TektonDocument, TektonParamSpec, TektonPipelineTask, TektonWhenExpression } from './tekton-types';
import { checkTaskScripts } from './process-limits';
import { stepPodTemplate, tektonPodTemplate } from './tekton-pod-spec';
import { unsupported } from './unsupported';
import { DATA_WORKSPACE } from './wrapper-script';

export interface TektonCompileResult {
  /** In apply order: Tasks (separate style), the Pipeline (reference style), the PipelineRun. */
  readonly documents: TektonDocument[];
  readonly warnings: BackendV1Warning[];
  /** One PersistentVolumeClaim per dataset the workflow reads, to apply beside the run (it outlives the run). */
  readonly claims?: ReadonlyArray<DatasetClaim>;
  /** With the `datasetResource` setting, a `Dataset` custom resource per claim, to apply beside it. */
  readonly datasetResources?: ReadonlyArray<DatasetResource>;
}

/** Metadata with the workflow's pod labels and annotations added (the workflow's own win). */
function withPodMetadata<T extends { labels?: Record<string, string>; annotations?: Record<string, string> }>(metadata: T, pod: PodMetadata | undefined): T {
  if (!pod) return metadata;
  return {
    ...metadata,
    ...((pod.labels || metadata.labels) && { labels: { ...pod.labels, ...metadata.labels } }),
    ...((pod.annotations || metadata.annotations) && { annotations: { ...pod.annotations, ...metadata.annotations } }),
  };
}

/** Tekton's default-max-matrix-combinations-count. */
export const TEKTON_MAX_MATRIX_COMBINATIONS = 256;

/**
 * Compiles a valid workflow to Tekton v1 documents: a Pipeline of one pipeline task per step
 * (exit-handler steps in `finally`), each with an embedded `taskSpec` or a separate Task, and a
 * PipelineRun. Pure and deterministic.
 *
 * @throws CoulerError `UNSUPPORTED_BY_BACKEND` for what Tekton cannot express, `INVALID_FIELD`
 *   for a bad option.
 */
export function compileToTekton(declared: Workflow, options: TektonCompileOptions = {}): TektonCompileResult {
  const resolved = resolveTektonCompileOptions(options as Record<string, unknown>, ['settings']);
  // Datasets become a claim, a sync task ahead of the readers and read-only mounts of the claim in their pods.
  // Tekton has no defaults block: each step takes the workflow's step defaults it leaves unset.
  const { workflow, claims, datasets } = lowerDatasets(lowerExitHooks(applyStepDefaults(declared)), 'tekton');
  const inlined = inlineSubWorkflows(workflow);
  const result = new TektonCompilation(inlined.workflow, resolved, inlined.fanIns).run();
  if (claims.length === 0) return result;
  return { ...result, claims, ...(resolved.datasetResource && { datasetResources: datasets.map((dataset) => datasetResource(dataset, workflow.metadata.namespace)) }) };
}

class TektonCompilation {
  private readonly warnings: BackendV1Warning[] = [];
  private readonly expanded;
  private readonly steps = new Map<string, { step: Step; phase: 'tasks' | 'finally' }>();
  private readonly resultNames = new Map<string, Map<string, string>>();
  private fanIns = new Map<string, Map<string, Omit<FanInUnit, 'producerResult'>>>();
  private readonly targets: ReferenceTargets;
  private pipelineDollar = false;
  private usesData = false;
  /** Mapped steps whose `when` reads the item, and the filter task deciding their items. */
  private readonly itemFilters = new Map<string, string>();

  constructor(
    private readonly workflow: Workflow,
    private readonly options: ResolvedTektonCompileOptions,
    private readonly callFanIns: CallFanIns = new Map(),
  ) {
    this.expanded = expandLoops(workflow, options.maxUnroll);
    for (const { step, phase } of this.expanded.steps) this.steps.set(step.name, { step, phase });
    this.targets = {
      taskOf: (step) => step,
      resultOf: (step, output) => this.resultNames.get(step)?.get(output) ?? output,
      isMapped: (step) => this.steps.get(step)?.step.map !== undefined || this.callFanIns.has(step),
      fanInOf: (step, output) => this.fanIns.get(step)?.get(output)?.name,
      inFinally: (step) => this.steps.get(step)?.phase === 'finally',
    };
  }

  private readonly dollar = {
    use: () => {
      this.pipelineDollar = true;
      return PIPELINE_DOLLAR_PARAM;
    },
  };

  /**
   * A workflow output as a pipeline result. Tekton's webhook wants a result's value to hold
   * task result references only (literal text around them is fine): a workflow parameter, a
   * literal alone, or text that reads as a variable cannot be one. `firstOf` has no form either:
   * a result whose task did not produce it is left out of the run, not replaced by the next.
   */
  private workflowOutputResult(output: WorkflowOutputParameter): { name: string; value: string; description?: string } {
    const path = ['outputs', 'parameters', output.name];
    const refuse = (what: string, hint: string) => unsupported('workflow.outputs', `workflow output "${output.name}": ${what}`, { path, hint });
    if (output.value === undefined) {
      throw refuse('the first of several steps\' outputs (firstOf)', 'Tekton leaves a pipeline result out when its task did not produce it. Export one step\'s output, or one result per branch.');
    }
    const pieces = typeof output.value === 'string' ? [output.value] : isConcat(output.value) ? output.value.concat : [output.value];
    if (!pieces.some((piece) => typeof piece !== 'string' && piece.ref === 'step')) {
      throw refuse('a value that reads no step output', 'A Tekton pipeline result must read a task result; pass literals and parameters through a step.');
    }
    const value = pieces
      .map((piece) => {
        if (typeof piece === 'string') {
          if (needsDollarEscape(piece)) throw refuse(`literal text ${JSON.stringify(piece)}, which Tekton would read as a variable`, 'Drop the "$(" from the text around the references.');
          return piece;
        }
        if (piece.ref !== 'step') throw refuse(`a ${piece.ref} reference`, 'A Tekton pipeline result may only read task results; pass the value through a step.');
        return pipelineVariable(piece, this.targets, { path, stepName: piece.step });
      })
      .join('');
    return { name: output.name, value, ...(output.description !== undefined && { description: output.description }) };
  }

  /**
   * `$(tasks.<name>.status)` names one pipeline task: a step of an unrolled loop has one task
   * per iteration, so its status has no single variable.
   */
  private refuseUnreadableStatuses(): void {
    const loopSteps = new Set((this.workflow.spec.groups ?? []).flatMap((group) => (group.kind === 'while' ? group.steps : [])));
    this.workflow.spec.onExit?.forEach((step) => {
      for (const condition of stepStatusesOfCondition(step.when)) {
        if (loopSteps.has(condition.step)) {
          throw unsupported('condition.step-status', `the status of step "${condition.step}", which runs once per iteration of an execWhile loop`, {
            path: ['onExit', step.name, 'when'],
            stepName: step.name,
            hint: 'Read the status of a step after the loop instead.',
          });
        }
      }
    });
  }

  run(): TektonCompileResult {
    const { workflow, options } = this;
    const spec = workflow.spec;
    for (const group of spec.groups ?? []) {
      if (group.kind === 'concurrent' && group.parallelism !== undefined) {
        throw unsupported('concurrent', 'a cap on how many branches of a concurrent group run at once', { path: ['groups', group.name, 'parallelism'], stepName: group.name, hint: 'Tekton runs every ready task; drop the parallelism or chain the branches.' });
      }
    }
    const conditionUnits: ConditionUnit[] = [...this.expanded.conditions];
    const whenUnits = new Map<string, string>();
    for (const { step, phase, path } of this.expanded.steps) {
      if (step.when && step.map && refsOfCondition(step.when).some((ref) => ref.ref === 'item')) {
        // Tekton decides a matrixed task's when once, before it fans out: a filter task decides per item.
        refuseItemFilter(step, phase, path);
        this.itemFilters.set(step.name, this.expanded.names.claim(`${step.name}-items`));
        continue;
      }
      if (directWhen(step, options.cel, this.targets.isMapped)) continue;
      if (refsOfCondition(step.when).some((ref) => ref.ref === 'workflow' && ref.field === 'status')) {
        throw unsupported('when', "a condition on the workflow's status that in/notin cannot express", { path: [...path, 'when'], stepName: step.name, hint: 'Compare the status with equal/notEqual alone, or enable CEL (the cel setting).' });
      }
      const name = this.expanded.names.claim(`${step.name}-when`);
      whenUnits.set(step.name, name);
      conditionUnits.push({ name, condition: step.when!, after: [], path: [...path, 'when'], owner: step.name, ...(phase === 'finally' && { gate: undefined }) });
    }
    const reads = collectReads(this.expanded.steps, conditionUnits, (step) => !this.itemFilters.has(step.name) && directWhen(step, options.cel, this.targets.isMapped));
    // Pipeline results are read whole by Tekton: outputs behind them never spill to the workspace.
    const readValue = (ref: Ref) => {
      if (ref.ref !== 'step') return;
      const outputs = reads.get(ref.step) ?? new Map<string, Set<ReadKind>>();
      reads.set(ref.step, outputs);
      outputs.set(ref.output, new Set([...(outputs.get(ref.output) ?? []), 'value' as ReadKind]));
    };
    const readWhole = (stepName: string, output: string) => {
      const outputs = reads.get(stepName) ?? new Map<string, Set<ReadKind>>();
      reads.set(stepName, outputs);
      outputs.set(output, new Set([...(outputs.get(output) ?? []), 'when' as ReadKind]));
    };
    for (const step of [...spec.steps, ...(spec.onExit ?? [])]) {
      for (const output of step.outputs?.parameters ?? []) if (output.global) readWhole(step.name, output.name);
    }
    for (const output of spec.outputs?.parameters ?? []) for (const ref of refsOfValue(output.value)) if (ref.ref === 'step') readWhole(ref.step, ref.output);
    this.refuseUnreadableStatuses();
    for (const values of this.callFanIns.values()) for (const iterations of values.values()) for (const value of iterations) for (const ref of refsOfValue(value)) readValue(ref);
    this.fanIns = planFanIns(this.expanded.steps, reads, this.expanded.names);
    const callFanInUnits = planCallFanIns(this.callFanIns, reads, this.expanded.names);
    for (const [call, units] of callFanInUnits) this.fanIns.set(call, units);
    for (const { step } of this.expanded.steps) this.resultNames.set(step.name, planResultNames(step, reads.get(step.name) ?? new Map(), options));

    const volumes = new Map((spec.volumes ?? []).map((volume) => [volume.name, kubernetesVolume(volume)]));
    const workspaceVolumes = new Set((spec.volumeClaimTemplates ?? []).map((template) => template.name));
    const separate: TektonDocument[] = [];
    const tasks: TektonPipelineTask[] = [];
    const finallyTasks: TektonPipelineTask[] = [];

    for (const { step, phase, path, gate } of this.expanded.steps) {
      const built = buildStepTask(step, {
        taskName: step.name,
        path,
        options,
        targets: this.targets,
        reads: reads.get(step.name) ?? new Map(),
        resultNames: this.resultNames.get(step.name)!,
        volumes,
        workflow,
        workspaceVolumes,
        mapped: step.map !== undefined,
        producedArtifact: (producer, name) => this.steps.get(producer)?.step.outputs?.artifacts?.find((artifact) => artifact.name === name),
      });
      this.usesData ||= built.usesData;
      const task: TektonPipelineTask = { name: step.name, ...(step.description !== undefined && { description: step.description }) };
      const filter = this.itemFilters.get(step.name);
      let taskSpec = built.taskSpec;
      if (filter !== undefined) {
        tasks.push(this.itemFilterTask(filter, step, path, gate, separate));
        taskSpec = this.filteredStepSpec(withItemFieldStep(taskSpec, itemFieldKeys(step), options, { path, stepName: step.name }), step);
      } else if (step.map?.from !== undefined) {
        // A list known only at run time fans out over whole items: the fields the step reads come out of each item's JSON.
        taskSpec = withItemFieldStep(taskSpec, itemFieldKeys(step), options, { path, stepName: step.name });
      }
      this.attachSpec(task, taskSpec, separate);
      // An artifact passed through the data workspace or its own location is no task result, so
      // only runAfter makes Tekton wait for the task that writes it; the IR orders a reader after
      // its producer whether or not "dependencies" says so. Finally tasks run after all others.
      const producers = phase === 'finally' ? [] : (step.inputs?.artifacts ?? []).flatMap((artifact) => (artifact.from ? [artifact.from.step] : []));
      const runAfter = [...(step.dependencies ?? []), ...producers].filter((name) => this.steps.has(name) || conditionUnits.some((unit) => unit.name === name));
      if (phase === 'finally' && runAfter.length > 0) {
        throw unsupported('exit-handler', 'an order between exit-handler steps', { path: [...path, 'dependencies'], stepName: step.name, hint: 'Tekton runs finally tasks side by side; merge the steps into one.' });
      }
      if (runAfter.length) task.runAfter = [...new Set(runAfter)];
      const when: TektonWhenExpression[] = [];
      if (gate !== undefined) when.push(this.gateExpression(gate));
      if (step.when) {
        const unit = whenUnits.get(step.name);
        if (unit) when.push(this.gateExpression(unit));
        else if (filter !== undefined) when.push({ input: `$(tasks.${filter}.results.${FILTER_COUNT_RESULT})`, operator: 'notin', values: ['0'] });
        else if (options.cel && whenExpressions(step.when, this.targets, { path: [...path, 'when'], stepName: step.name }, this.dollar) === undefined) {
          when.push({ cel: celExpression(step.when, this.targets, { path: [...path, 'when'], stepName: step.name }, this.dollar) });
        } else when.push(...whenExpressions(step.when, this.targets, { path: [...path, 'when'], stepName: step.name }, this.dollar)!);
      }
      if (when.length) task.when = when;
      if (built.params.length) task.params = built.params;
      this.attachMatrix(task, step, path);
      const workspaces = [
        ...(built.usesData ? [{ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE }] : []),
        ...(step.volumeMounts ?? []).filter((mount) => workspaceVolumes.has(mount.name)).map((mount) => ({ name: mount.name, workspace: mount.name })),
      ];
      if (filter !== undefined && this.fanIns.has(step.name) && !workspaces.some((workspace) => workspace.name === DATA_WORKSPACE)) workspaces.unshift({ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE });
      if (workspaces.length) task.workspaces = workspaces;
      this.attachRetryAndTimeout(task, step, path);
      (phase === 'finally' ? finallyTasks : tasks).push(task);
      for (const unit of this.fanIns.get(step.name)?.values() ?? []) tasks.push(this.fanInTask({ ...unit, producerResult: this.targets.resultOf(step.name, unit.output) }, separate, filter !== undefined));
    }

    for (const [call, units] of callFanInUnits) {
      for (const unit of units.values()) tasks.push(this.callFanInTask({ ...unit, producerResult: unit.output }, this.callFanIns.get(call)!.get(unit.output)!, separate));
    }

    for (const unit of conditionUnits) {
      const built = buildConditionTask(unit.name, unit.condition, { options, targets: this.targets, path: unit.path, ...(unit.owner !== undefined && { owner: unit.owner }) });
      this.usesData ||= built.usesData;
      const task: TektonPipelineTask = { name: unit.name, description: `Evaluates the condition of "${unit.owner}".` };
      this.attachSpec(task, built.taskSpec, separate);
      if (unit.after.length) task.runAfter = [...unit.after];
      if (unit.gate !== undefined) task.when = [this.gateExpression(unit.gate)];
      if (built.params.length) task.params = built.params;
      if (built.usesData) task.workspaces = [{ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE }];
      tasks.push(task);
    }
    if (finallyTasks.length > 0 && tasks.length === 0) {
      throw unsupported('exit-handler', 'an exit handler in a workflow without other steps', { path: ['onExit'], hint: 'Tekton allows finally tasks only after at least one task.' });
    }
    const documents = this.documents(tasks, finallyTasks, separate);
    this.warnings.push(...checkSizeLimits(workflow.metadata.name, documents, options));
    return { documents, warnings: this.warnings };
  }

  private fanInTask(unit: FanInUnit, separate: TektonDocument[], gathered: boolean): TektonPipelineTask {
    const built = gathered ? buildGatheredFanInTask(unit, this.options) : buildFanInTask(unit, this.options);
    this.usesData ||= built.usesData;
    const task: TektonPipelineTask = { name: unit.name, description: `Gathers output "${unit.output}" of every iteration of "${unit.producer}".` };
    this.attachSpec(task, built.taskSpec, separate);
    if (gathered) task.runAfter = [unit.producer];
    else task.params = built.params;
    if (built.usesData) task.workspaces = [{ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE }];
    return task;
  }

  /**
   * The fan-in of an output of an unrolled sub-workflow fan-out: the fan-in task of a mapped
   * step, handed each iteration's value (a result of a task inside it) and its index.
   */
  private callFanInTask(unit: FanInUnit, values: ReadonlyArray<Value>, separate: TektonDocument[]): TektonPipelineTask {
    const built = buildFanInTask(unit, this.options);
    this.usesData ||= built.usesData;
    const where = { path: ['steps', unit.producer, 'outputs', 'parameters', unit.output], stepName: unit.producer };
    const render = (value: Value): string => {
      const pieces = typeof value === 'string' ? [value] : isConcat(value) ? value.concat : [value];
      return pieces.map((piece) => (typeof piece === 'string' ? (needsDollarEscape(piece) ? escapeVariables(piece, this.dollar.use()) : piece) : pipelineVariable(piece, this.targets, where))).join('');
    };
    const task: TektonPipelineTask = { name: unit.name, description: `Gathers output "${unit.output}" of every iteration of sub-workflow call "${unit.producer}".` };
    this.attachSpec(task, built.taskSpec, separate);
    task.params = [
      { name: 'values', value: values.map(render) },
      { name: 'iterations', value: values.map((_value, index) => String(index)) },
    ];
    if (built.usesData) task.workspaces = [{ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE }];
    return task;
  }

  /** The task filtering the items of `step` (see `buildItemFilterTask`): it runs where the step would. */
  private itemFilterTask(name: string, step: Step, path: ReadonlyArray<string | number>, gate: string | undefined, separate: TektonDocument[]): TektonPipelineTask {
    const built = buildItemFilterTask(name, step.when!, { options: this.options, targets: this.targets, path: [...path, 'when'], owner: step.name });
    this.usesData ||= built.usesData;
    const loop = step.map!;
    const literal = this.matrixLiteral(step, path);
    const items = loop.items ? loop.items.map((item) => literal(itemText(item))) : pipelineVariable(loop.from!, this.targets, { path: [...path, 'map', 'from'], stepName: step.name, array: true });
    const task: TektonPipelineTask = { name, description: `Keeps the items of "${step.name}" whose condition holds.` };
    this.attachSpec(task, built.taskSpec, separate);
    if (gate !== undefined) task.when = [this.gateExpression(gate)];
    task.params = [...built.params, { name: 'items', value: items }];
    if (built.usesData) task.workspaces = [{ name: DATA_WORKSPACE, workspace: DATA_WORKSPACE }];
    return task;
  }

  /** A filtered step's iterations also leave the results its fan-ins gather in the data workspace. */
  private filteredStepSpec(taskSpec: Json, step: Step): Json {
    const gathered = [...(this.fanIns.get(step.name)?.values() ?? [])].map((unit) => this.targets.resultOf(step.name, unit.output));
    if (gathered.length === 0) return taskSpec;
    this.usesData = true;
    const spec = taskSpec as Json & { params?: Json[]; steps: Json[]; workspaces?: Array<{ name: string }> };
    const record = recordIterationsStep(step.name, gathered, this.options);
    return {
      ...spec,
      ...(record.usesDollar && !(spec.params ?? []).some((param) => param.name === 'couler-dollar') && { params: [dollarParamSpec(), ...(spec.params ?? [])] }),
      ...(!(spec.workspaces ?? []).some((workspace) => workspace.name === DATA_WORKSPACE) && { workspaces: [...(spec.workspaces ?? []), { name: DATA_WORKSPACE }] }),
      steps: [...spec.steps, record.step],
    };
  }

  private gateExpression(task: string): TektonWhenExpression {
    return { input: `$(tasks.${task}.results.${CONDITION_RESULT})`, operator: 'in', values: ['true'] };
  }

  private attachSpec(task: TektonPipelineTask, taskSpec: Json, separate: TektonDocument[]): void {
    checkTaskScripts(taskSpec, { stepName: task.name, path: ['steps', task.name] });
    if (this.options.taskStyle === 'embedded') {
      task.taskSpec = taskSpec;
      return;
    }
    const { metadata, ...spec } = taskSpec as Json & { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> } };
    const name = `${this.workflow.metadata.name}-${task.name}`.slice(0, 253).replace(/-+$/, '');
    separate.push({ apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name, ...this.namespace(), ...metadata }, spec });
    task.taskRef = { name };
  }

  private attachMatrix(task: TektonPipelineTask, step: Step, path: ReadonlyArray<string | number>): void {
    const loop = step.map;
    if (!loop) return;
    if (loop.parallelism !== undefined) {
      throw unsupported(loop.items ? 'map.items' : 'map.from', 'a cap on how many iterations of a map run at once', { path: [...path, 'map', 'parallelism'], stepName: step.name, hint: 'Tekton runs every matrix combination at once; drop the parallelism.' });
    }
    if (loop.items && loop.items.length > TEKTON_MAX_MATRIX_COMBINATIONS) {
      throw unsupported('map.items', `a map over ${loop.items.length} items (a Tekton matrix has at most ${TEKTON_MAX_MATRIX_COMBINATIONS} combinations by default)`, { path: [...path, 'map', 'items'], stepName: step.name });
    }
    const filter = this.itemFilters.get(step.name);
    if (filter !== undefined) {
      task.matrix = { params: [{ name: 'item', value: `$(tasks.${filter}.results.${FILTER_ITEMS_RESULT}[*])` }] };
      return;
    }
    const literal = this.matrixLiteral(step, path);
    if (loop.items) {
      const records = loop.items.some((item) => typeof item === 'object');
      if (!records) {
        task.matrix = { params: [{ name: 'item', value: loop.items.map((item) => literal(String(item))) }] };
        return;
      }
      // A step reading the whole record item gets its JSON too (as the local engine passes it): an include entry each.
      const whole = valueRefsOf(step).some((ref) => ref.ref === 'item' && ref.key === undefined);
      const axes = whole ? undefined : productAxes(loop.items);
      if (axes) {
        task.matrix = { params: axes.map((axis) => ({ name: `item-${axis.key}`, value: axis.values.map(literal) })) };
        return;
      }
      task.matrix = {
        include: loop.items.map((item, index) => ({
          name: `item-${index}`,
          params: [
            ...(whole ? [{ name: 'item', value: literal(itemText(item)) }] : []),
            ...Object.entries(item as Record<string, unknown>).map(([key, value]) => ({ name: `item-${key}`, value: literal(String(value)) })),
          ],
        })),
      };
      return;
    }
    const from = loop.from!;
    task.matrix = { params: [{ name: 'item', value: pipelineVariable(from, this.targets, { path: [...path, 'map', 'from'], stepName: step.name, array: true }) }] };
  }

  /**
   * A map item as Pipeline-level text: items become the task's params, and text rebuilt here is
   * read again by the task's later phases (a filtered item even by the filter task's, so task-level
   * late text is refused too).
   */
  private matrixLiteral(step: Step, path: ReadonlyArray<string | number>): (text: string) => string {
    const filtered = this.itemFilters.has(step.name);
    return (text: string) => {
      if (substitutedLater(text, 'pipeline') || (filtered && substitutedLater(text))) {
        throw lateTextError(text, { path: [...path, 'map', 'items'], stepName: step.name, field: 'a map item', hint: 'Items are passed to Tekton as matrix params, which it substitutes: pass the text as a workflow parameter, or leave out the "$(".' });
      }
      return needsDollarEscape(text) ? escapeVariables(text, this.dollar.use()) : text;
    };
  }

  /**
   * A pipeline task's `retries` retry a failed TaskRun whatever made it fail: `always` is that,
   * and `failure` (a non-zero exit, a kill, a timeout) too, Tekton retrying besides the errors
   * around the step (an image it cannot pull …) that `failure` leaves alone. `error` and
   * `transient` retry fewer failures than Tekton would, and Tekton cannot tell which: refused.
   */
  private attachRetryAndTimeout(task: TektonPipelineTask, step: Step, path: ReadonlyArray<string | number>): void {
    const retry = step.retry ?? this.workflow.spec.retry;
    if (retry) {
      const retryPath = step.retry ? [...path, 'retry'] : ['retry'];
      if (retry.on === 'error') {
        throw unsupported('retry', "retrying only errors around the step (on: 'error')", {
          path: [...retryPath, 'on'],
          stepName: step.name,
          hint: "Tekton retries a task whatever made it fail, its own exit included: drop retry.on to retry every failure, or drop the retry.",
        });
      }
      if (retry.on === 'transient' || retry.transientPatterns?.length) {
        throw unsupported('retry', "retrying only transient failures (on: 'transient')", {
          path: [...retryPath, retry.on === 'transient' ? 'on' : 'transientPatterns'],
          stepName: step.name,
          hint: "Tekton retries a task whatever made it fail and cannot read why: drop retry.on and transientPatterns to retry every failure, or compile for Argo, which matches the failure's message.",
        });
      }
      if (retry.backoff) throw unsupported('retry.backoff', 'a retry backoff', { path: [...retryPath, 'backoff'], stepName: step.name, hint: 'Tekton retries at once; drop the backoff.' });
      if (retry.limit > 0) task.retries = retry.limit;
    }
    // A TaskRun's timeout counts from its start, the pod's Pending time included: the total limit.
    const limits = [step.timeoutSeconds, step.totalTimeoutSeconds].filter((seconds): seconds is number => seconds !== undefined);
    if (limits.length > 0) task.timeout = goDuration(Math.min(...limits));
    if (step.displayName !== undefined) {
      if (step.displayName.includes('$(')) {
        throw unsupported('step.display-name', `a display name holding "$(", which Tekton substitutes in a pipeline task's displayName: ${JSON.stringify(step.displayName)}`, {
          path: [...path, 'displayName'],
          stepName: step.name,
          hint: 'Leave "$(" out of the display name.',
        });
      }
      task.displayName = step.displayName;
    }
    if (step.continueOn?.failed || step.continueOn?.error) {
      if (task.retries) {
        throw unsupported('continue-on', 'continueOn together with retries', { path: [...path, 'continueOn'], stepName: step.name, hint: 'Tekton refuses onError: continue with retries; keep one of them.' });
      }
      task.onError = 'continue';
    }
  }

  private namespace(): { namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> } {
    const { namespace, labels, annotations } = this.workflow.metadata;
    return { ...(namespace !== undefined && { namespace }), ...(labels && { labels }), ...(annotations && { annotations }) };
  }

  private pipelineParams(): TektonParamSpec[] {
    const params: TektonParamSpec[] = [];
    for (const parameter of this.workflow.spec.parameters ?? []) {
      const list = parameter.type === 'list';
      let fallback: string | string[] | undefined;
      if (parameter.default !== undefined) {
        if (list) {
          const parsed = typeof parameter.default === 'string' ? safeJson(parameter.default) : undefined;
          if (!Array.isArray(parsed)) throw unsupported('workflow.parameters', `list parameter "${parameter.name}" whose default is not a JSON list`, { path: ['parameters', parameter.name, 'default'] });
          fallback = parsed.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
        } else fallback = String(parameter.default);
      }
      if (parameter.enum) this.warnings.push({ message: `Parameter "${parameter.name}" lists allowed values; Tekton checks param enums only with the alpha flag enable-param-enum, so they are not written.`, path: ['parameters', parameter.name, 'enum'] });
      params.push({ name: parameter.name, ...(list && { type: 'array' as const }), ...(parameter.description !== undefined && { description: parameter.description }), ...(fallback !== undefined && { default: fallback }) });
    }
    if (this.pipelineDollar) params.push(dollarParamSpec(PIPELINE_DOLLAR_PARAM));
    return params;
  }

  private documents(tasks: TektonPipelineTask[], finallyTasks: TektonPipelineTask[], separate: TektonDocument[]): TektonDocument[] {
    const { workflow, options } = this;
    const spec = workflow.spec;
    const params = this.pipelineParams();
    const workspaces = [
      ...(this.usesData ? [{ name: DATA_WORKSPACE, description: 'Artifacts and results too large for Tekton results, written by Couler.' }] : []),
      ...(spec.volumeClaimTemplates ?? []).map((template) => ({ name: template.name })),
    ];
    const pipelineSpec: Json = {
      ...(workflow.metadata.description !== undefined && { description: workflow.metadata.description }),
      ...(params.length && { params }),
      ...(workspaces.length && { workspaces }),
      tasks,
      ...(finallyTasks.length && { finally: finallyTasks }),
    };
    const results = [...spec.steps, ...(spec.onExit ?? [])].flatMap((step) =>
      (step.outputs?.parameters ?? []).filter((output) => output.global).map((output) => {
        const fanIn = this.targets.fanInOf(step.name, output.name);
        return {
          name: output.name,
          value: fanIn !== undefined
            ? `$(tasks.${fanIn}.results.${FAN_IN_VALUE_RESULT})`
            : `$(${this.steps.get(step.name)?.phase === 'finally' ? 'finally' : 'tasks'}.${step.name}.results.${this.targets.resultOf(step.name, output.name)})`,
        };
      }),
    );
    for (const step of [...spec.steps, ...(spec.onExit ?? [])]) {
      const globalArtifact = step.outputs?.artifacts?.find((artifact) => artifact.global);
      if (globalArtifact) throw unsupported('global-outputs', `global artifact "${globalArtifact.name}"`, { path: ['steps', step.name, 'outputs', 'artifacts', globalArtifact.name], stepName: step.name, hint: 'Tekton pipeline results are strings; make it a global output parameter.' });
    }
    results.push(...(spec.outputs?.parameters ?? []).map((output) => this.workflowOutputResult(output)));
    if (results.length) pipelineSpec.results = results;

    const runWorkspaces = [
      ...(this.usesData ? [{ name: DATA_WORKSPACE, volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: options.workspaceStorage } } } } }] : []),
      ...(spec.volumeClaimTemplates ?? []).map((template) => ({
        name: template.name,
        volumeClaimTemplate: { spec: { accessModes: template.accessModes, ...(template.storageClassName !== undefined && { storageClassName: template.storageClassName }), resources: { requests: { storage: template.storage } } } },
      })),
    ];
    const podTemplate: Json = {
      ...tektonPodTemplate(spec.pod, []),
      ...(spec.nodeSelector && { nodeSelector: spec.nodeSelector }),
      ...(spec.tolerations?.length && { tolerations: spec.tolerations }),
      ...(spec.imagePullSecrets?.length && { imagePullSecrets: spec.imagePullSecrets.map((name) => ({ name })) }),
      ...(spec.hostNetwork && { hostNetwork: true }),
    };
    const taskRunTemplate: Json = {
      ...(spec.serviceAccount !== undefined && { serviceAccountName: spec.serviceAccount }),
      ...(Object.keys(podTemplate).length && { podTemplate }),
    };
    const taskRunSpecs = this.expanded.steps
      .map(({ step, path }) => ({ step, pod: stepPodTemplate(step, workflow, path) }))
      .filter(({ step, pod }) => step.serviceAccount !== undefined || step.nodeSelector || step.tolerations?.length || pod)
      .map(({ step, pod }) => ({
        pipelineTaskName: step.name,
        ...(step.serviceAccount !== undefined && { serviceAccountName: step.serviceAccount }),
        ...((step.nodeSelector || step.tolerations?.length || pod) && { podTemplate: { ...pod, ...(step.nodeSelector && { nodeSelector: step.nodeSelector }), ...(step.tolerations?.length && { tolerations: step.tolerations }) } }),
      }));
    const podMetadata = spec.podMetadata;
    const name = workflow.metadata.name;
    const pipelineRun: TektonDocument = {
      apiVersion: 'tekton.dev/v1',
      kind: 'PipelineRun',
      // Tekton gives a PipelineRun's labels and annotations to its TaskRuns and their pods.
      metadata: withPodMetadata({ ...(options.generateName ? { generateName: `${name}-` } : { name: `${name}-run` }), ...this.namespace() }, podMetadata),
      spec: {
        ...(options.runStyle === 'reference' ? { pipelineRef: { name } } : { pipelineSpec }),
        ...(Object.keys(taskRunTemplate).length && { taskRunTemplate }),
        ...(taskRunSpecs.length && { taskRunSpecs }),
        ...(runWorkspaces.length && { workspaces: runWorkspaces }),
        ...(spec.timeoutSeconds !== undefined && { timeouts: { pipeline: goDuration(spec.timeoutSeconds) } }),
        // Held until someone clears the status (`tkn pipelinerun` / a patch), as Argo's suspend.
        ...(spec.suspend && { status: 'PipelineRunPending' }),
      },
    };
    const pipeline: TektonDocument = { apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name, ...this.namespace() }, spec: pipelineSpec };
    return [...separate, ...(options.runStyle === 'reference' ? [pipeline] : []), pipelineRun];
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
