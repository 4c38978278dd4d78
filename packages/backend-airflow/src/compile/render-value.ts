import type { Ref, Scalar, Step, Value } from '@couler/ir';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonString } from '../python/python-literal';
import type { CallOutput } from './call-outputs';
import type { DagPlan, MapSize } from './dag-plan';
import type { UnsupportedCollector } from './unsupported';

/** Text known when compiling, a Jinja expression Airflow renders, or Python text known at run time. */
export type Segment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'jinja'; readonly expression: string } | { readonly kind: 'python'; readonly expression: string };

export type MapItem = Scalar | Readonly<Record<string, Scalar>>;

export interface ValueContext {
  readonly plan: DagPlan;
  readonly step: Step;
  readonly iteration: number | undefined;
  /** The current map item: a literal item, or `runtime` inside the task that builds mapped arguments. */
  readonly item?: { readonly literal: MapItem } | 'runtime';
  readonly namespace: string | undefined;
  /** The major the file is written for: `workflow.failures` exists on Airflow 2 only. */
  readonly airflowVersion?: 2 | 3;
  readonly unsupported: UnsupportedCollector;
  readonly path: ReadonlyArray<string | number>;
  /**
   * Inside a sub-workflow's task group, parameters are its inputs and step references name steps
   * of the same call: 0 for a task of the group, 1 for the arguments of a call nested in it (its
   * arguments task sits one group deeper).
   */
  readonly inGroup?: 0 | 1;
}

/** How Argo and the local engine print a scalar: strings as they are, the rest as JSON. */
export function scalarText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `"a"` or `["a", "a.2"]`: the task ids a reader pulls an output from. */
export function outputSource(plan: DagPlan, producer: string, reader: Step, iteration: number | undefined): string {
  const loop = plan.loopOf(producer);
  if (loop === undefined) return pythonString(plan.taskIdOf(producer));
  if (iteration !== undefined && plan.loopOf(reader.name) === loop) return pythonString(plan.taskIdOf(producer, iteration));
  return `[${plan.iterationsOf(producer).map(pythonString).join(', ')}]`;
}

const mapSizeCode = (size: MapSize) => (typeof size === 'number' ? String(size) : pythonString(size.itemsTask));

/**
 * Where a reader pulls `producer`'s outputs from: its task ids, and of a mapped producer the map
 * size of each (a count, or the task that built the mapped arguments; see `couler_pushed`).
 */
function pulledFrom(plan: DagPlan, producer: string, reader: Step, iteration: number | undefined): { source: string; sizes?: string } {
  const source = outputSource(plan, producer, reader, iteration);
  if (plan.mapSizeOf(producer) === undefined) return { source };
  const loop = plan.loopOf(producer);
  if (loop === undefined || (iteration !== undefined && plan.loopOf(reader.name) === loop)) return { source, sizes: mapSizeCode(plan.mapSizeOf(producer, iteration)!) };
  return { source, sizes: `[${plan.iterationsOf(producer).map((_, index) => mapSizeCode(plan.mapSizeOf(producer, index + 1)!)).join(', ')}]` };
}

/** `helper(ti, <task ids>, "name"[, <map sizes>])` for output `name` of `producer`, as `reader` reads it. */
export function outputCall(helper: 'couler_output' | 'couler_produced' | 'couler_artifact', plan: DagPlan, producer: string, reader: Step, iteration: number | undefined, name: string): string {
  if (plan.inGroup && helper !== 'couler_produced') return groupOutputCall(plan, reader, 0, producer, name, iteration, helper === 'couler_artifact' ? 'couler_group_artifact' : 'couler_group_output');
  const { source, key, sizes } = pulledOutput(plan, producer, reader, iteration, name, helper === 'couler_artifact');
  return `${helper}(ti, ${source}, ${key}${sizes === undefined ? '' : `, ${sizes}`})`;
}

/**
 * The task ids (and map sizes, of a mapped producer) to pull output `name` of `producer` from, and
 * the key it is pushed under. An output of a sub-workflow call is the output of a task inside its
 * task group (of every map index, when mapped there).
 */
function pulledOutput(plan: DagPlan, producer: string, reader: Step, iteration: number | undefined, name: string, packed: boolean): { source: string; key: string; sizes?: string } {
  const { source, sizes } = pulledFrom(plan, producer, reader, iteration);
  const inner = callOutput(plan, producer, name, packed);
  const innerSize = innerMapSize(plan, producer, inner);
  return {
    source: inner === undefined ? source : pythonString(`${plan.taskIdOf(producer)}.${inner.task}`),
    key: pythonString(inner?.name ?? name),
    ...((innerSize !== undefined || sizes !== undefined) && { sizes: innerSize === undefined ? sizes : mapSizeCode(innerSize) }),
  };
}

/**
 * Where output `name` of a call is inside its group: an output parameter, or an output artifact
 * (read packed with `couler_artifact`, or as its URL, the output `artifact:<name>`, with a store).
 */
function callOutput(plan: DagPlan, producer: string, name: string, packed: boolean): CallOutput | undefined {
  const url = !packed && name.startsWith(ARTIFACT_PREFIX);
  const inner = plan.callOutputOf(producer, url ? name.slice(ARTIFACT_PREFIX.length) : name, packed || url);
  return inner === undefined || !url ? inner : { ...inner, name: `${ARTIFACT_PREFIX}${inner.name}` };
}

/** The XCom key under which a pod pushes an artifact (its packed bytes, or its object's URL), and a call passes one. */
export const ARTIFACT_PREFIX = 'artifact:';

/** Of a call's output that a mapped task inside its group writes, that task's map size, its items task named from the caller's scope. */
function innerMapSize(plan: DagPlan, call: string, inner: CallOutput | undefined): MapSize | undefined {
  if (inner?.mapSize === undefined) return undefined;
  return typeof inner.mapSize === 'number' ? inner.mapSize : { itemsTask: `${plan.taskIdOf(call)}.${inner.mapSize.itemsTask}` };
}

/**
 * The keywords of a read inside a task group: a mapped task reads its call at map index -1
 * (Airflow expands no task inside an expanded group, so its call is not mapped), and a
 * mapped producer is gathered over its map size (see `couler_group_output`).
 */
function groupReadKeywords(reader: Step, size?: string): string {
  return `${reader.map === undefined ? '' : ', group_index=-1'}${size === undefined ? '' : `, size=${size}`}`;
}

/**
 * Inside a task group: output `name` of a step of the same call, at the same map index when the
 * group is mapped; of a loop step, the reader's iteration, or (after the loop) the last that ran.
 */
export function groupOutputCall(
  plan: DagPlan,
  reader: Step,
  up: 0 | 1,
  producer: string,
  name: string,
  iteration: number | undefined,
  helper: 'couler_group_output' | 'couler_group_artifact' = 'couler_group_output',
): string {
  const { source, key, sizes } = pulledOutput(plan, producer, reader, iteration, name, helper === 'couler_group_artifact');
  // An artifact of a mapped producer is refused (see podTransfer): one index's files, at one path.
  return `${helper}(ti, ${source}, ${key}${up === 1 ? ', 1' : ''}${groupReadKeywords(reader, helper === 'couler_group_artifact' ? undefined : sizes)})`;
}

/** Inside a task group: a parameter is what the call passed, as its arguments task received it (see sub-workflow-groups). */
export function groupInputCall(reader: Step, up: 0 | 1, name: string): string {
  return `couler_group_input(ti, ${pythonString(name)}${up === 1 ? ', 1' : ''}${groupReadKeywords(reader)})`;
}

function refSegments(ref: Ref, context: ValueContext, seen: ReadonlySet<string>): Segment[] {
  const { unsupported, step, path } = context;
  switch (ref.ref) {
    case 'step':
      if (context.inGroup === undefined) return [{ kind: 'jinja', expression: outputCall('couler_output', context.plan, ref.step, step, context.iteration, ref.output) }];
      return [{ kind: 'jinja', expression: groupOutputCall(context.plan, step, context.inGroup, ref.step, ref.output, context.iteration) }];
    case 'parameter':
      if (context.inGroup !== undefined) return [{ kind: 'jinja', expression: groupInputCall(step, context.inGroup, ref.name) }];
      return [{ kind: 'jinja', expression: `couler_text(params[${pythonString(ref.name)}])` }];
    case 'input': {
      const input = step.inputs?.parameters?.find((parameter) => parameter.name === ref.name);
      if (input === undefined || seen.has(ref.name)) return [{ kind: 'text', text: '' }];
      if (input.value !== undefined) return valueSegments(input.value, context, new Set([...seen, ref.name]));
      return [{ kind: 'text', text: input.default ?? '' }];
    }
    case 'item': {
      if (context.item === undefined) return [{ kind: 'text', text: '' }];
      if (context.item === 'runtime') return [{ kind: 'python', expression: ref.key === undefined ? 'couler_text(item)' : `couler_text(item[${pythonString(ref.key)}])` }];
      const item = context.item.literal;
      const value = ref.key === undefined ? item : typeof item === 'object' ? item[ref.key] : undefined;
      return [{ kind: 'text', text: typeof value === 'object' && value !== null ? JSON.stringify(value) : value === undefined ? '' : scalarText(value) }];
    }
    case 'workflow':
      switch (ref.field) {
        case 'name':
          return [{ kind: 'jinja', expression: 'dag.dag_id' }];
        case 'uid':
          return [{ kind: 'jinja', expression: 'run_id' }];
        case 'namespace':
          if (context.namespace !== undefined) return [{ kind: 'text', text: context.namespace }];
          unsupported.add(path, `Step "${step.name}" reads the workflow's namespace, which an Airflow DAG only knows when the backend's "namespace" setting is given.`, {
            stepName: step.name,
            hint: 'Set the airflow backend\'s "namespace" setting.',
          });
          return [];
        case 'status':
          // Set by the couler_status task when no main task failed (see planDag).
          return [{ kind: 'jinja', expression: 'ti.xcom_pull(task_ids="couler_status") or "Failed"' }];
        case 'duration':
          return [{ kind: 'jinja', expression: 'couler_duration(dag_run)' }];
        case 'failures':
          // Airflow 2 templates run in the worker with database access; Airflow 3's task SDK has none.
          if (context.airflowVersion === 2) return [{ kind: 'jinja', expression: 'couler_failures(dag_run)' }];
          unsupported.add(path, `The airflow backend cannot express the workflow's "failures" (read by step "${step.name}") on Airflow 3: a task there cannot read the states of the other tasks of its run.`, {
            stepName: step.name,
            hint: 'Compile for Airflow 2 (airflowVersion: 2), pass the value another way, or compile for the argo or local backend.',
          });
          return [];
        default:
          unsupported.add(path, `The airflow backend cannot express the workflow's "${ref.field}" (read by step "${step.name}"): a running Airflow task cannot read the states of the other tasks of its run.`, {
            stepName: step.name,
            hint: 'Pass the value another way, or compile for the argo or local backend.',
          });
          return [];
      }
  }
}

/** The pieces a value is made of, references resolved for this step and iteration. */
export function valueSegments(value: Value, context: ValueContext, seen: ReadonlySet<string> = new Set()): Segment[] {
  if (typeof value === 'string') return [{ kind: 'text', text: value }];
  if ('concat' in value) return value.concat.flatMap((part) => (typeof part === 'string' ? [{ kind: 'text' as const, text: part }] : refSegments(part, context, seen)));
  return refSegments(value, context, seen);
}

export const hasRuntimePart = (segments: ReadonlyArray<Segment>) => segments.some((segment) => segment.kind === 'python');

/**
 * A Python expression for a templated operator field: literal text escaped for Jinja,
 * references as Jinja tags, run-time text escaped by `couler_escape` when the DAG runs.
 */
export function templatedPython(segments: ReadonlyArray<Segment>): string {
  if (!hasRuntimePart(segments)) {
    return pythonString(segments.map((segment) => (segment.kind === 'text' ? escapeJinjaText(segment.text) : `{{ ${segment.kind === 'jinja' ? segment.expression : ''} }}`)).join(''));
  }
  const pieces: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'text') {
      if (segment.text !== '') pieces.push(pythonString(escapeJinjaText(segment.text)));
    } else if (segment.kind === 'jinja') pieces.push(pythonString(`{{ ${segment.expression} }}`));
    else pieces.push(`couler_escape(${segment.expression})`);
  }
  return pieces.length === 0 ? '""' : pieces.join(' + ');
}
