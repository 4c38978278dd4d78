import type { Step, Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { simulateArgo, type LeafRun } from '../../test/support/simulate-argo';
import { ARGO_CACHE_KEY_PATTERN } from './map-memoize';

type Json = Record<string, unknown>;

/** The workflow: a cached step whose argument reads workflow parameter `n`. */
function slow(extra: Partial<Step> = {}, parameters: Workflow['spec']['parameters'] = [{ name: 'n', default: '1' }]): Workflow {
  return irWorkflow('cached', [container('slow', { container: { image: 'alpine:3.20', command: ['sh', '-c'], args: ['sleep 5; echo', { ref: 'parameter', name: 'n' }] }, cache: { ttlSeconds: 3600 }, ...extra })], { parameters });
}

/** The memoize keys Argo looks up, in run order, when `workflow` runs with `args` (`-p name=value`). */
function keysOf(workflow: Workflow, args: Record<string, string> = {}, workflowName?: string): string[] {
  const keys: string[] = [];
  const record = (run: LeafRun) => {
    if (run.memoize) keys.push((run.memoize as { key: string }).key);
    return {};
  };
  simulateArgo(compileChecked(workflow).document as unknown as Json, record, { arguments: args, ...(workflowName !== undefined && { workflowName }) });
  for (const key of keys) expect(key, 'a key Argo accepts').toMatch(ARGO_CACHE_KEY_PATTERN);
  return keys;
}

describe('memoize keys', () => {
  it('change with a workflow parameter the step reads, and match for the same value', () => {
    const workflow = slow();
    const [one] = keysOf(workflow, { n: '1' });
    const [two] = keysOf(workflow, { n: '2' });
    const [again] = keysOf(workflow, { n: '1' });
    expect(two).not.toBe(one);
    expect(again).toBe(one);
    // The default counts as the value when nothing is submitted.
    expect(keysOf(workflow)[0]).toBe(one);
    // The argument reads the value through the same input parameter the key hashes.
    expect(compileChecked(workflow).template('slow').container!.args).toEqual(['sleep 5; echo', '{{inputs.parameters.parameter-n}}']);
  });

  it('change with the image, command, arguments and script source', () => {
    const base = keysOf(slow(), { n: '1' })[0];
    const variants: Array<Partial<Step>> = [
      { container: { image: 'alpine:3.21', command: ['sh', '-c'], args: ['sleep 5; echo', { ref: 'parameter', name: 'n' }] } },
      { container: { image: 'alpine:3.20', command: ['bash', '-c'], args: ['sleep 5; echo', { ref: 'parameter', name: 'n' }] } },
      { container: { image: 'alpine:3.20', command: ['sh', '-c'], args: ['sleep 6; echo', { ref: 'parameter', name: 'n' }] } },
    ];
    const keys = variants.map((variant) => keysOf(slow(variant), { n: '1' })[0]);
    expect(new Set([base, ...keys]).size).toBe(4);
    const script = (source: string) => slow({ kind: 'script', container: undefined, script: { image: 'python:3.12', command: ['python'], source, args: [{ ref: 'parameter', name: 'n' }] } } as never);
    expect(keysOf(script('print(1)'), { n: '1' })[0]).not.toBe(keysOf(script('print(2)'), { n: '1' })[0]);
  });

  it('hash hostile values, so no value can break the key, and read any parameter name', () => {
    const hostile = ["{{workflow.name}}", "it's \"quoted\"", 'two\nlines', '}}', '\\', 'ünïcødé', 'x'.repeat(10_000)];
    const keys = hostile.map((value) => keysOf(slow({}, [{ name: 'n' }]), { n: value })[0]);
    expect(new Set(keys).size).toBe(hostile.length);
    // A name with `-` or `.`: read as inputs.parameters['…'] in the expression.
    for (const name of ['a-b', 'a.b', 'a_b']) {
      const workflow = slow({ container: { image: 'alpine:3.20', args: [{ ref: 'parameter', name }] } }, [{ name, default: 'x' }]);
      expect(keysOf(workflow, { [name]: 'x' })[0]).not.toBe(keysOf(workflow, { [name]: 'y' })[0]);
    }
  });

  it('change with workflow facts, env values and items; stay with excluded parts only', () => {
    const named = slow({ container: { image: 'alpine:3.20', args: [{ ref: 'workflow', field: 'name' }] } });
    expect(keysOf(named, {}, 'run-1')[0]).not.toBe(keysOf(named, {}, 'run-2')[0]);
    const env = (extra: Partial<Step>) => slow({ container: { image: 'alpine:3.20', args: ['run'] }, env: [{ name: 'SEED', value: { ref: 'parameter', name: 'n' } }], ...extra });
    expect(keysOf(env({}), { n: '1' })[0]).not.toBe(keysOf(env({}), { n: '2' })[0]);
    // Excluded as the local engine excludes: by env name (or `env.SEED`).
    for (const name of ['SEED', 'env.SEED']) {
      const excluded = env({ cache: { ttlSeconds: 3600, excludeInputs: [name] } });
      expect(keysOf(excluded, { n: '1' })[0]).toBe(keysOf(excluded, { n: '2' })[0]);
    }
    // Still read by the arguments: the value stays in the key.
    const both = slow({ env: [{ name: 'SEED', value: { ref: 'parameter', name: 'n' } }], cache: { ttlSeconds: 3600, excludeInputs: ['SEED'] } });
    expect(keysOf(both, { n: '1' })[0]).not.toBe(keysOf(both, { n: '2' })[0]);
    const mapped = irWorkflow('mapped', [container('each', { container: { image: 'alpine:3.20', args: [{ ref: 'item' }] }, map: { items: ['a', 'b', 'a'] }, cache: { ttlSeconds: 60 } })]);
    const [a, b, again] = keysOf(mapped);
    expect(a).not.toBe(b);
    expect(again).toBe(a);
  });

  it('key an exit-handler step by the workflow status it reads', () => {
    const workflow = irWorkflow('bye', [container('work')], {
      onExit: [container('notify', { container: { image: 'alpine:3.20', args: [{ concat: ['status=', { ref: 'workflow', field: 'status' }] }] }, cache: { ttlSeconds: 60 } })],
    });
    const keys = (phase: 'Failed' | 'Succeeded') => {
      const seen: string[] = [];
      const { trace } = simulateArgo(compileChecked(workflow).document as unknown as Json, (run) => {
        if (run.memoize) seen.push((run.memoize as { key: string }).key);
        return run.template === 'work' ? { phase } : {};
      });
      expect(trace.at(-1)!.run.argv!.at(-1)).toBe(`status=${phase}`);
      return seen;
    };
    expect(keys('Failed')[0]).toMatch(ARGO_CACHE_KEY_PATTERN);
    expect(keys('Failed')).not.toEqual(keys('Succeeded'));
  });

  it('refuse an input artifact from another step unless it is excluded: Argo knows no identity of its content', () => {
    const steps = (cache: Step['cache']) => [
      container('produce', { outputs: { artifacts: [{ name: 'data', path: '/data' }] } }),
      container('consume', { dependencies: ['produce'], inputs: { artifacts: [{ name: 'data', path: '/data', from: { step: 'produce', output: 'data' } }] }, cache }),
    ];
    const error = thrown(() => compileChecked(irWorkflow('files', steps({ ttlSeconds: 60 }))));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'consume', 'cache'] });
    expect(error.message).toContain('reads artifact "data" from step "produce"');
    expect(error.hint).toContain('cache.excludeInputs');
    expect(compileChecked(irWorkflow('files', steps({ ttlSeconds: 60, excludeInputs: ['data'] }))).template('consume').memoize).toBeDefined();
    // A workflow-wide default is refused at the workflow's cache, naming the step.
    const wide = irWorkflow('files', steps(undefined), { cache: { ttlSeconds: 60 } });
    expect(thrown(() => compileChecked(wide))).toMatchObject({ path: ['cache'], stepIds: ['consume'] });
  });
});
