import { dag, execWhile, map, parameter, runContainer, setExitHandler, smaller, workflow } from '@couler/dsl';
import type { BackendV1, BackendV1LogLine, BackendV1RunHandle, BackendV1RunStatus, Workflow } from '@couler/ir';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createArgoBackend } from '../../src/argo-backend';
import type { ArgoSubmitOptions } from '../../src/server/argo-server-methods';
import { FakeArgoServer } from '../support/argo-server';

const TOKEN = 'sa-token-123';

const diamond = workflow('diamond', () => {
  const echo = (stepName: string) => runContainer({ image: 'alpine:3.20', command: ['echo', stepName], stepName });
  dag([[() => echo('a')], [() => echo('a'), () => echo('b')], [() => echo('a'), () => echo('c')], [() => echo('b'), () => echo('d')], [() => echo('c'), () => echo('d')]]);
});

async function drain<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe('argo backend against an Argo Server', () => {
  let server: FakeArgoServer;
  let backend: BackendV1;
  const options = () => ({ server: server.url, namespace: 'argo', token: TOKEN });

  beforeEach(async () => {
    server = await FakeArgoServer.start({ token: TOKEN, scenarios: { 'flaky-': { fail: ['train'] } } });
    backend = createArgoBackend({ server: { env: {} } });
  });
  afterEach(() => server.close());

  async function submit(value: Workflow, extra: Partial<ArgoSubmitOptions> = {}, settings: Record<string, unknown> = {}): Promise<BackendV1RunHandle> {
    return backend.doSubmit!(await backend.doCompile(value, { settings }), { ...options(), ...extra });
  }

  async function untilFinished(run: BackendV1RunHandle): Promise<BackendV1RunStatus[]> {
    const seen: BackendV1RunStatus[] = [];
    for (let poll = 0; poll < 100; poll++) {
      const status = await backend.doStatus!(run, options());
      seen.push(status);
      if (status.phase !== 'Pending' && status.phase !== 'Running') return seen;
    }
    throw new Error('the workflow did not finish');
  }

  test('submits the compiled Workflow to POST /api/v1/workflows/{namespace} and returns its generated name', async () => {
    const run = await submit(diamond);
    expect(run).toEqual({ backendId: 'argo', runId: expect.stringMatching(/^diamond-[b-z2-9]{5}$/), namespace: 'argo', url: `${server.url}/workflows/argo/${run.runId}` });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/api/v1/workflows/argo', authorization: `Bearer ${TOKEN}` });
    expect(request!.body).toMatchObject({ workflow: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { generateName: 'diamond-', namespace: 'argo' }, spec: { entrypoint: 'diamond' } } });
    expect(request!.body).not.toHaveProperty('serverDryRun');
  });

  test('status follows the DAG: d starts only after b and c succeeded; every step ends Succeeded', async () => {
    const run = await submit(diamond);
    const seen = await untilFinished(run);
    expect(seen[0]!.phase).toBe('Pending');
    const final = seen.at(-1)!;
    expect(final).toMatchObject({ phase: 'Succeeded', run: { runId: run.runId, namespace: 'argo' }, startedAt: expect.any(String), finishedAt: expect.any(String) });
    expect(final.steps.map((step) => [step.name, step.phase])).toEqual([
      ['a', 'Succeeded'],
      ['b', 'Succeeded'],
      ['c', 'Succeeded'],
      ['d', 'Succeeded'],
    ]);
    const phaseOf = (status: BackendV1RunStatus, name: string) => status.steps.find((step) => step.name === name)?.phase;
    for (const status of seen) {
      if (phaseOf(status, 'd') !== 'Pending') expect([phaseOf(status, 'b'), phaseOf(status, 'c')]).toEqual(['Succeeded', 'Succeeded']);
    }
    // While it runs, steps not reached yet are listed as Pending.
    const running = seen.find((status) => status.phase === 'Running' && status.steps.some((step) => step.name === 'a' && step.phase === 'Running'))!;
    expect(running.steps.map((step) => [step.name, step.phase])).toEqual([
      ['a', 'Running'],
      ['b', 'Pending'],
      ['c', 'Pending'],
      ['d', 'Pending'],
    ]);
  });

  test('steps-style templates run group by group and map to the same step names', async () => {
    const final = (await untilFinished(await submit(diamond, {}, { templateStyle: 'steps' }))).at(-1)!;
    expect(final.phase).toBe('Succeeded');
    expect(final.steps.map((step) => `${step.name} ${step.phase}`)).toEqual(['a Succeeded', 'b Succeeded', 'c Succeeded', 'd Succeeded']);
    const started = Object.fromEntries(final.steps.map((step) => [step.name, step.startedAt]));
    expect(started.b).toBe(started.c);
    expect(started.a! < started.b! && started.c! < started.d!).toBe(true);
  });

  test('a failed step fails the workflow and its dependants are skipped (Argo: Omitted)', async () => {
    const flaky = workflow('flaky', () => {
      runContainer({ image: 'alpine:3.20', command: ['train'], stepName: 'train' });
      runContainer({ image: 'alpine:3.20', command: ['deploy'], stepName: 'deploy' });
    });
    const final = (await untilFinished(await submit(flaky))).at(-1)!;
    expect(final.phase).toBe('Failed');
    expect(final.steps.map((step) => [step.name, step.phase, step.message])).toEqual([
      ['train', 'Failed', 'Error (exit code 1)'],
      ['deploy', 'Skipped', 'omitted: depends condition not met'],
    ]);
  });

  test('mapped steps, loop turns and the exit handler get the local engine\'s instance names', async () => {
    const loops = workflow('loops', () => {
      map((item: unknown) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [item as string], stepName: 'shard' }), ['x', 'y']);
      execWhile(smaller('0.9'), () => runContainer({ image: 'alpine:3.20', command: ['score'], stepName: 'score', retry: { limit: 2 } }), { maxIterations: 3 });
      setExitHandler('Any', () => runContainer({ image: 'alpine:3.20', command: ['notify'], stepName: 'notify' }));
    });
    const final = (await untilFinished(await submit(loops))).at(-1)!;
    expect(final.phase).toBe('Succeeded');
    expect(final.steps.map((step) => `${step.name} ${step.phase}`).sort()).toEqual(['notify Succeeded', 'score Succeeded', 'score#2 Succeeded', 'shard[0] Succeeded', 'shard[1] Succeeded']);
  });

  test('--param values replace the defaults of spec.arguments; an unknown one is refused before any request', async () => {
    const withParameter = workflow('train', () => {
      const epochs = parameter('epochs', { default: '1' });
      runContainer({ image: 'alpine:3.20', command: ['train'], args: [epochs], stepName: 'train' });
    });
    await submit(withParameter, { parameters: { epochs: '10' } });
    expect(server.requests[0]!.body).toMatchObject({ workflow: { spec: { arguments: { parameters: [{ name: 'epochs', value: '10' }] } } } });
    await expect(submit(withParameter, { parameters: { epoch: '3' } })).rejects.toMatchObject({
      code: 'UNKNOWN_PARAMETER',
      message: 'Workflow "train-" has no parameter "epoch". Did you mean "epochs"?',
      hint: 'Its parameters are "epochs".',
    });
    expect(server.requests).toHaveLength(1);
  });

  test('serverDryRun asks the server to check without creating', async () => {
    const run = await submit(diamond, { serverDryRun: true });
    expect(server.requests[0]!.body).toMatchObject({ serverDryRun: true });
    expect(server.workflows.size).toBe(0);
    expect(run.runId).toMatch(/^diamond-/);
  });

  test('a WorkflowTemplate goes to /api/v1/workflow-templates/{namespace}, a second one with the same name is a conflict', async () => {
    const run = await submit(diamond, {}, { kind: 'WorkflowTemplate' });
    expect(run).toEqual({ backendId: 'argo', runId: 'diamond', namespace: 'argo', url: `${server.url}/workflow-templates/argo/diamond` });
    expect(server.requests[0]).toMatchObject({ path: '/api/v1/workflow-templates/argo', body: { template: { kind: 'WorkflowTemplate', metadata: { name: 'diamond' } } } });
    await expect(submit(diamond, {}, { kind: 'WorkflowTemplate' })).rejects.toMatchObject({
      failure: 'already-exists',
      code: 'ENGINE_CONFLICT',
      message: 'A WorkflowTemplate named "diamond" already exists in namespace "argo".',
      hint: expect.stringContaining('argo template delete diamond'),
    });
  });

  test('ClusterWorkflowTemplate and CronWorkflow use their own endpoints and body keys', async () => {
    await submit(diamond, {}, { kind: 'ClusterWorkflowTemplate' });
    const scheduled = workflow('nightly', () => runContainer({ image: 'alpine:3.20', command: ['run'], stepName: 'run' }), { cron: { schedule: '0 3 * * *' } });
    const cron = await submit(scheduled);
    expect(server.requests.map((request) => [request.path, Object.keys(request.body as object)])).toEqual([
      ['/api/v1/cluster-workflow-templates', ['template']],
      ['/api/v1/cron-workflows/argo', ['cronWorkflow']],
    ]);
    expect(cron.url).toBe(`${server.url}/cron-workflows/argo/nightly`);
  });

  test('logs: every step\'s lines with their time, or one step\'s; follow streams until the workflow ends', async () => {
    const run = await submit(diamond);
    server.finish('argo', run.runId);
    const all = await drain(backend.doLogs!(run, options()));
    expect(all.map((line) => `${line.stepName}: ${line.text}`)).toEqual(['a: hello from a', 'b: hello from b', 'c: hello from c', 'd: hello from d']);
    expect(all[0]!.time).toMatch(/^2026-01-01T00:00:\d\d\.000000000Z$/);
    const justC = await drain(backend.doLogs!(run, { ...options(), stepName: 'c' }));
    expect(justC.map((line: BackendV1LogLine) => line.text)).toEqual(['hello from c']);
    expect(server.requests.at(-1)!.query).toEqual({ 'logOptions.container': 'main', 'logOptions.timestamps': 'true' });

    const live = await submit(diamond);
    const followed = await drain(backend.doLogs!(live, { ...options(), follow: true }));
    expect(followed.map((line) => line.stepName)).toEqual(['a', 'b', 'c', 'd']);
    expect(server.requests.find((request) => request.path.endsWith(`${live.runId}/log`))!.query).toMatchObject({ 'logOptions.follow': 'true' });
  });

  test('logs of a step the workflow does not have: UNKNOWN_STEP with a suggestion, before streaming', async () => {
    const run = await submit(diamond);
    await expect(drain(backend.doLogs!(run, { ...options(), stepName: 'dd' }))).rejects.toMatchObject({
      code: 'UNKNOWN_STEP',
      message: `Workflow "${run.runId}" has no step "dd". Did you mean "d"?`,
      hint: 'Its steps are "a", "b", "c", "d".',
    });
    expect(server.requests.some((request) => request.path.endsWith('/log'))).toBe(false);
  });

  test('status of a workflow that is not there: not-found naming it and the namespace', async () => {
    await expect(backend.doStatus!({ backendId: 'argo', runId: 'nope' }, options())).rejects.toMatchObject({
      failure: 'not-found',
      status: 404,
      message: `There is no Workflow "nope" in namespace "argo" on ${server.url} (workflows.argoproj.io "nope" not found).`,
      hint: 'Check the name and --namespace (argo list -n argo lists the workflows).',
    });
  });

  test('aborting a followed log ends it with the caller\'s reason', async () => {
    // A long tick keeps the stream open after the first line, as a running pod would.
    const slowServer = await FakeArgoServer.start({ followTickMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error('user pressed Ctrl-C');
    const lines: string[] = [];
    try {
      const slow = workflow('slow', () => runContainer({ image: 'alpine:3.20', command: ['sleep'], stepName: 'sleep' }));
      const run = await backend.doSubmit!(await backend.doCompile(slow, {}), { server: slowServer.url, namespace: 'argo' });
      slowServer.tick('argo', run.runId, 2);
      const following = (async () => {
        for await (const line of backend.doLogs!(run, { server: slowServer.url, namespace: 'argo', follow: true, abortSignal: controller.signal })) {
          lines.push(line.text);
          controller.abort(reason);
        }
      })();
      await expect(following).rejects.toBe(reason);
    } finally {
      await slowServer.close();
    }
    expect(lines).toEqual(['hello from sleep']);
  });
});
