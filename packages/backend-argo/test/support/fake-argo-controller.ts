import type { ArgoTask, ArgoTemplate } from '../../src/compile/argo-types';
import { dependsTasks, evaluateDepends } from './depends-expression';

/** What a simulated workflow does; by default every step succeeds and prints one line. */
export interface FakeScenario {
  /** Tasks (by name) whose pods fail. */
  readonly fail?: ReadonlyArray<string>;
  /** Tasks (by name) whose pods fail the first time only: a retry of the workflow gets past them. */
  readonly failFirst?: ReadonlyArray<string>;
  /** Tasks (by name) whose `when` is false. */
  readonly skip?: ReadonlyArray<string>;
  /** How often a recursive template (an `execWhile` loop) runs before its `when` turns false. Default 2. */
  readonly loopTurns?: number;
  /** The lines a task's pods print (by task name); default `hello from <display name>`. */
  readonly logs?: Readonly<Record<string, ReadonlyArray<string>>>;
}

export interface FakeNode {
  id: string;
  name: string;
  displayName: string;
  type: string;
  templateName: string;
  phase: string;
  boundaryID?: string;
  startedAt?: string;
  finishedAt?: string | null;
  message?: string;
  children: string[];
}

export interface FakeLogLine {
  readonly podName: string;
  readonly time: string;
  readonly text: string;
}

const LEAF = ['container', 'script', 'resource', 'suspend'] as const;
const DONE = new Set(['Succeeded', 'Failed', 'Error', 'Skipped', 'Omitted']);

/** Go's `hash/fnv.New32a` over UTF-8, as Argo hashes node names into ids and pod names. */
function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

interface Invocation {
  node: FakeNode;
  template: ArgoTemplate;
  /** For a DAG: task name → node id once created. For steps: the group being run. */
  created: Map<string, string>;
  group: number;
  /** Template names on the way from the root, for loops. */
  ancestry: string[];
}

/**
 * A deterministic stand-in for Argo's workflow controller: each `tick` moves every pod one
 * phase on (Pending → Running → Succeeded or Failed), starts the tasks whose dependencies are
 * met (a `depends` expression, `dependencies`, `withItems`, `steps` groups, retry wrappers,
 * nested DAGs, `onExit`), and sets node and workflow phases as Argo does. Time is a clock that
 * advances one second per tick.
 */
export class FakeArgoController {
  readonly nodes = new Map<string, FakeNode>();
  readonly logs: FakeLogLine[] = [];
  phase = '';
  startedAt?: string;
  finishedAt?: string;
  message?: string;
  private readonly invocations: Invocation[] = [];
  private readonly templates: Map<string, ArgoTemplate>;
  private clock: number;
  private exitStarted = false;
  /** How many pods of each task (by name) have finished, for `failFirst`. */
  private readonly finishedPods = new Map<string, number>();

  constructor(
    private readonly workflowName: string,
    private readonly spec: { entrypoint: string; onExit?: string; templates: ArgoTemplate[] },
    private readonly scenario: FakeScenario = {},
    start = Date.UTC(2026, 0, 1),
  ) {
    this.templates = new Map(spec.templates.map((template) => [template.name, template]));
    this.clock = start;
  }

  get finished(): boolean {
    return DONE.has(this.phase);
  }

  private now(): string {
    return new Date(this.clock).toISOString().replace('.000Z', 'Z');
  }

  private nodeId(name: string): string {
    return name === this.workflowName ? name : `${this.workflowName}-${fnv32a(name)}`;
  }

  podName(node: FakeNode): string {
    return `${this.workflowName}-${node.templateName}-${fnv32a(node.name)}`;
  }

  tick(): void {
    if (this.finished) return;
    this.clock += 1000;
    if (this.phase === '') {
      this.phase = 'Running';
      this.startedAt = this.now();
      this.invoke(this.workflowName, this.workflowName, this.spec.entrypoint, undefined, []);
      return;
    }
    for (const node of this.nodes.values()) {
      if (node.type !== 'Pod') continue;
      if (node.phase === 'Pending') {
        node.phase = 'Running';
        node.startedAt = this.now();
        const task = node.displayName.replace(/(\([^()]*\))+$/, '');
        for (const text of this.scenario.logs?.[task] ?? [`hello from ${node.displayName}`]) this.logs.push({ podName: this.podName(node), time: this.now(), text });
      } else if (node.phase === 'Running') {
        const task = node.displayName.replace(/(\([^()]*\))+$/, '');
        const runs = this.finishedPods.get(task) ?? 0;
        this.finishedPods.set(task, runs + 1);
        const failed = this.scenario.fail?.includes(task) || (runs === 0 && this.scenario.failFirst?.includes(task));
        this.finish(node, failed ? 'Failed' : 'Succeeded', failed ? 'Error (exit code 1)' : undefined);
      }
    }
    for (const invocation of [...this.invocations]) if (invocation.node.phase === 'Running') this.advance(invocation);
    const root = this.nodes.get(this.workflowName)!;
    if (!DONE.has(root.phase)) return;
    if (this.spec.onExit && !this.exitStarted) {
      this.exitStarted = true;
      this.invoke(`${this.workflowName}.onExit`, `${this.workflowName}.onExit`, this.spec.onExit, undefined, []);
      return;
    }
    const exit = this.nodes.get(this.nodeId(`${this.workflowName}.onExit`));
    if (exit && !DONE.has(exit.phase)) return;
    this.phase = root.phase === 'Succeeded' && (!exit || exit.phase === 'Succeeded') ? 'Succeeded' : 'Failed';
    if (this.phase === 'Failed') this.message = root.message ?? 'exit handler failed';
    this.finishedAt = this.now();
  }

  private addNode(name: string, displayName: string, type: string, templateName: string, phase: string, parent: FakeNode | undefined): FakeNode {
    const node: FakeNode = { id: this.nodeId(name), name, displayName, type, templateName, phase, children: [], ...(parent && { boundaryID: parent.id }) };
    if (phase !== 'Pending' || type !== 'Pod') node.startedAt = this.now();
    this.nodes.set(node.id, node);
    parent?.children.push(node.id);
    return node;
  }

  private finish(node: FakeNode, phase: string, message?: string): void {
    node.phase = phase;
    node.finishedAt = this.now();
    if (message !== undefined) node.message = message;
  }

  /** Starts `templateName` as node `name`: a pod for a leaf (inside a Retry node when it retries), else a DAG or Steps node. */
  private invoke(name: string, displayName: string, templateName: string, parent: FakeNode | undefined, ancestry: string[]): FakeNode {
    const template = this.templates.get(templateName);
    if (!template) throw new Error(`template ${templateName} not found`);
    if (LEAF.some((field) => template[field] !== undefined)) {
      if (template.retryStrategy) {
        const retry = this.addNode(name, displayName, 'Retry', templateName, 'Running', parent);
        this.addNode(`${name}(0)`, `${displayName}(0)`, 'Pod', templateName, 'Pending', retry);
        this.invocations.push({ node: retry, template, created: new Map(), group: 0, ancestry });
        return retry;
      }
      return this.addNode(name, displayName, template.suspend ? 'Suspend' : 'Pod', templateName, 'Pending', parent);
    }
    const node = this.addNode(name, displayName, template.dag ? 'DAG' : 'Steps', templateName, 'Running', parent);
    this.invocations.push({ node, template, created: new Map(), group: 0, ancestry: [...ancestry, templateName] });
    return node;
  }

  /** Starts one task (or step) under `parent`: skipped, omitted, over items, or run. */
  private startTask(invocation: Invocation, task: ArgoTask, name: string, parent: FakeNode, omitted: boolean): string {
    const skipped = task.when !== undefined && (this.scenario.skip?.includes(task.name) || invocation.ancestry.filter((entry) => entry === task.template).length >= (this.scenario.loopTurns ?? 2));
    if (omitted || skipped) {
      const node = this.addNode(name, task.name, 'Skipped', task.template, omitted ? 'Omitted' : 'Skipped', parent);
      this.finish(node, omitted ? 'Omitted' : 'Skipped', omitted ? 'omitted: depends condition not met' : `when '${task.when}' evaluated false`);
      return node.id;
    }
    if (task.withItems) {
      const group = this.addNode(name, task.name, 'TaskGroup', task.template, 'Running', parent);
      task.withItems.forEach((item, index) => {
        const label = typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : JSON.stringify(item);
        this.invoke(`${name}(${index}:${label})`, `${task.name}(${index}:${label})`, task.template, group, invocation.ancestry);
      });
      this.invocations.push({ node: group, template: { name: task.template }, created: new Map(), group: 0, ancestry: invocation.ancestry });
      return group.id;
    }
    return this.invoke(name, task.name, task.template, parent, invocation.ancestry).id;
  }

  private phaseOfChildren(node: FakeNode): { done: boolean; failed: FakeNode | undefined } {
    const children = node.children.map((id) => this.nodes.get(id)!);
    return { done: children.every((child) => DONE.has(child.phase)), failed: children.find((child) => child.phase === 'Failed' || child.phase === 'Error') };
  }

  private advance(invocation: Invocation): void {
    const { node, template } = invocation;
    if (template.dag) {
      const phaseOf = (task: string) => {
        const id = invocation.created.get(task);
        const phase = id === undefined ? undefined : this.nodes.get(id)!.phase;
        return phase !== undefined && DONE.has(phase) ? phase : undefined;
      };
      for (const task of template.dag.tasks) {
        if (invocation.created.has(task.name)) continue;
        const expression = task.depends ?? (task.dependencies ?? []).join(' && ');
        const needs = expression === '' ? [] : dependsTasks(expression);
        if (needs.some((need) => phaseOf(need) === undefined)) continue;
        const omitted = expression !== '' && !evaluateDepends(expression, phaseOf);
        invocation.created.set(task.name, this.startTask(invocation, task, `${node.name}.${task.name}`, node, omitted));
      }
      if (invocation.created.size < template.dag.tasks.length) return;
    } else if (template.steps) {
      const groupNode = node.children.length > invocation.group ? this.nodes.get(node.children[invocation.group]!)! : undefined;
      if (groupNode === undefined) {
        const groupName = `${node.name}[${invocation.group}]`;
        const created = this.addNode(groupName, `[${invocation.group}]`, 'StepGroup', template.name, 'Running', node);
        for (const step of template.steps[invocation.group]!) this.startTask(invocation, step, `${groupName}.${step.name}`, created, false);
        return;
      }
      const state = this.phaseOfChildren(groupNode);
      if (!state.done) return;
      this.finish(groupNode, state.failed ? 'Failed' : 'Succeeded');
      if (!state.failed && ++invocation.group < template.steps.length) return;
    }
    const { done, failed } = this.phaseOfChildren(node);
    if (!done) return;
    this.finish(node, failed ? 'Failed' : 'Succeeded', failed ? `child '${failed.id}' failed` : undefined);
  }

  /**
   * `argo retry`, as `FormulateRetryWorkflow` does it (workflow/util/util.go) for DAGs: the
   * failed pods, and with `restartSuccessful` the nodes `nodeFieldSelector` matches (`key=value`
   * pairs joined by commas, on `displayName`, `templateName`, `phase`, `name`, `id`), are
   * deleted with the tasks they ran for; the nodes above them and the workflow run again, and
   * the exit handler starts over. Succeeded nodes elsewhere are kept, so their pods do not run
   * again.
   *
   * @returns why the retry is refused, as Argo words it, or undefined when it is done.
   */
  retry(restartSuccessful: boolean, nodeFieldSelector: string): string | undefined {
    if (this.phase === 'Succeeded') {
      if (!restartSuccessful || nodeFieldSelector === '') return 'To retry a succeeded workflow, set the options restartSuccessful and nodeFieldSelector';
    } else if (this.phase !== 'Failed' && this.phase !== 'Error') return `Cannot retry a workflow in phase ${this.phase}`;
    const wanted = nodeFieldSelector === '' ? [] : nodeFieldSelector.split(',').map((pair) => pair.split('=') as [string, string]);
    const matches = (node: FakeNode) =>
      restartSuccessful && wanted.length > 0 && wanted.every(([key, value]) => ({ displayName: node.displayName, templateName: node.templateName, phase: node.phase, name: node.name, id: node.id })[key] === value);
    const parentOf = (node: FakeNode) => (node.boundaryID === undefined ? undefined : this.nodes.get(node.boundaryID));
    const doomed = new Set<string>();
    const reset = new Set<string>();
    const remove = (node: FakeNode) => {
      doomed.add(node.id);
      for (const child of node.children) remove(this.nodes.get(child)!);
    };
    for (const node of [...this.nodes.values()]) {
      const failedPod = node.type === 'Pod' && (node.phase === 'Failed' || node.phase === 'Error');
      if (!(failedPod || matches(node)) || doomed.has(node.id)) continue;
      // A pod of a retried template belongs to its Retry node: the task starts over from there.
      const parent = parentOf(node);
      const task = parent?.type === 'Retry' ? parent : node;
      remove(task);
      for (let above = parentOf(task); above !== undefined; above = parentOf(above)) reset.add(above.id);
    }
    const exit = this.nodes.get(this.nodeId(`${this.workflowName}.onExit`));
    if (exit) remove(exit);
    for (const id of doomed) this.nodes.delete(id);
    for (const node of this.nodes.values()) node.children = node.children.filter((child) => !doomed.has(child));
    for (const invocation of this.invocations) for (const [task, id] of invocation.created) if (doomed.has(id)) invocation.created.delete(task);
    this.invocations.splice(0, this.invocations.length, ...this.invocations.filter((invocation) => !doomed.has(invocation.node.id)));
    // Every node above a deleted one runs again: its DAG starts the deleted tasks anew.
    for (const id of reset) {
      const node = this.nodes.get(id);
      if (!node) continue;
      node.phase = 'Running';
      node.finishedAt = null;
      delete node.message;
    }
    this.phase = 'Running';
    delete this.finishedAt;
    delete this.message;
    this.exitStarted = false;
    return undefined;
  }

  /** The workflow's `status`, as the Argo Server returns it. */
  status(): Record<string, unknown> {
    if (this.phase === '') return {};
    return {
      phase: this.phase,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt ?? null,
      ...(this.message !== undefined && { message: this.message }),
      progress: `${[...this.nodes.values()].filter((node) => node.type === 'Pod' && node.phase === 'Succeeded').length}/${[...this.nodes.values()].filter((node) => node.type === 'Pod').length}`,
      nodes: Object.fromEntries([...this.nodes.values()].map((node) => [node.id, { ...node, finishedAt: node.finishedAt ?? null, children: node.children.length > 0 ? node.children : undefined }])),
    };
  }
}
