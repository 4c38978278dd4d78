/**
 * Names in scope for `argo lint`'s variable check, plus wildcards (`item.*` under `withParam`).
 * A scope extends its parent by reference, not by copy: each task of a DAG gets its own scope
 * over the template's, so copying would cost tasks × names.
 */
export class Scope {
  private readonly keys = new Set<string>();
  /** Every `a.` and `a.b.` that starts a key: "does anything live under this path?" in one lookup. */
  private readonly parents = new Set<string>();
  private readonly prefixes: string[] = [];

  constructor(private readonly parent?: Scope) {}

  /** Keys not yet in `parents`: most scopes are never asked what lives under a path. */
  private unindexed: string[] = [];

  add(key: string): this {
    this.keys.add(key);
    this.unindexed.push(key);
    return this;
  }

  addPrefix(prefix: string): this {
    this.prefixes.push(prefix);
    return this;
  }

  /** A simple tag must name a variable exactly. */
  has(key: string): boolean {
    return this.keys.has(key) || this.prefixes.some((prefix) => key.startsWith(prefix)) || (this.parent?.has(key) ?? false);
  }

  /** An expression may also read a whole map (`inputs.parameters`, `tasks['a'].outputs`). */
  hasOrContains(path: string): boolean {
    return this.has(path) || this.contains(`${path}.`);
  }

  /** Something in scope lives under `withDot` (a path ending in a dot). */
  protected contains(withDot: string): boolean {
    for (const key of this.unindexed) {
      for (let dot = key.indexOf('.'); dot !== -1; dot = key.indexOf('.', dot + 1)) this.parents.add(key.slice(0, dot + 1));
    }
    this.unindexed = [];
    if (this.parents.has(withDot)) return true;
    if (this.prefixes.some((prefix) => prefix.startsWith(withDot) || withDot.startsWith(prefix))) return true;
    return this.parent?.contains(withDot) ?? false;
  }
}

/** What a DAG tells the scope of one of its tasks: which tasks it waits for, and their outputs. */
export interface TaskGraph {
  /** True when the DAG has a task of this name. */
  readonly hasTask: (task: string) => boolean;
  /** True when the DAG has any task. */
  readonly hasTasks: boolean;
  /** True when `task` waits, directly or not, for `ancestor`. */
  readonly isAncestor: (task: string, ancestor: string) => boolean;
  /** The outputs of `task` another task may read (`tasks.<task>.…`), built once per task. */
  readonly outputsOf: (task: string) => Scope;
  /** True when `task` waits for at least one task. */
  readonly hasDependencies: (task: string) => boolean;
}

/**
 * The scope of one DAG task: its template's, plus `tasks.<name>.…` of every task it waits for,
 * looked up when a tag reads one rather than listed for every task (tasks × ancestors). Without
 * a task, the scope of the DAG template's own outputs, where every task's outputs are.
 */
export class TaskScope extends Scope {
  constructor(
    parent: Scope,
    private readonly task: string | undefined,
    private readonly graph: TaskGraph,
  ) {
    super(parent);
  }

  private reads(name: string): boolean {
    return this.task === undefined ? this.graph.hasTask(name) : this.graph.isAncestor(this.task, name);
  }

  /** The task a `tasks.<name>…` key reads, or undefined for other keys. */
  private static taskOf(key: string): string | undefined {
    if (!key.startsWith('tasks.')) return undefined;
    const dot = key.indexOf('.', 6);
    return dot === -1 ? key.slice(6) : key.slice(6, dot);
  }

  override has(key: string): boolean {
    const name = TaskScope.taskOf(key);
    if (name !== undefined && this.reads(name) && this.graph.outputsOf(name).has(key)) return true;
    return super.has(key);
  }

  protected override contains(withDot: string): boolean {
    if (withDot === 'tasks.' && (this.task === undefined ? this.graph.hasTasks : this.graph.hasDependencies(this.task))) return true;
    const name = TaskScope.taskOf(withDot);
    if (name !== undefined && name !== '' && this.reads(name) && this.graph.outputsOf(name).hasOrContains(withDot.slice(0, -1))) return true;
    return super.contains(withDot);
  }
}

/**
 * Ancestry and outputs of a DAG's tasks, answered when a tag asks. A task usually reads a task
 * it names in its dependencies (one lookup); another ancestor is searched for upwards, never
 * below it in the topological order (`finished`, absent when the DAG has a cycle).
 */
export function dagTaskGraph(dependencies: Map<string, string[]>, finished: Map<string, number> | undefined, buildOutputs: (task: string) => Scope): TaskGraph {
  const direct = new Map([...dependencies].map(([name, names]) => [name, new Set(names)]));
  const outputs = new Map<string, Scope>();
  return {
    hasTask: (task) => dependencies.has(task),
    hasTasks: dependencies.size > 0,
    hasDependencies: (task) => (dependencies.get(task)?.length ?? 0) > 0,
    outputsOf(task) {
      let scope = outputs.get(task);
      if (!scope) {
        scope = buildOutputs(task);
        outputs.set(task, scope);
      }
      return scope;
    },
    isAncestor(task, ancestor) {
      if (task === ancestor || !dependencies.has(ancestor)) return false;
      if (direct.get(task)?.has(ancestor)) return true;
      const floor = finished?.get(ancestor);
      if (floor !== undefined && floor >= finished!.get(task)!) return false;
      const seen = new Set<string>();
      const stack = [...(dependencies.get(task) ?? [])];
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (next === ancestor) return true;
        if (seen.has(next) || next === task || (floor !== undefined && finished!.get(next)! < floor)) continue;
        seen.add(next);
        stack.push(...(dependencies.get(next) ?? []));
      }
      return false;
    },
  };
}
