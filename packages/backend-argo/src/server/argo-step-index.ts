import type { ArgoTask, ArgoTemplate } from '../compile/argo-types';
import type { ArgoNodeStatus, ArgoWorkflowObject } from './argo-server-objects';

/** What Argo runs as a pod (or waits on): every other template only arranges these. */
const LEAF_FIELDS = ['container', 'script', 'resource', 'suspend', 'containerSet', 'data', 'http', 'plugin'] as const;
/** Node types that stand for one run of a leaf template: a retried step is its `Retry` node, not each attempt's pod. */
const STEP_NODE_TYPES = new Set(['Pod', 'Container', 'Retry', 'Skipped', 'Suspend', 'HTTP', 'Plugin']);

function isLeaf(template: ArgoTemplate): boolean {
  return LEAF_FIELDS.some((field) => (template as unknown as Record<string, unknown>)[field] !== undefined);
}

/** The IR step a DAG task or step stands for: the compiler's `taskNameFor` prefixes names that start with a digit. */
export function stepNameOfTask(taskName: string): string {
  return /^step-[0-9]/.test(taskName) ? taskName.slice('step-'.length) : taskName;
}

/** One node that is a run of an IR step. */
export interface ArgoStepNode {
  readonly node: ArgoNodeStatus;
  /** The IR step's name. */
  readonly stepName: string;
  /** `train`, `train[2]` for the third item of a map, `evaluate#2` for a loop's second turn: the local engine's instance ids. */
  readonly instance: string;
}

export interface ArgoStepIndex {
  /** Every IR step the workflow's templates call, in template order. */
  readonly stepNames: ReadonlyArray<string>;
  /** The nodes that ran (or skipped) a step, in the order they started. */
  readonly nodes: ReadonlyArray<ArgoStepNode>;
}

/**
 * Finds the IR steps in an Argo workflow and the nodes that ran them. A step is a task (or a
 * `steps` entry) that calls a leaf template; a node belongs to it through its `templateName`,
 * or else through its display name without the `(0:item)` / `(1)` suffixes.
 */
export function indexArgoSteps(workflow: ArgoWorkflowObject): ArgoStepIndex {
  const templates = [...(workflow.spec?.templates ?? []), ...Object.values(workflow.status?.storedTemplates ?? {})];
  const leaves = new Set(templates.filter(isLeaf).map((template) => template.name));
  const stepOfTemplate = new Map<string, string>();
  const stepNames: string[] = [];
  const addCall = (task: ArgoTask) => {
    if (!leaves.has(task.template)) return;
    const stepName = stepNameOfTask(task.name);
    if (!stepOfTemplate.has(task.template)) stepOfTemplate.set(task.template, stepName);
    if (!stepNames.includes(stepName)) stepNames.push(stepName);
  };
  for (const template of templates) {
    for (const task of template.dag?.tasks ?? []) addCall(task);
    for (const group of template.steps ?? []) for (const step of group) addCall(step);
  }
  const known = new Set(stepNames);
  const allNodes = Object.values(workflow.status?.nodes ?? {});
  const attempts = new Set(allNodes.filter((node) => node.type === 'Retry').flatMap((node) => node.children ?? []));
  const found: Array<{ node: ArgoNodeStatus; stepName: string; mapIndex: number | undefined }> = [];
  for (const node of allNodes) {
    if (!STEP_NODE_TYPES.has(node.type) || attempts.has(node.id)) continue;
    const byTemplate = node.templateName === undefined ? undefined : stepOfTemplate.get(node.templateName);
    const display = node.displayName ?? node.name.slice(node.name.lastIndexOf('.') + 1);
    const byDisplay = stepNameOfTask(display.replace(/(\([^()]*\))+$/, ''));
    const stepName = byTemplate ?? (known.has(byDisplay) ? byDisplay : undefined);
    if (stepName === undefined) continue;
    const item = /\((\d+):/.exec(display);
    found.push({ node, stepName, mapIndex: item ? Number(item[1]) : undefined });
  }
  // Loop turns nest: a later turn's node name is longer. Order by start, then nesting, then name.
  found.sort((a, b) => compareStrings(a.node.startedAt ?? '\uffff', b.node.startedAt ?? '\uffff') || a.node.name.length - b.node.name.length || compareStrings(a.node.name, b.node.name));
  const turns = new Map<string, number>();
  const byNesting = [...found].sort((a, b) => a.node.name.length - b.node.name.length || compareStrings(a.node.name, b.node.name));
  const turnOf = new Map<ArgoNodeStatus, number>();
  for (const entry of byNesting) {
    const key = `${entry.stepName}\u0000${entry.mapIndex ?? ''}`;
    const turn = (turns.get(key) ?? 0) + 1;
    turns.set(key, turn);
    turnOf.set(entry.node, turn);
  }
  const nodes = found.map(({ node, stepName, mapIndex }) => {
    const turn = turnOf.get(node)!;
    return { node, stepName, instance: `${stepName}${turn > 1 ? `#${turn}` : ''}${mapIndex === undefined ? '' : `[${mapIndex}]`}` };
  });
  return { stepNames, nodes };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
