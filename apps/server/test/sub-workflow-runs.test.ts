import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, shellWorkflow, startTestServer, waitForRun, type TestServer } from './support/test-server';

const sh = (name: string, script: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...extra });

/** Trains one model per item of the `models` parameter in a sub-workflow whose last step calls another one, once. */
function automl(marker: string) {
  return {
    apiVersion: 'couler.dev/v1alpha1',
    kind: 'Workflow',
    metadata: { name: 'automl' },
    spec: {
      parameters: [{ name: 'models', type: 'list', default: '["a","b"]' }],
      steps: [
        sh('prepare', `while [ ! -f '${marker}' ]; do sleep 0.05; done; echo prepared`),
        { name: 'models', kind: 'subWorkflow', subWorkflow: { name: 'train-evaluate' }, dependencies: ['prepare'], map: { from: { ref: 'parameter', name: 'models' } }, inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] } },
        sh('keep-best', 'echo kept', { dependencies: ['models'] }),
      ],
      subWorkflows: [
        { name: 'train-evaluate', inputs: { parameters: [{ name: 'model' }] }, steps: [sh('train', 'echo trained "$MODEL"', { env: [{ name: 'MODEL', value: { ref: 'parameter', name: 'model' } }] }), sh('evaluate', 'echo evaluated', { dependencies: ['train'] }), { name: 'report', kind: 'subWorkflow', subWorkflow: { name: 'say' }, dependencies: ['evaluate'] }] },
        { name: 'say', steps: [sh('say', 'echo said')] },
      ],
    },
  };
}

interface TreeNode { id: string; kind: string; children: TreeNode[] }
const show = (nodes: TreeNode[], depth = 0): string[] => nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.id}${node.kind === 'iteration' ? ' (iteration)' : ''}`, ...show(node.children, depth + 1)]);

describe.each(DIALECTS)('a run of a workflow that calls sub-workflows, on %s', (dialect) => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer(dialect);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('says which steps belong to which call and iteration, before they start and after they ran', async () => {
    const marker = join(test.home, 'prepared');
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: automl(marker), parameters: { models: '["a","b","c"]' } } });
    expect(submitted.body.error).toBeUndefined();
    const runId = submitted.body.run.id as string;
    const expected = [
      'prepare',
      'models',
      ...['0', '1', '2'].flatMap((index) => [`  models[${index}] (iteration)`, `    models[${index}].train`, `    models[${index}].evaluate`, `    models[${index}].report`, `      models[${index}].report.say`]),
      'keep-best',
    ];
    // While the first step waits, the call's three iterations (from the run's parameter) are there, their steps not started.
    let waiting = (await test.call('GET', `/api/v1/runs/${runId}`)).body;
    for (const until = Date.now() + 30_000; waiting.phase !== 'Running' && Date.now() < until; ) waiting = (await test.call('GET', `/api/v1/runs/${runId}`)).body;
    expect(show(waiting.tree)).toEqual(expected);
    expect(waiting.notStarted).toContain('models[2].report.say');
    expect(waiting.steps.map((step: { id: string }) => step.id)).not.toContain('models[0].train');

    writeFileSync(marker, '');
    const run = await waitForRun(test, runId);
    expect(run.phase).toBe('Succeeded');
    expect(show(run.tree)).toEqual(expected);
    expect(run.notStarted).toEqual([]);
    const phases = new Map(run.steps.map((step: { id: string; phase: string }) => [step.id, step.phase]));
    for (const id of ['models', 'models[1].train', 'models[2].report', 'models[2].report.say', 'keep-best']) expect(phases.get(id)).toBe('Succeeded');
    const logs = await test.call('GET', `/api/v1/runs/${runId}/logs?step=${encodeURIComponent('models[2].train')}`);
    expect(logs.body.items.map((event: { data: { line: string } }) => event.data.line)).toEqual(['trained c']);
    if (existsSync(marker)) rmSync(marker);
  });

  it("nests the iterations of a call fanned out over a step's output once the run has them", async () => {
    const workflow = {
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'deferred' },
      spec: {
        steps: [sh('list', `echo '["x","y"]'`), { name: 'each', kind: 'subWorkflow', subWorkflow: { name: 'say' }, map: { from: { ref: 'step', step: 'list', output: 'result' } } }],
        subWorkflows: [{ name: 'say', steps: [sh('say', 'echo said')] }],
      },
    };
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Succeeded');
    expect(show(run.tree)).toEqual(['list', 'each', '  each[0] (iteration)', '    each[0].say', '  each[1] (iteration)', '    each[1].say']);
  });

  it('keeps a run of a workflow without calls as it was: steps and what has not started, no tree', async () => {
    const submitted = await test.call('POST', '/api/v1/workflows', { body: { workflow: shellWorkflow('flat', [{ name: 'a', script: 'true' }, { name: 'b', script: 'exit 3', dependencies: ['a'] }, { name: 'c', script: 'true', dependencies: ['b'] }]) } });
    const run = await waitForRun(test, submitted.body.run.id);
    expect(run.phase).toBe('Failed');
    expect(run.notStarted).toEqual([]);
    expect(Object.fromEntries(run.steps.map((step: { id: string; phase: string }) => [step.id, step.phase]))).toEqual({ a: 'Succeeded', b: 'Failed', c: 'Omitted' });
    expect(run).not.toHaveProperty('tree');
  });

  it('describes the tree in its OpenAPI document, for the GUI\'s generated types', async () => {
    const document = (await test.call('GET', '/openapi.json')).body;
    const schemas = document.components.schemas;
    expect(schemas.RunStepTreeNode.properties.children.items.$ref).toBe('#/components/schemas/RunStepTreeNode');
    expect(schemas.RunDetail.properties.tree.items.$ref).toBe('#/components/schemas/RunStepTreeNode');
  });
});
