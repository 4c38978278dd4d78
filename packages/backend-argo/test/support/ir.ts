import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';

/** A workflow IR value from steps and spec fields, for tests that need exact IR. */
export function irWorkflow(name: string, steps: ReadonlyArray<Partial<Step> & { name: string }>, spec: Partial<Workflow['spec']> = {}, metadata: Partial<Workflow['metadata']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name, ...metadata }, spec: { ...spec, steps: steps as Step[] } } as Workflow;
}

/** A container step running `echo <name>` unless told otherwise. */
export function container(name: string, extra: Record<string, unknown> = {}): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args: [name] }, ...extra } as Step;
}
