import { CoulerError, type Workflow } from '@couler/ir';
import { assertBackendConformance, conformanceWorkflows } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { readFlowchart } from './__fixtures__/read-flowchart';
import { container, hostileWorkflow, showcaseWorkflow, workflow } from './__fixtures__/workflows';
import { createMermaidBackend, mermaid } from './mermaid-backend';

async function compile(target: Workflow, backend = mermaid, settings?: Record<string, unknown>) {
  return backend.doCompile(target, settings ? { settings } : {});
}

async function compileError(promise: PromiseLike<unknown>): Promise<CoulerError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`Expected a CoulerError, got ${String(error)}`);
  return error;
}

describe('mermaid backend', () => {
  it('passes the BackendV1 conformance checks of @couler/ir/test, top-down and left-to-right', async () => {
    await assertBackendConformance(mermaid);
    await assertBackendConformance(createMermaidBackend({ direction: 'LR' }));
  });

  it('identifies itself as a v1 backend named "mermaid"', () => {
    expect(mermaid.specificationVersion).toBe('v1');
    expect(mermaid.backendId).toBe('mermaid');
    expect(mermaid.capabilities).toContain('when');
    expect(mermaid.capabilities).not.toContain('depends-expression');
  });

  it('draws the diamond as a -> b, a -> c, b -> d, c -> d in <name>.mmd, with no warnings', async () => {
    const result = await compile(conformanceWorkflows.diamond!);
    expect(result.warnings).toEqual([]);
    expect(result.files.map((file) => file.path)).toEqual(['diamond.mmd']);
    const chart = readFlowchart(result.files[0]!.contents);
    expect(chart.direction).toBe('TD');
    expect(chart.nodes.map((node) => node.lines)).toEqual(
      ['a', 'b', 'c', 'd'].map((name) => [name, 'container · alpine:3.20']),
    );
    expect(chart.edgeNames().sort()).toEqual(['a -> b', 'a -> c', 'b -> d', 'c -> d']);
    expect(chart.edges.every((edge) => !edge.dotted)).toBe(true);
  });

  it('refuses a depends expression with UNSUPPORTED_BY_BACKEND naming the construct, the step and the backend', async () => {
    const target = workflow('fallback', [
      container('train'),
      container('fallback', { depends: 'train.Failed' }),
      container('report', { dependencies: ['train'] }),
    ]);
    const error = await compileError(compile(target));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('mermaid');
    expect(error.message).toContain('"depends-expression"');
    expect(error.message).toContain('"fallback"');
    expect(error.path).toEqual(['steps', 'fallback', 'depends']);
    expect(error.stepIds).toEqual(['fallback']);
  });

  it('lists every refused use at once when several steps use depends', async () => {
    const target = workflow('two', [container('a'), container('b', { depends: 'a' }), container('c', { depends: 'a || b' })]);
    const error = await compileError(compile(target));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.errors?.map((inner) => inner.stepIds)).toEqual([['b'], ['c']]);
  });

  it('answers a value that is not a workflow with a located CoulerError, not a crash', async () => {
    const broken = workflow('broken', [container('a'), { name: 'b', kind: 'container' }]);
    const error = await compileError(compile(broken));
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.path).toEqual(['steps', 'b', 'container']);
  });

  it('compiles the same workflow to byte-identical files, whatever order its steps were written in', async () => {
    const steps = [
      container('d', { dependencies: ['b', 'c'] }),
      container('c', { dependencies: ['a'] }),
      container('a'),
      container('b', { dependencies: ['a'] }),
    ];
    const first = await compile(workflow('diamond', steps));
    const second = await compile(workflow('diamond', steps));
    const reordered = await compile(workflow('diamond', [...steps].reverse()));
    expect(second.files[0]!.contents).toBe(first.files[0]!.contents);
    expect(reordered.files[0]!.contents).toBe(first.files[0]!.contents);
    expect((await compile(conformanceWorkflows.diamond!)).files[0]!.contents).toBe(first.files[0]!.contents);
  });

  it('keeps the file inside the output directory whatever the workflow is called', async () => {
    const result = await compile(hostileWorkflow);
    expect(result.files.map((file) => file.path)).toEqual(['etc-passwd.mmd']);
    const unnamed = await compile(workflow('%%%', [container('a')]));
    expect(unnamed.files[0]!.path).toBe('workflow.mmd');
  });

  it('draws left-to-right when asked, by the factory or per compile', async () => {
    const diamond = conformanceWorkflows.diamond!;
    const lr = createMermaidBackend({ direction: 'LR' });
    expect(readFlowchart((await compile(diamond, lr)).files[0]!.contents).direction).toBe('LR');
    expect(readFlowchart((await compile(diamond, mermaid, { direction: 'LR' })).files[0]!.contents).direction).toBe('LR');
    expect(readFlowchart((await compile(diamond, lr, { direction: 'TD' })).files[0]!.contents).direction).toBe('TD');
  });

  it('rejects a direction Mermaid does not have, saying which ones it has', async () => {
    expect(() => createMermaidBackend({ direction: 'BT' as 'TD' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_FIELD', path: ['direction'], message: expect.stringContaining('"TD" or "LR"') }),
    );
    const error = await compileError(compile(conformanceWorkflows.diamond!, mermaid, { direction: 'sideways' }));
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.path).toEqual(['settings', 'direction']);
  });
});

describe('mermaid backend output', () => {
  it('matches the reviewed golden file for a workflow using every construct it draws', async () => {
    const result = await compile(showcaseWorkflow);
    expect(result.warnings).toEqual([]);
    expect(result.files[0]!.path).toBe('showcase.mmd');
    await expect(result.files[0]!.contents).toMatchFileSnapshot('./__snapshots__/showcase.mmd');
  });
});
