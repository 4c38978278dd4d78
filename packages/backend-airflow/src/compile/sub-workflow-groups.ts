import { definitionAsWorkflow, definitionsInCallOrder, findSubWorkflow, refsOfValue, type Step, type SubWorkflow, type Value, type Workflow } from '@couler/ir';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonString } from '../python/python-literal';
import { call, code, dict, flatExpression, list, printExpression, type PythonExpression } from '../python/python-expression';
import { plain } from './pod-fields';
import { GATE_TASK, itemsTaskOf, planDag, type DagTask } from './dag-plan';
import { definitionsUnder } from './definitions-under';
import { planLargeValues } from './large-values';
import { PythonNames } from './python-names';
import { readOutputs } from './read-outputs';
import { ARTIFACT_PREFIX, groupInputCall, groupOutputCall, outputCall, scalarText, templatedPython, valueSegments, type MapItem, type Segment } from './render-value';
import { mapSource, runtimeKeywords, statement, valueScope, type StepTaskContext } from './step-task';

type CallStep = Extract<Step, { kind: 'subWorkflow' }>;

/** Writes one task of a scope: compile-to-airflow's own task writer, passed in. */
export type TaskWriter = (task: DagTask, variable: string, context: StepTaskContext) => { lines: string[] };

const indent = (lines: ReadonlyArray<string>) => lines.flatMap((line) => line.split('\n')).map((line) => (line === '' ? '' : `    ${line}`));

/**
 * The Python parameter of each input of a definition, by input name, and of each input artifact,
 * by `artifact:<name>` (the key its arguments task hands it on under).
 */
function inputVariables(definition: SubWorkflow): Map<string, string> {
  const names = new PythonNames();
  return new Map([
    ...(definition.inputs?.parameters ?? []).map((input) => [input.name, names.allocate(input.name, 'input')] as const),
    ...(definition.inputs?.artifacts ?? []).map((input) => [`${ARTIFACT_PREFIX}${input.name}`, names.allocate(`artifact-${input.name}`, 'artifact')] as const),
  ]);
}

/**
 * The function's signature: inputs without defaults first, then those with (a default escaped
 * for Jinja, as the operators inside render it); an optional input artifact defaults to none ("").
 */
function signatureOf(definition: SubWorkflow, inputs: ReadonlyMap<string, string>): string[] {
  const parameters = definition.inputs?.parameters ?? [];
  const artifacts = definition.inputs?.artifacts ?? [];
  const artifact = (input: (typeof artifacts)[number]) => inputs.get(`${ARTIFACT_PREFIX}${input.name}`)!;
  return [
    ...parameters.filter((input) => input.default === undefined).map((input) => inputs.get(input.name)!),
    ...artifacts.filter((input) => !input.optional).map(artifact),
    ...parameters.filter((input) => input.default !== undefined).map((input) => `${inputs.get(input.name)!}=${pythonString(escapeJinjaText(scalarText(input.default)))}`),
    ...artifacts.filter((input) => input.optional).map((input) => `${artifact(input)}=""`),
  ];
}

/** A definition's body as the workflow its tasks are written from: the caller's settings, its own steps and inputs. */
function bodyWorkflow(workflow: Workflow, definition: SubWorkflow): Workflow {
  const { onExit: _onExit, ...spec } = workflow.spec;
  return { ...workflow, spec: { ...spec, ...definitionAsWorkflow(definition).spec } };
}

/** The function name of each definition the workflow calls, callees first. */
export function groupFunctionNames(workflow: Workflow, names: PythonNames): Map<string, string> {
  return new Map(definitionsInCallOrder(workflow).map((definition) => [definition.name, names.allocate(definition.name, 'group')]));
}

/**
 * One `@task_group` function per definition, callees before callers: its inputs are the
 * function's parameters (a default is escaped for Jinja, as the operators inside render it), its
 * steps the tasks inside, named as in the definition; each call names its group after the
 * calling step (`override(group_id=…)`), so a task inside is `<call>.<step>`.
 */
export function groupFunctionLines(workflow: Workflow, context: StepTaskContext, writeTask: TaskWriter): string[] {
  const lines: string[] = [];
  const gatedBy = definitionsUnder(workflow, (call) => call.when !== undefined);
  for (const definition of definitionsInCallOrder(workflow)) {
    const gated = gatedBy.has(definition.name);
    const inputs = inputVariables(definition);
    const signature = signatureOf(definition, inputs);
    const body = bodyWorkflow(workflow, definition);
    const plan = planDag(body, workflow.spec.subWorkflows ?? [], true, gated);
    const read = readOutputs(body);
    const scope: StepTaskContext = {
      ...context,
      workflow: body,
      plan,
      largeValues: planLargeValues(body, context.storage.artifactStore !== undefined, context.scriptMode),
      readSteps: new Set(read.keys()),
      readOutputs: read,
      itemsVariable: (task) => itemsTaskOf(plan, task),
      inGroup: 0,
    };
    // Written for every call, inputs or not: the gate a call's condition chooses, and an upstream of every root (Ruff's F841 flags a task variable no dependency names).
    const argumentsTask = argumentsTaskLines(inputs, plan.names.allocate('call.read_arguments'));
    const tasks = plan.tasks.flatMap((task) => [...writeTask(task, task.taskId, scope).lines, '']);
    const roots = plan.tasks.filter((task) => task.upstream.length === 0).map((task) => task.taskId);
    const dependencies = [
      ...(roots.length === 0 ? [] : [printExpression(code(ARGUMENTS_TASK), 1, '', ` >> ${roots.length === 1 ? roots[0]! : `[${roots.join(', ')}]`}`)]),
      ...plan.tasks.filter((task) => task.upstream.length > 0).map((task) => printExpression(task.upstream.length === 1 ? code(task.upstream[0]!) : list(task.upstream.map(code)), 1, '', ` >> ${task.taskId}`)),
    ];
    const docstring = definition.description === undefined ? [] : [`    ${pythonString(definition.description)}`, ''];
    lines.push('    @task_group', `    def ${context.groupFunctions.get(definition.name)!}(${signature.join(', ')}):`, ...indent([...docstring, ...argumentsTask, ...tasks, ...dependencies]));
    while (lines.at(-1) === '') lines.pop();
    lines.push('');
  }
  return lines;
}

/** The task id (and variable) of a group's arguments task. */
const ARGUMENTS_TASK = GATE_TASK;

/**
 * The task that receives a call's arguments and hands them to the steps inside through XCom
 * (`couler_group_input`): a task resolves the arguments of a mapped task group, a classic
 * operator does not (apache/airflow#50631), and a Jinja reference renders the same way for a
 * literal, a parameter and another step's output.
 */
function argumentsTaskLines(inputs: ReadonlyMap<string, string>, functionName: string): string[] {
  return [
    `@task(task_id="${ARGUMENTS_TASK}", multiple_outputs=False)`,
    `def ${functionName}(**arguments):`,
    '    return {name: couler_text(value) for name, value in arguments.items()}',
    '',
    `${ARGUMENTS_TASK} = ${functionName}(**{${[...inputs].map(([name, variable]) => `${pythonString(name)}: ${variable}`).join(', ')}})`,
    '',
  ].map((line) => (line === '' ? '' : `    ${line}`));
}

const readsItem = (value: Value | undefined) => refsOfValue(value).some((ref) => ref.ref === 'item');

/** The call's arguments, by input: given, or (for a fan-out by keywords) the input's default. */
function callArguments(step: CallStep, definition: SubWorkflow): Array<{ name: string; value: Value | undefined; fromItem: boolean }> {
  return (definition.inputs?.parameters ?? []).map((input) => {
    const value = step.inputs?.parameters?.find((parameter) => parameter.name === input.name)?.value;
    return { name: input.name, value, fromItem: readsItem(value) };
  });
}

/**
 * A mapped argument as Python: Airflow hands it to the tasks resolved, without rendering it as a
 * template, so it is raw text (the item, and literal text around it), never Jinja.
 */
function rawArgument(segments: ReadonlyArray<Segment>, step: CallStep, context: StepTaskContext, path: ReadonlyArray<string | number>): string {
  const pieces: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'text') pieces.push(pythonString(segment.text));
    else if (segment.kind === 'python') pieces.push(segment.expression);
    else {
      context.unsupported.add(path, `Sub-workflow call "${step.name}" passes an argument that joins the map item with another step's output or a parameter; Airflow hands the mapped arguments of a task group to its tasks resolved, without rendering templates.`, {
        stepName: step.name,
        hint: 'Pass the item alone, and the other value as an input of its own, or compile for the argo or local backend.',
      });
      return '""';
    }
  }
  return pieces.length === 0 ? '""' : pieces.join(' + ');
}

/** Of a call's fan-out, one item's mapped arguments: the value alone (`expand`) or a dict by input (`expand_kwargs`). */
function perItem(step: CallStep, task: DagTask, context: StepTaskContext, item: { literal: MapItem } | 'runtime'): PythonExpression {
  const definition = findSubWorkflow(context.workflow, step.subWorkflow.name)!;
  const inputs = inputVariables(definition);
  const mapped = callArguments(step, definition).filter((argument) => argument.fromItem);
  const values = mapped.map((argument) => {
    const path = ['steps', step.name, 'inputs', 'parameters', argument.name];
    return [plain(inputs.get(argument.name)!), code(rawArgument(valueSegments(argument.value!, { ...valueScope(task, context, path), item }), step, context, path))] as const;
  });
  return values.length === 1 ? values[0]![1] : dict(values);
}

/** The body of a call's items task (a fan-out `from` a step's output): the mapped arguments of each item. */
export function callItemsExpression(step: CallStep, task: DagTask, context: StepTaskContext): { expression: string; needsTi: boolean; needsParams: boolean } {
  const { source, needsTi, needsParams } = mapSource(step, task, context);
  return { expression: `[${flatExpression(perItem(step, task, context, 'runtime'))} for item in ${source}]`, needsTi, needsParams };
}

/** Keywords of the call's group that its tasks take as defaults: the call's retries, and a fan-out's parallelism. */
function groupDefaults(step: CallStep, task: DagTask, context: StepTaskContext): PythonExpression | undefined {
  const retry = runtimeKeywords(step, task, context).filter(([name, value]) => value !== undefined && ['retries', 'retry_delay', 'retry_exponential_backoff', 'max_retry_delay'].includes(name));
  const parallelism = step.map?.parallelism;
  if (parallelism !== undefined) {
    context.warn(
      `Airflow limits how many map indexes of each task run at once, not of a task group: the ${parallelism} of sub-workflow call "${step.name}" applies to each of its steps (max_active_tis_per_dagrun), so steps of more than ${parallelism} items may run at the same time.`,
      ['steps', step.name, 'map', 'parallelism'],
      step.name,
    );
  }
  const entries = [...retry, ...(parallelism === undefined ? [] : [['max_active_tis_per_dagrun', plain(parallelism)] as const])];
  return entries.length === 0 ? undefined : dict(entries.map(([name, value]) => [plain(name), value!] as const));
}

/**
 * A call of a sub-workflow: its group factory (named after the step), then the call with its
 * arguments, or of a fan-out `.partial()` with the arguments that are the same for every item and
 * `.expand()` (one mapped input) or `.expand_kwargs()` (several) over the items. The arguments
 * are templated text, as the operators inside render them: literals escaped for Jinja,
 * references as the backend writes them elsewhere; mapped ones raw (see rawArgument).
 */
export function callLines(step: CallStep, task: DagTask, variable: string, context: StepTaskContext): string[] {
  const definition = findSubWorkflow(context.workflow, step.subWorkflow.name)!;
  if (task.triggerRule !== undefined) {
    context.unsupported.add(['steps', step.name], `Sub-workflow call "${step.name}" waits for a step that may be skipped; Airflow sets trigger rules on tasks, not on task groups, so the steps of the call would not run.`, {
      stepName: step.name,
      hint: 'Have the call wait only for steps that always run, or compile for the argo or local backend.',
    });
  }
  const inputs = inputVariables(definition);
  const factory = context.plan.names.allocate(`${task.taskId}.group`);
  const overrides = call(`${context.groupFunctions.get(definition.name)!}.override`, [], [['group_id', plain(task.taskId)], ['default_args', groupDefaults(step, task, context)]]);
  const templated = (argument: { name: string; value: Value | undefined }) => {
    const path = ['steps', step.name, 'inputs', 'parameters', argument.name];
    // Rendered by the arguments task of the called group, one group deeper than this call's steps.
    const scope = { ...valueScope(task, context, path), ...(context.inGroup !== undefined && { inGroup: 1 as const }) };
    return [inputs.get(argument.name)!, argument.value === undefined ? undefined : code(templatedPython(valueSegments(argument.value, scope)))] as const;
  };
  const lines = [statement(`${factory} = `, overrides)];
  const artifacts = artifactArguments(step, task, definition, inputs, context);
  const map = step.map;
  if (map === undefined) return [...lines, statement(`${variable} = `, call(factory, [], [...callArguments(step, definition).map(templated), ...artifacts]))];

  const argumentsOf = callArguments(step, definition);
  const byKeywords = argumentsOf.filter((argument) => argument.fromItem).length > 1;
  // expand_kwargs maps every input it is not given in partial(), defaults too.
  const fixed = argumentsOf.filter((argument) => !argument.fromItem).map((argument) => {
    if (argument.value !== undefined || !byKeywords) return templated(argument);
    const fallback = definition.inputs!.parameters!.find((input) => input.name === argument.name)!.default!;
    return [inputs.get(argument.name)!, plain(escapeJinjaText(scalarText(fallback)))] as const;
  });
  const expand = (values: string) => (byKeywords ? `.expand_kwargs(${values})` : `.expand(${inputs.get(argumentsOf.find((argument) => argument.fromItem)!.name)!}=${values})`);
  const partial = [...fixed, ...artifacts].some(([, value]) => value !== undefined) ? call(`${factory}.partial`, [], [...fixed, ...artifacts]) : code(factory);
  if (map.from !== undefined) return [...lines, statement(`${variable} = `, partial, expand(context.itemsVariable(task)))];
  const itemsName = context.plan.names.allocate(`${task.taskId}.arguments`);
  const items = list((map.items ?? []).map((item) => perItem(step, task, context, { literal: item as MapItem })));
  return [...lines, statement(`${itemsName} = `, items), statement(`${variable} = `, partial, expand(itemsName))];
}

/**
 * The input artifacts a call passes, as the text its arguments task renders: another step's
 * artifact packed as XCom carries it (or, with the artifact store, its object's URL), or the
 * enclosing definition's own input artifact handed on. A location of its own would need its
 * settings in the pods that read it, which a task group's arguments do not carry.
 */
function artifactArguments(step: CallStep, task: DagTask, definition: SubWorkflow, inputs: ReadonlyMap<string, string>, context: StepTaskContext): Array<readonly [string, PythonExpression | undefined]> {
  const byStore = context.storage.artifactStore !== undefined;
  const refuse = (name: string, why: string) =>
    context.unsupported.add(['steps', step.name, 'subWorkflow', 'artifacts', name], `Sub-workflow call "${step.name}" passes artifact "${name}" ${why}.`, {
      stepName: step.name,
      hint: "Have a step of the caller write the artifact without a location of its own (XCom or the artifact store carry it), or give the location to the step inside the definition that reads it, or compile for the argo or local backend.",
    });
  return (definition.inputs?.artifacts ?? []).flatMap((declared) => {
    const argument = step.subWorkflow.artifacts?.find((candidate) => candidate.name === declared.name);
    if (argument === undefined) return [];
    const variable = inputs.get(`${ARTIFACT_PREFIX}${declared.name}`)!;
    if (argument.input !== undefined) return [[variable, plain(`{{ ${groupInputCall(step, 1, `${ARTIFACT_PREFIX}${argument.input}`)} }}`)] as const];
    const from = argument.from;
    const producer = from && context.workflow.spec.steps.find((candidate) => candidate.name === from.step);
    if (from === undefined || producer === undefined) {
      refuse(declared.name, 'from a location of its own; the pods inside the task group would need its settings (endpoint, region, secret keys), which the call\'s arguments, XCom text, do not carry');
      return [];
    }
    if (producer.outputs?.artifacts?.find((output) => output.name === from.output)?.location !== undefined) {
      refuse(declared.name, `that step "${from.step}" writes to a location of its own; the pods inside the task group would need its settings, which the call's arguments, XCom text, do not carry`);
      return [];
    }
    if (producer.map !== undefined) {
      refuse(declared.name, `from step "${from.step}", which is mapped; an artifact of every map index cannot be put at one path`);
      return [];
    }
    const read = context.plan.inGroup
      ? groupOutputCall(context.plan, step, 1, from.step, byStore ? `${ARTIFACT_PREFIX}${from.output}` : from.output, task.iteration, byStore ? 'couler_group_output' : 'couler_group_artifact')
      : outputCall(byStore ? 'couler_output' : 'couler_artifact', context.plan, from.step, step, task.iteration, byStore ? `${ARTIFACT_PREFIX}${from.output}` : from.output);
    // Rendered by the called group's arguments task: the value comes through as the producer pushed it.
    return [[variable, plain(`{{ ${read} }}`)] as const];
  });
}
