import type { ArgoNodeStatus, ArgoWorkflowObject } from './argo-server-objects';

/** FNV-1a, 32 bits: the hash Go's `hash/fnv.New32a` computes, over the UTF-8 bytes of `text`. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const POD_NAME_FORMAT = 'workflows.argoproj.io/pod-name-format';
// Kubernetes names are at most 253 characters; Argo keeps 10 for the hash and one for the `-`.
const MAX_PREFIX = 253 - 10 - 1;

/**
 * The name of the pod Argo runs for `node`, as `GeneratePodName` in argo-workflows
 * `workflow/util/pod_name.go` computes it: the node id for the `v1` format, else
 * `<workflow>-<template>-<fnv32a(node name)>` (the default `v2`).
 */
export function argoPodName(workflow: ArgoWorkflowObject, node: ArgoNodeStatus): string {
  const workflowName = workflow.metadata.name ?? '';
  if (workflow.metadata.annotations?.[POD_NAME_FORMAT] === 'v1') return node.id;
  if (node.name === workflowName) return workflowName;
  const templateName = node.templateName || node.templateRef?.template || '';
  const prefix = (templateName ? `${workflowName}-${templateName}` : workflowName).slice(0, MAX_PREFIX);
  return `${prefix}-${fnv32a(node.name)}`;
}
