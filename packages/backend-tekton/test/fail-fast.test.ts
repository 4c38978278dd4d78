import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createTektonBackend } from '../src/index';

const container = (name: string, dependencies?: string[]) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo', name] }, ...(dependencies && { dependencies }) });
const branches = (failFast?: boolean): Workflow =>
  ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'branches' }, spec: { steps: [container('left'), container('left-2', ['left']), container('right')], ...(failFast !== undefined && { failFast }) } }) as Workflow;

const compile = (workflow: Workflow) => createTektonBackend({ validate: true }).doCompile(workflow, {});

describe('failFast on Tekton', () => {
  it('failFast: true is what a PipelineRun does anyway: the same valid file as without it', async () => {
    const [withFailFast, without] = await Promise.all([compile(branches(true)), compile(branches())]);
    expect(withFailFast.files).toEqual(without.files);
  });

  it("failFast: false is refused with Tekton's reason: a PipelineRun stops scheduling new tasks once one fails", async () => {
    const error = await compile(branches(false)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
    const problem = error.errors?.[0] ?? error;
    expect(problem.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(problem.path).toEqual(['failFast']);
    expect(problem.hint).toContain('stops scheduling new tasks once one fails');
    expect(problem.hint).toContain('failFast: true is what Tekton does anyway');
  });
});
