import { toDns1123Label, type Condition, type MapLoop, type Scalar } from '@couler/ir';
import { and, equal, isPartialCondition, requireCondition, type PartialCondition } from './conditions';
import {
  ItemHandle,
  dslError,
  isItemHandle,
  isOutputHandle,
  isParameterHandle,
  isStepHandle,
  workflowStatus,
  type OutputHandle,
  type ParameterHandle,
  type StepHandle,
} from './handles';
import { captureCallSite, type CapturedStack } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import { stepLabel, type Cursor, type Scope, type WorkflowBuilder } from './internal/workflow-builder';
import { isSequenceSource, type SequenceSource } from './sequence';
import { describe, refOf, toOperand } from './values';

/**
 * Control flow of Table I. Steps made inside a body function get the construct: a `when`
 * condition, a `map` fan-out, a group. Ordering follows Couler: outside `dag`/`setDependencies`
 * each step waits for the one before (steps mode); bodies of consecutive `when`s on the same
 * output, and the branches of `concurrent`, run side by side.
 */

function requireFunction(value: unknown, where: string): void {
  if (typeof value === 'function') return;
  throw dslError('INVALID_DSL_USAGE', `${where} must be a function that creates the steps; got ${describe(value)}.`, {
    // A step here is the result of calling the function where the function itself belonged.
    ...(isStepHandle(value) && { hint: 'Pass the function without calling it (fn, not fn()), or wrap the call in one: () => fn().' }),
  });
}

function tailsOf(scope: Scope): string[] {
  return [...(scope.cursor.dependencies ?? [])];
}

/** After a construct: the parent's next step waits for the construct's last steps. */
function advance(parent: Scope, tails: string[]): void {
  if (parent.chain && tails.length) parent.cursor = { dependencies: tails };
  parent.lastWhen = undefined;
}

function requireSteps(scope: Scope, where: string): void {
  if (scope.created.length === 0) {
    throw dslError('INVALID_DSL_USAGE', `${where} created no step.`, { hint: 'Call runContainer, runScript or runJob inside it.' });
  }
}

/**
 * Runs the steps `body` creates only when `condition` holds (Couler's `when`). Nested whens
 * combine with `and`. Returns what `body` returns.
 */
export function when<T>(condition: Condition, body: () => T): T {
  const builder = currentBuilder('when');
  const checked = requireCondition(condition, 'when()');
  requireFunction(body, 'The body of when()');
  const parent = builder.scope;
  const key = JSON.stringify('left' in checked ? checked.left : checked);
  const last = parent.lastWhen;
  const grouped = last !== undefined && last.key === key && sameNames(parent.cursor.dependencies, last.tails) && parent.cursor.depends === undefined;
  const start: Cursor = grouped ? last.start : parent.cursor;
  const combined = parent.condition ? and(parent.condition, checked) : checked;
  const { value, scope } = builder.inScope({ cursor: start, condition: combined }, body);
  requireSteps(scope, 'The body of when()');
  if (parent.chain) {
    const tails = grouped ? [...new Set([...last.tails, ...tailsOf(scope)])] : tailsOf(scope);
    parent.cursor = { dependencies: tails };
    parent.lastWhen = { key, start, tails };
  }
  return value;
}

export interface MapOptions {
  /** At most this many iterations at once. */
  parallelism?: number;
  /**
   * How several lists make items: `'zip'` (Couler's map, the default) takes one item of each
   * list by position; `'product'` takes every combination, the last list varying fastest
   * (Python's `itertools.product`; a Tekton matrix).
   */
  combine?: 'zip' | 'product';
}

const MAP_OPTION_KEYS = { parallelism: true, combine: true } as const satisfies Record<keyof MapOptions, true>;

type MapSource = ReadonlyArray<Scalar | Record<string, Scalar>> | StepHandle | OutputHandle | ParameterHandle | SequenceSource;

/**
 * Runs the step `fn` creates once per item (Couler's `map`), in parallel. Items come from
 * literal lists (several lists are zipped: `fn` gets one item of each) or from the JSON list
 * an earlier step outputs or a parameter holds, or numbers (`sequence({ count: 5 })`). `fn` receives the current item(s) and must
 * create exactly one step; the returned handle's outputs are lists, one value per item.
 */
export function map(fn: (...items: ItemHandle[]) => unknown, ...sources: Array<MapSource | MapOptions>): StepHandle {
  const builder = currentBuilder('map');
  requireFunction(fn, 'The first argument of map()');
  let options: MapOptions = {};
  const last = sources[sources.length - 1];
  if (isMapOptions(last)) {
    checkOptions('map()', last, MAP_OPTION_KEYS);
    options = last;
    sources = sources.slice(0, -1);
  }
  if (sources.length === 0) throw dslError('INVALID_DSL_USAGE', 'map() needs something to map over: a list, or a step output that is a JSON list.');
  if (options.combine !== undefined && options.combine !== 'zip' && options.combine !== 'product') {
    throw dslError('INVALID_DSL_USAGE', `map({ combine }) is 'zip' or 'product'; got ${describe(options.combine)}.`);
  }
  const loop = mapLoopOf(sources as MapSource[], options.combine ?? 'zip');
  const items = sources.length > 1 ? sources.map((_, index) => new ItemHandle(`arg${index}`)) : [new ItemHandle()];
  if (options.parallelism !== undefined) {
    if (!Number.isInteger(options.parallelism) || options.parallelism < 1) {
      throw dslError('INVALID_DSL_USAGE', `map({ parallelism }) must be a whole number ≥ 1; got ${options.parallelism}.`);
    }
    loop.parallelism = options.parallelism;
  }
  const parent = builder.scope;
  const { scope } = builder.inScope({ cursor: parent.cursor }, () => fn(...items));
  // Hooks (a sub-workflow's exit steps) watch the mapped step from outside the DAG: they are not what it maps.
  const created = scope.created.filter((name) => builder.stepNamed(name)?.hook === undefined);
  if (created.length !== 1) {
    throw dslError('INVALID_DSL_USAGE', `The function given to map() must create exactly one step; it created ${created.length}${created.length ? ` (${created.join(', ')})` : ''}.`, {
      hint: 'Map one runContainer/runScript call per item; chain further work after map().',
    });
  }
  const name = created[0]!;
  const step = builder.stepNamed(name)!;
  step.map = loop;
  // Each iteration of a mapped call makes its own files, so the call returns none: they are used inside the body.
  if (step.kind === 'subWorkflow') delete step.subWorkflow.outputArtifacts;
  advance(parent, [name]);
  return builder.handleOf(name)!;
}

function isMapOptions(value: unknown): value is MapOptions {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isStepHandle(value) && !isOutputHandle(value) && !isParameterHandle(value) && !isItemHandle(value) && !isSequenceSource(value);
}

function mapLoopOf(sources: MapSource[], combine: 'zip' | 'product'): MapLoop {
  const lists = sources.filter((source) => Array.isArray(source)) as Array<ReadonlyArray<Scalar | Record<string, Scalar>>>;
  if (lists.length === sources.length) {
    for (const [index, list] of lists.entries()) {
      for (const item of list) {
        if (!isScalar(item) && !(sources.length === 1 && isScalarRecord(item))) {
          throw dslError('TYPE_MISMATCH', `map() list ${index + 1} holds ${describe(item)}; items must be strings, numbers, booleans${sources.length === 1 ? ' or flat objects of them' : ''}.`);
        }
      }
    }
    if (lists.length === 1) return { items: [...lists[0]!] };
    if (combine === 'product') {
      let rows: Array<Record<string, Scalar>> = [{}];
      lists.forEach((list, column) => {
        rows = rows.flatMap((row) => list.map((item) => ({ ...row, [`arg${column}`]: item as Scalar })));
      });
      return { items: rows };
    }
    const length = lists[0]!.length;
    const uneven = lists.findIndex((list) => list.length !== length);
    if (uneven !== -1) {
      throw dslError('INVALID_DSL_USAGE', `map() zips its lists item by item, but list 1 has ${length} items and list ${uneven + 1} has ${lists[uneven]!.length}.`);
    }
    return { items: Array.from({ length }, (_, row) => Object.fromEntries(lists.map((list, column) => [`arg${column}`, list[row] as Scalar]))) };
  }
  if (sources.length === 1) {
    const [source] = sources;
    if (isSequenceSource(source)) return { sequence: source.sequence };
    if (isStepHandle(source) || isOutputHandle(source) || isParameterHandle(source)) {
      const ref = refOf(source, 'map()');
      if (ref.ref === 'step' || ref.ref === 'parameter') return { from: ref };
    }
  }
  throw dslError('TYPE_MISMATCH', `map() maps over a list, or over one step output or parameter holding a JSON list; got ${sources.map(describe).join(', ')}.`, {
    hint: "map((x) => runContainer({ image, args: [x] }), ['a', 'b', 'c']), or over numbers: map((i) => …, sequence({ count: 5 }))",
  });
}

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isScalarRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isScalar);
}

export interface ConcurrentOptions {
  /** At most this many branches at once. */
  parallelism?: number;
}

const CONCURRENT_OPTION_KEYS = { parallelism: true } as const satisfies Record<keyof ConcurrentOptions, true>;

/**
 * The Python Couler's `subtasks` chose how branches were emitted: `True`, each function its own
 * template, its steps in order; `False`, every step of every function side by side. Here each
 * branch already keeps its steps in order (what `True` did), and the IR has no "template per
 * branch" to ask for, so the option could only be ignored: it is refused, with what to write.
 */
function refuseSubtasks(value: unknown): never {
  throw dslError('INVALID_DSL_USAGE', `concurrent({ subtasks: ${JSON.stringify(value)} }) is not supported: each branch of concurrent() already runs its steps in order, side by side with the other branches, and there is no separate template per branch to ask for.`, {
    hint:
      value === false
        ? 'Remove subtasks. To run every step side by side, make each step its own branch: concurrent([() => a(), () => b(), () => c()]).'
        : 'Remove subtasks: the branches already behave as the Python Couler\'s subtasks=True. To cap how many branches run at once, use { parallelism: n }.',
  });
}

/**
 * Runs the functions' steps side by side (Couler's `concurrent`); steps within one function
 * run in order. Returns what each function returned.
 */
export function concurrent<const T extends ReadonlyArray<() => unknown>>(functions: T, options: ConcurrentOptions = {}): { [K in keyof T]: ReturnType<T[K]> } {
  const stack = captureCallSite();
  const builder = currentBuilder('concurrent');
  if (typeof options === 'object' && options !== null && 'subtasks' in options) refuseSubtasks((options as { subtasks?: unknown }).subtasks);
  checkOptions('concurrent()', options, CONCURRENT_OPTION_KEYS);
  if (!Array.isArray(functions) || functions.length === 0) {
    throw dslError('INVALID_DSL_USAGE', `concurrent() takes a non-empty list of functions; got ${describe(functions)}.`);
  }
  const parent = builder.scope;
  const results: unknown[] = [];
  const branches: string[][] = [];
  const tails: string[] = [];
  functions.forEach((fn, index) => {
    requireFunction(fn, `concurrent() branch ${index + 1}`);
    const { value, scope } = builder.inScope({ cursor: parent.cursor }, fn);
    requireSteps(scope, `concurrent() branch ${index + 1}`);
    results.push(value);
    branches.push([...scope.created]);
    tails.push(...tailsOf(scope));
  });
  if (parent.target === 'main') {
    builder.addGroup(
      {
        name: builder.uniqueName('concurrent'),
        kind: 'concurrent',
        branches,
        ...(options.parallelism !== undefined && { parallelism: options.parallelism }),
      },
      stack,
    );
  }
  advance(parent, [...new Set(tails)]);
  return results as { [K in keyof T]: ReturnType<T[K]> };
}

export interface ExecWhileOptions {
  /** The cap: the body runs at most this many times (default 100). */
  maxIterations?: number;
}

export const DEFAULT_MAX_ITERATIONS = 100;

const EXEC_WHILE_OPTION_KEYS = { maxIterations: true } as const satisfies Record<keyof ExecWhileOptions, true>;

/**
 * Runs the steps `body` creates, then again while `condition` holds (Couler's `exec_while`),
 * at most `maxIterations` times. The condition reads the body's outputs: write it in full
 * (`equal(flip, 'tails')` with `flip` made in the body — pass a function of the body's
 * result), or in Couler's partial form `equal('tails')`, which compares the step `body` returns.
 */
export function execWhile<T>(
  condition: Condition | PartialCondition | ((result: T) => Condition),
  body: () => T,
  options: ExecWhileOptions = {},
): T {
  const stack = captureCallSite();
  const builder = currentBuilder('execWhile');
  requireFunction(body, 'The body of execWhile()');
  checkOptions('execWhile()', options, EXEC_WHILE_OPTION_KEYS);
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw dslError('INVALID_MAX_ITERATIONS', `execWhile({ maxIterations }) must be a whole number ≥ 1; got ${JSON.stringify(options.maxIterations)}.`, {
      hint: `It caps the loop; leave it out for the default of ${DEFAULT_MAX_ITERATIONS}.`,
    });
  }
  const parent = builder.scope;
  if (parent.target === 'exit') throw dslError('INVALID_DSL_USAGE', 'execWhile() cannot be used inside an exit handler.');
  const { value, scope } = builder.inScope({ cursor: parent.cursor }, body);
  requireSteps(scope, 'The body of execWhile()');
  let loopCondition: Condition;
  if (typeof condition === 'function') loopCondition = requireCondition(condition(value), 'The function given to execWhile()');
  else if (isPartialCondition(condition)) {
    if (!isStepHandle(value) && !isOutputHandle(value)) {
      throw dslError('INVALID_DSL_USAGE', `execWhile(${condition.op}(${JSON.stringify(condition.right)}), body) compares the step the body returns, but the body returned ${describe(value)}.`, {
        hint: 'Return the step from the body: execWhile(equal("tails"), () => flipCoin()).',
      });
    }
    loopCondition = { op: condition.op, left: toOperand(value, 'execWhile()'), right: condition.right };
  } else loopCondition = requireCondition(condition, 'execWhile()');
  const last = scope.created[scope.created.length - 1]!;
  builder.addGroup({ name: builder.uniqueName(`exec-while-${last}`.slice(0, 63).replace(/-+$/, '')), kind: 'while', steps: [...scope.created], condition: loopCondition, maxIterations }, stack);
  advance(parent, tailsOf(scope));
  return value;
}

/**
 * Couler's `set_dependencies`: the steps `fn` creates wait for `dependencies` — step handles or
 * names, or an Argo-style expression such as `'train.Succeeded || retrain.Failed'` — and for
 * the steps whose outputs they read; nothing else. Several steps in `fn` run in order.
 * The first call switches the workflow to DAG mode: later top-level steps no longer wait for
 * the step before them.
 */
export function setDependencies<T>(fn: () => T, dependencies?: ReadonlyArray<string | StepHandle> | string | null): T {
  const builder = currentBuilder('setDependencies');
  requireFunction(fn, 'The first argument of setDependencies()');
  builder.enterDagMode();
  const cursor = cursorOf(dependencies);
  builder.noteReferences(cursor);
  return builder.inScope({ cursor }, fn).value;
}

function cursorOf(dependencies: ReadonlyArray<string | StepHandle> | string | null | undefined): Cursor {
  if (dependencies === undefined || dependencies === null) return {};
  if (typeof dependencies === 'string') {
    // Step names in the expression become the same DNS-1123 labels stepName does ("B" → "b");
    // the task results after a dot (".Succeeded") stay as they are.
    return { depends: dependencies.replace(/(^|[^.\w-])([A-Za-z0-9_][\w-]*)/g, (_, before: string, name: string) => before + (toDns1123Label(name) || name)) };
  }
  if (!Array.isArray(dependencies)) {
    throw dslError('INVALID_DSL_USAGE', `setDependencies() takes a list of steps (handles or names) or a depends expression; got ${describe(dependencies)}.`);
  }
  return {
    dependencies: dependencies.map((dependency, index) => {
      if (isStepHandle(dependency)) return dependency.name;
      if (typeof dependency === 'string' && dependency !== '') return stepLabel(dependency) || dependency;
      throw dslError('INVALID_DSL_USAGE', `setDependencies() dependency ${index + 1} must be a step or a step name; got ${describe(dependency)}.`);
    }),
  };
}

/**
 * Couler's legacy `dag`: each inner list is a path, each node waiting for the one before it,
 * e.g. `dag([[a], [a, b], [a, c], [b, d], [c, d]])`. A node is a function that creates (or, when
 * called again, refers to) one named step and returns its handle.
 */
export function dag(paths: ReadonlyArray<ReadonlyArray<() => StepHandle>>): void {
  const builder = currentBuilder('dag');
  if (!Array.isArray(paths) || paths.some((path) => !Array.isArray(path))) {
    throw dslError('INVALID_DSL_USAGE', `dag() takes a list of paths, each a list of step functions; got ${describe(paths)}.`, {
      hint: 'dag([[a], [a, b], [b, c]]) where a, b, c are () => runContainer({ …, stepName }).',
    });
  }
  // dag([[jobA()], [jobA(), jobB()]]) calls the nodes before dag() runs; say so, rather than
  // whatever calling them twice caused (a step made twice, kept back for this).
  const called = paths.flat().find(isStepHandle);
  if (called) {
    throw dslError('INVALID_DSL_USAGE', `dag() takes the functions that make the steps, but it was given step "${called.name}": the node functions were called (jobA()) instead of passed (jobA).`, {
      stepIds: [called.name],
      hint: 'Pass the functions without calling them: dag([[jobA], [jobA, jobB]]), where const jobA = () => runContainer({ …, stepName: \'a\' }).',
    });
  }
  builder.enterDagMode();
  for (const [pathIndex, path] of paths.entries()) {
    let previous: StepHandle | undefined;
    for (const [nodeIndex, node] of path.entries()) {
      requireFunction(node, `dag() path ${pathIndex + 1}, node ${nodeIndex + 1}`);
      const cursor: Cursor = previous ? { dependencies: [previous.name] } : {};
      const { value } = builder.inScope({ cursor, reuseByName: true }, node);
      if (!isStepHandle(value)) {
        throw dslError('INVALID_DSL_USAGE', `dag() path ${pathIndex + 1}, node ${nodeIndex + 1} returned ${describe(value)} instead of the step it creates.`, {
          hint: 'Return the step: () => runContainer({ image, stepName: "a" }).',
        });
      }
      previous = value;
    }
  }
}

export const WFStatus = { Succeeded: 'Succeeded', Failed: 'Failed', Error: 'Error' } as const;
export type WorkflowStatus = keyof typeof WFStatus;

/**
 * Steps to run when the workflow ends with `status` (Couler's `set_exit_handler`); `'Any'`
 * runs them whatever the outcome. Steps in one handler run in order.
 */
export function setExitHandler<T>(status: WorkflowStatus | 'Any', handler: () => T): T {
  const builder = currentBuilder('setExitHandler');
  if (status !== 'Any' && !(status in WFStatus)) {
    throw dslError('INVALID_DSL_USAGE', `setExitHandler() status must be 'Succeeded', 'Failed', 'Error' or 'Any'; got ${describe(status)}.`);
  }
  requireFunction(handler, 'The handler of setExitHandler()');
  const { value, scope } = builder.inScope(
    { target: 'exit', cursor: {}, ...(status !== 'Any' && { condition: equal(workflowStatus, status) }) },
    handler,
  );
  requireSteps(scope, 'The exit handler');
  return value;
}

function sameNames(a: ReadonlyArray<string> | undefined, b: ReadonlyArray<string>): boolean {
  return (a?.length ?? 0) === b.length && b.every((name) => a!.includes(name));
}

export type { WorkflowBuilder };
export type { CapturedStack };
