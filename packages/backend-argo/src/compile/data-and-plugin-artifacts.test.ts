import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { simulateArgo } from '../../test/support/simulate-argo';

type Json = Record<string, unknown>;
const HOSTILE = ['filter(data, {# endsWith "{{workflow.name}}"})', "map(data, {# + '$(id)' + \"`id` {% x %}\"})", 'filter(data, {# contains "\\\\ ü ✓"})', 'map(data,\n  {# + "{{=1+1}}"})'];
const s3 = { type: 's3', bucket: 'ml', key: 'raw/images', endpoint: 'minio:9000', insecure: true };
const plugin = (configuration: string, key: unknown = 'models/model.tgz') => ({ type: 'plugin', name: 'acme-store', configuration, key, connectionTimeoutSeconds: 30 });

function dataWorkflow(expressions: string[], location: unknown = s3, extra: Record<string, unknown> = {}): Workflow {
  return irWorkflow('listing', [
    { name: 'files', kind: 'data', data: { source: { artifactPaths: location }, transformation: expressions.map((expression) => ({ expression })) }, ...extra } as never,
    container('each', { map: { from: { ref: 'step', step: 'files', output: 'result' } }, container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }] } }),
  ]);
}

describe('data steps on Argo', () => {
  it('become a data template listing the location, its expressions reaching the executor as written after Argo substitutes the template', () => {
    const checked = compileChecked(dataWorkflow(HOSTILE));
    const data = checked.template('files').data!;
    expect(data.source.artifactPaths).toEqual({ name: 'files', s3: { endpoint: 'minio:9000', bucket: 'ml', insecure: true, key: 'raw/images' } });
    expect(checked.template('files').container).toBeUndefined();
    // Argo's tags in the user's text are escaped in the file…
    expect(data.transformation[0]!.expression).not.toContain('{{workflow.name}}');
    // …and the controller's substitution gives the executor the expressions themselves.
    const { trace } = simulateArgo(checked.document as unknown as Json, (run) => (run.kind === 'data' ? { result: '["a.png","b.png"]' } : {}));
    const listed = trace.find((entry) => entry.run.kind === 'data')!.run.data as { transformation: Array<{ expression: string }> };
    expect(listed.transformation.map((each) => each.expression)).toEqual(HOSTILE);
    // The list is the step's result: a map fans out over it.
    expect(trace.filter((entry) => entry.run.template === 'each').map((entry) => entry.run.argv)).toEqual([['echo', 'a.png'], ['echo', 'b.png']]);
  });

  it('keeps the expressions as written in a retried template too, which Argo substitutes once more per attempt', () => {
    const checked = compileChecked(dataWorkflow(HOSTILE, s3, { retry: { limit: 2 } }));
    expect(checked.template('files').retryStrategy).toBeDefined();
    const { trace } = simulateArgo(checked.document as unknown as Json, (run) => (run.kind === 'data' ? { result: '[]' } : {}));
    const listed = trace.find((entry) => entry.run.kind === 'data')!.run.data as { transformation: Array<{ expression: string }> };
    expect(listed.transformation.map((each) => each.expression)).toEqual(HOSTILE);
  });

  it('lists a plugin location, and writes no transformation when none is given', () => {
    const data = compileChecked(dataWorkflow([], plugin('bucket: ml\n'))).template('files').data!;
    expect(data).toEqual({ source: { artifactPaths: { name: 'files', plugin: { name: 'acme-store', configuration: 'bucket: ml\n', key: 'models/model.tgz', connectionTimeoutSeconds: 30 } } }, transformation: [] });
  });

  it("refuses an HDFS location with Argo's reason: its HDFS driver cannot list", async () => {
    const compiling = createArgoBackend().doCompile(dataWorkflow([], { type: 'hdfs', addresses: ['namenode:8020'], path: '/raw' }), {});
    await expect(compiling).rejects.toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'files', 'data', 'source', 'artifactPaths'], message: expect.stringContaining("Argo's HDFS driver cannot list") });
  });
});

describe('artifact driver plugin artifacts on Argo', () => {
  const configuration = "endpoint: https://store.acme.io\ntoken: '{{workflow.parameters.x}}' $(id) `id`\npath: C:\\data\nü: \"{% raw %}\"\n";
  const pluginWorkflow = (location: unknown) =>
    irWorkflow('plugins', [
      container('write', { outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } }),
      container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'model', path: '/in/model', location }] } }),
    ]);

  it("writes plugin: { name, configuration, key } on outputs and inputs, valid for Argo, the configuration reaching the plugin unchanged and the run's id in a per-run key", () => {
    const checked = compileChecked(pluginWorkflow(plugin(configuration, { concat: ['runs/', { ref: 'workflow', field: 'uid' }, '/model.tgz'] })));
    const written = checked.template('write').outputs!.artifacts![0]!.plugin!;
    expect(checked.template('read').inputs!.artifacts![0]!.plugin).toEqual(written);
    expect(written).toMatchObject({ name: 'acme-store', key: 'runs/{{workflow.uid}}/model.tgz', connectionTimeoutSeconds: 30 });
    expect(written.configuration).not.toBe(configuration);
    const { trace } = simulateArgo(checked.document as unknown as Json, () => ({}));
    const resolved = trace.find((entry) => entry.run.template === 'write')!.run.resolved;
    expect(resolved.outputs!.artifacts![0]!.plugin!.configuration).toBe(configuration);
  });

  it('refuses a plugin artifact for Argo before 4.0, which has no artifact driver plugins', async () => {
    const compiling = createArgoBackend({ argoVersion: '3.7' }).doCompile(pluginWorkflow(plugin('bucket: ml')), {});
    await expect(compiling).rejects.toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('Argo added artifact driver plugins in 4.0') });
    await expect(createArgoBackend({ argoVersion: '4.0', validate: true }).doCompile(pluginWorkflow(plugin('bucket: ml')), {})).resolves.toBeDefined();
  });
});
