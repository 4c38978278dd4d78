import { IR_API_VERSION, WorkflowSchema, type Workflow } from '../schema/workflow';
import type { StepOutputRef } from '../schema/value';

/**
 * Tiny builders for test workflows. `workflow` parses what it builds with the schema, so a test
 * that means to exercise a validation rule cannot pass because its input was malformed.
 */

type Fields = Record<string, unknown>;

export function workflow(steps: Fields[], spec: Fields = {}, name = 'test'): Workflow {
  return WorkflowSchema.parse(unparsedWorkflow(steps, spec, name));
}

/** The same, unchecked: for values a caller may build in code without ever parsing them. */
export function unparsedWorkflow(steps: Fields[], spec: Fields = {}, name = 'test'): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { steps, ...spec } } as Workflow;
}

export function container(name: string, fields: Fields = {}, body: Fields = {}): Fields {
  return { name, kind: 'container', container: { image: 'alpine:3.20', ...body }, ...fields };
}

export function script(name: string, fields: Fields = {}, source = 'print("hi")\n'): Fields {
  return { name, kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source }, ...fields };
}

/** A container step that passes `args` to `echo`. */
export function echo(name: string, args: unknown[], fields: Fields = {}): Fields {
  return container(name, fields, { command: ['echo'], args });
}

export function output(step: string, name = 'result'): StepOutputRef {
  return { ref: 'step', step, output: name };
}

/** Declares output parameters read from files, for container and script steps. */
export function outputs(...names: string[]): Fields {
  return { outputs: { parameters: names.map((name) => ({ name, path: `/tmp/${name}` })) } };
}
