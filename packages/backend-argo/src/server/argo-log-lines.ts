import type { ArgoWorkflowObject } from './argo-server-objects';
import { argoPodName } from './argo-pod-name';
import { indexArgoSteps, type ArgoStepNode } from './argo-step-index';

/** Which step instance each pod of a workflow ran: retried steps have one pod per attempt. */
export function podsOfSteps(workflow: ArgoWorkflowObject): Map<string, ArgoStepNode> {
  const nodes = workflow.status?.nodes ?? {};
  const pods = new Map<string, ArgoStepNode>();
  for (const step of indexArgoSteps(workflow).nodes) {
    const attempts = step.node.type === 'Retry' ? (step.node.children ?? []).map((id) => nodes[id]).filter((node) => node !== undefined) : [step.node];
    for (const node of attempts) pods.set(argoPodName(workflow, node), step);
  }
  return pods;
}

const TIMESTAMPED = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)) ?(.*)$/s;

/** Splits the RFC 3339 time Kubernetes puts before a line with `timestamps=true`. */
export function splitTimestamp(content: string): { time?: string; text: string } {
  const match = TIMESTAMPED.exec(content);
  return match ? { time: match[1]!, text: match[2]! } : { text: content };
}
