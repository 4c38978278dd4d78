import { describe, expect, test } from 'vitest';
import { argoPodName, fnv32a } from './argo-pod-name';
import type { ArgoNodeStatus } from './argo-server-objects';

const node = (fields: Partial<ArgoNodeStatus>): ArgoNodeStatus => ({ id: 'wf-1', name: 'wf.main', type: 'Pod', ...fields });

describe('argoPodName', () => {
  test('fnv32a is Go\'s hash/fnv New32a (reference values)', () => {
    expect(fnv32a('')).toBe(2166136261);
    expect(fnv32a('a')).toBe(3826002220);
    // TestPodNameV2 in argo-workflows hashes "nodename".
    expect(fnv32a('nodename')).toBe(1454367246);
    expect(fnv32a('héllo')).toBe(1252296000);
  });

  test('v2 (default): <workflow>-<template>-<hash of the node name>', () => {
    const workflow = { metadata: { name: 'wfname' } };
    expect(argoPodName(workflow, node({ name: 'nodename', templateName: 'templatename' }))).toBe('wfname-templatename-1454367246');
    expect(argoPodName(workflow, node({ name: 'nodename', templateRef: { name: 'lib', template: 'templatename' } }))).toBe('wfname-templatename-1454367246');
    expect(argoPodName(workflow, node({ name: 'wfname', templateName: 'main' }))).toBe('wfname');
  });

  test('v1 by annotation: the node id', () => {
    expect(argoPodName({ metadata: { name: 'wf', annotations: { 'workflows.argoproj.io/pod-name-format': 'v1' } } }, node({ id: 'wf-123' }))).toBe('wf-123');
  });

  test('a long prefix is cut to 242 characters before the hash', () => {
    const name = argoPodName({ metadata: { name: 'w'.repeat(200) } }, node({ name: 'nodename', templateName: 't'.repeat(100) }));
    expect(name).toBe(`${`${'w'.repeat(200)}-${'t'.repeat(100)}`.slice(0, 242)}-1454367246`);
  });
});
