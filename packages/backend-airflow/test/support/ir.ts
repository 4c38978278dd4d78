import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';

/** A workflow IR value from steps and spec fields, for tests that need exact IR. */
export function irWorkflow(name: string, steps: ReadonlyArray<Step>, spec: Partial<Workflow['spec']> = {}, metadata: Partial<Workflow['metadata']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name, ...metadata }, spec: { ...spec, steps: [...steps] } } as Workflow;
}

/** A container step running `echo <name>` unless told otherwise. */
export function container(name: string, extra: Record<string, unknown> = {}, body: Record<string, unknown> = {}): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args: [name], ...body }, ...extra } as Step;
}

/** A python script step printing its name. */
export function script(name: string, extra: Record<string, unknown> = {}, source = `print("${name}")\n`): Step {
  return { name, kind: 'script', script: { image: 'python:3.12-alpine', command: ['python3'], source }, ...extra } as Step;
}

export const output = (step: string, name = 'result') => ({ ref: 'step' as const, step, output: name });
