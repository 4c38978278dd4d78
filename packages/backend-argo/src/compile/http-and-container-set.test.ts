import { addVolume, concat, createParameterArtifact, equal, map, parameter, runContainer, runContainerSet, runHttp, runScript, when, workflow } from '@couler/dsl';
import { fc, test } from '@fast-check/vitest';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { simulateArgo, type LeafRun, type Runner } from '../../test/support/simulate-argo';
import { createArgoBackend } from '../argo-backend';
import { compileToArgo } from './compile-to-argo';

type Json = Record<string, unknown>;

/** A token from one step, a webhook call using it, a container set building a message from the call's answer, a reader of that message. */
const notify = workflow('notify', () => {
  addVolume({ name: 'workspace', emptyDir: {} });
  const channel = parameter('channel', { default: 'ml' });
  const token = runScript({ stepName: 'token', image: 'python:3.12-alpine', command: 'python', source: 'print("t0k3n")' });
  const hook = runHttp({
    stepName: 'hook',
    method: 'POST',
    url: concat('https://hooks.example.com/', channel, '/notify'),
    headers: { Authorization: concat('Bearer ', token.result), 'Content-Type': 'application/json' },
    body: '{"text":"done"}',
    successCondition: 'response.statusCode == 201',
    requestTimeout: 20,
  });
  const build = runContainerSet({
    stepName: 'build',
    env: { MODE: 'fast' },
    volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
    containers: [
      { name: 'fetch', image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo fetched > /workspace/a'], resources: { cpu: '250m', memory: '64Mi' } },
      { name: 'compile', image: 'alpine:3.20', command: ['sh', '-c'], args: ['cat /workspace/a > /workspace/b'], dependencies: ['fetch'] },
      { name: 'main', image: 'alpine:3.20', command: ['sh', '-c'], args: [concat('cat /workspace/b; echo ', hook.result, ' > /workspace/message')], dependencies: ['compile'], resources: { cpu: 1 } },
    ],
    output: createParameterArtifact('/workspace/message', { name: 'message' }),
  });
  runContainer({ stepName: 'show', image: 'busybox:1.36', command: 'echo', args: [build.output('message'), build.result] });
});

const answers: Runner = (run) => {
  if (run.template === 'token') return { result: 't0k3n' };
  if (run.template === 'hook') return { result: '{"ok":true}' };
  if (run.template === 'build') return { result: 'built', parameters: { message: 'fetched {"ok":true}' } };
  return {};
};

const runOf = (trace: ReadonlyArray<{ run: LeafRun }>, template: string): LeafRun | undefined => trace.find((entry) => entry.run.template === template)?.run;

describe('http steps', () => {
  it('become an http template: the URL and headers read a parameter and an earlier result through inputs, the body and condition stay as written', () => {
    const { template } = compileChecked(notify);
    expect(template('hook')).toEqual({
      name: 'hook',
      inputs: { parameters: [{ name: 'token-result' }] },
      http: {
        method: 'POST',
        url: 'https://hooks.example.com/{{workflow.parameters.channel}}/notify',
        headers: [
          { name: 'Authorization', value: 'Bearer {{inputs.parameters.token-result}}' },
          { name: 'Content-Type', value: 'application/json' },
        ],
        body: '{"text":"done"}',
        successCondition: 'response.statusCode == 201',
        timeoutSeconds: 20,
      },
    });
    const tasks = template('notify').dag!.tasks;
    expect(tasks.find((task) => task.name === 'hook')).toEqual({ name: 'hook', template: 'hook', depends: 'token', arguments: { parameters: [{ name: 'token-result', value: '{{tasks.token.outputs.result}}' }] } });
  });

  it('send the request Argo would send, and hand the response body on as the result', () => {
    const { document } = compileChecked(notify);
    const { trace } = simulateArgo(document as unknown as Json, answers, { arguments: { channel: 'alerts' } });
    expect(runOf(trace, 'hook')!.request).toEqual({
      method: 'POST',
      url: 'https://hooks.example.com/alerts/notify',
      headers: [
        { name: 'Authorization', value: 'Bearer t0k3n' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: '{"text":"done"}',
      successCondition: 'response.statusCode == 201',
      timeoutSeconds: 20,
    });
    expect(runOf(trace, 'build')!.containers!.find((each) => each.name === 'main')!.argv).toEqual(['sh', '-c', 'cat /workspace/b; echo {"ok":true} > /workspace/message']);
  });

  it('bound their one request by the step timeout, the shorter of the two, since Argo gives no pod a deadline', () => {
    const step = (timeouts: { step?: number; request?: number }): Step =>
      ({ name: 'ping', kind: 'http', http: { method: 'GET', url: 'https://example.com/', ...(timeouts.request && { timeoutSeconds: timeouts.request }) }, ...(timeouts.step && { timeoutSeconds: timeouts.step }) }) as Step;
    const timeoutOf = (timeouts: { step?: number; request?: number }) => {
      const compiled = compileChecked(irWorkflow('timeouts', [step(timeouts)])).template('ping');
      expect(compiled.activeDeadlineSeconds).toBeUndefined();
      return compiled.http!.timeoutSeconds;
    };
    expect(timeoutOf({ step: 10, request: 20 })).toBe(10);
    expect(timeoutOf({ step: 30, request: 20 })).toBe(20);
    expect(timeoutOf({ step: 15 })).toBe(15);
    expect(timeoutOf({})).toBeUndefined();
  });

  it('keep retry and cache as template settings, as Argo retries and memoizes any template', () => {
    const { template } = compileChecked(irWorkflow('settings', [{ name: 'ping', kind: 'http', http: { method: 'GET', url: 'https://example.com/' }, retry: { limit: 3, on: 'failure' }, cache: { ttlSeconds: 60 } } as Step]));
    expect(template('ping').retryStrategy).toEqual({ limit: '3', retryPolicy: 'OnFailure' });
    expect(template('ping').memoize).toMatchObject({ maxAge: '1m', cache: { configMap: { name: 'couler-memoize' } } });
  });

  it('refuse what only a pod has, naming the field, the step and the backend, every such step at once', () => {
    const ping = (name: string, extra: Json): Step => ({ name, kind: 'http', http: { method: 'GET', url: 'https://example.com/' }, ...extra }) as Step;
    const error = thrown(() => compileToArgo(irWorkflow('pods', [ping('a', { nodeSelector: { disk: 'ssd' } }), ping('b', { resources: { limits: { cpu: '1' } } }), ping('c', { daemon: true })])));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.errors!.map((each) => each.path)).toEqual([
      ['steps', 'a', 'nodeSelector'],
      ['steps', 'b', 'resources'],
      ['steps', 'c', 'daemon'],
    ]);
    expect(error.errors![0]!.message).toBe(
      'The argo backend cannot express nodeSelector on an http step, which Argo\'s agent sends from a shared pod with no container of the step\'s own ("step.http"), used by "a".',
    );
    for (const extra of [{ serviceAccount: 'robot' }, { labels: { team: 'ml' } }, { volumeMounts: [{ name: 'w', mountPath: '/w' }] }, { outputs: { parameters: [{ name: 'code', path: '/code' }] } }]) {
      expect(thrown(() => compileToArgo(irWorkflow('pod', [ping('a', extra)])))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['a'] });
    }
  });
});

describe('container set steps', () => {
  it('become a containerSet template: containers in dependency order, the shared volume mounted once for all, env in every container, outputs of main', () => {
    const { template } = compileChecked(notify);
    const build = template('build');
    expect(build.containerSet).toEqual({
      containers: [
        {
          name: 'fetch',
          image: 'alpine:3.20',
          command: ['sh', '-c'],
          args: ['echo fetched > /workspace/a'],
          env: [{ name: 'MODE', value: 'fast' }],
          resources: { requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '250m', memory: '64Mi' } },
        },
        { name: 'compile', image: 'alpine:3.20', command: ['sh', '-c'], args: ['cat /workspace/a > /workspace/b'], env: [{ name: 'MODE', value: 'fast' }], dependencies: ['fetch'] },
        {
          name: 'main',
          image: 'alpine:3.20',
          command: ['sh', '-c'],
          args: ['cat /workspace/b; echo {{inputs.parameters.hook-result}} > /workspace/message'],
          env: [{ name: 'MODE', value: 'fast' }],
          resources: { requests: { cpu: '1' }, limits: { cpu: '1' } },
          dependencies: ['compile'],
        },
      ],
      volumeMounts: [{ name: 'workspace', mountPath: '/workspace' }],
    });
    expect(build.outputs).toEqual({ parameters: [{ name: 'message', valueFrom: { path: '/workspace/message' } }] });
    expect(build.inputs).toEqual({ parameters: [{ name: 'hook-result' }] });
  });

  it("pass main's output parameter and standard output to a later step (dag style)", () => {
    const { document, template } = compileChecked(notify);
    expect(template('notify').dag!.tasks.find((task) => task.name === 'show')!.arguments).toEqual({
      parameters: [
        { name: 'build-message', value: '{{tasks.build.outputs.parameters.message}}' },
        { name: 'build-result', value: '{{tasks.build.outputs.result}}' },
      ],
    });
    const { trace } = simulateArgo(document as unknown as Json, answers);
    expect(trace.map((entry) => [entry.start, entry.run.template])).toEqual([
      [0, 'token'],
      [1, 'hook'],
      [2, 'build'],
      [3, 'show'],
    ]);
    expect(runOf(trace, 'show')!.argv).toEqual(['echo', 'fetched {"ok":true}', 'built']);
    const build = runOf(trace, 'build')!;
    expect(build.containers!.map((each) => [each.name, each.dependencies, each.env])).toEqual([
      ['fetch', [], { MODE: 'fast' }],
      ['compile', ['fetch'], { MODE: 'fast' }],
      ['main', ['compile'], { MODE: 'fast' }],
    ]);
  });

  it('run in steps style too, reading {{steps.…}} in groups one after the other', async () => {
    const { document, template, yaml } = compileChecked(notify, { templateStyle: 'steps' });
    await expect(yaml).toMatchFileSnapshot('./__snapshots__/http-and-container-set.steps.argo.yaml');
    expect(template('notify').steps!.map((group) => group.map((step) => step.name))).toEqual([['token'], ['hook'], ['build'], ['show']]);
    expect(JSON.stringify(template('notify').steps)).toContain('{{steps.hook.outputs.result}}');
    const { trace } = simulateArgo(document as unknown as Json, answers, { arguments: { channel: 'alerts' } });
    expect(runOf(trace, 'hook')!.request!.headers).toEqual([
      { name: 'Authorization', value: 'Bearer t0k3n' },
      { name: 'Content-Type', value: 'application/json' },
    ]);
    expect(runOf(trace, 'show')!.argv).toEqual(['echo', 'fetched {"ok":true}', 'built']);
  });

  it('write the golden file in dag style', async () => {
    await expect(compileChecked(notify).yaml).toMatchFileSnapshot('./__snapshots__/http-and-container-set.argo.yaml');
  });

  it("retry a container in place when Argo's in-pod retry says the same (on failure, a fixed wait), else retry the pod", () => {
    const set = (retry: Json): Step => ({ name: 'set', kind: 'containerSet', containerSet: { containers: [{ name: 'main', image: 'alpine:3.20', command: ['true'] }] }, retry }) as Step;
    const inPod = compileChecked(irWorkflow('retry', [set({ limit: 2, on: 'failure', backoff: { durationSeconds: 5 } })])).template('set');
    // Argo v4.1's executor makes `retries` attempts in all: two retries are three attempts.
    expect(inPod.containerSet!.retryStrategy).toEqual({ retries: '3', duration: '5s' });
    expect(inPod.retryStrategy).toBeUndefined();
    for (const retry of [{ limit: 2 }, { limit: 2, on: 'error' }, { limit: 2, on: 'failure', backoff: { durationSeconds: 5, factor: 2 } }]) {
      const pod = compileChecked(irWorkflow('retry', [set(retry)])).template('set');
      expect(pod.containerSet!.retryStrategy).toBeUndefined();
      expect(pod.retryStrategy).toMatchObject({ limit: '2' });
    }
    const workflowDefault = compileChecked(irWorkflow('retry', [{ ...set({}), retry: undefined } as Step], { retry: { limit: 1, on: 'failure' } })).template('set');
    expect(workflowDefault.containerSet!.retryStrategy).toEqual({ retries: '2' });
    // A pod past its deadline is killed whole: `on: 'failure'` retries the timeout as a new pod.
    const timed = compileChecked(irWorkflow('retry', [{ ...set({ limit: 2, on: 'failure' }), timeoutSeconds: 60 } as Step])).template('set');
    expect(timed.containerSet!.retryStrategy).toBeUndefined();
    expect(timed.retryStrategy).toEqual({ limit: '2', retryPolicy: 'OnFailure' });
    // `transient` reads each container's log in the message, as for a container step.
    const transient = compileChecked(irWorkflow('retry', [set({ limit: 1, on: 'transient', transientPatterns: ['busy'] })])).template('set');
    expect(transient.containerSet!.containers[0]).toMatchObject({ terminationMessagePolicy: 'FallbackToLogsOnError' });
  });

  it('refuse resources for the whole set, and container names Argo keeps for itself', () => {
    const set = (containers: Json[], extra: Json = {}) => irWorkflow('set', [{ name: 'set', kind: 'containerSet', containerSet: { containers }, ...extra } as Step]);
    const main = { name: 'main', image: 'alpine:3.20' };
    expect(thrown(() => compileToArgo(set([main], { resources: { limits: { cpu: '1' } } })))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'set', 'resources'], stepIds: ['set'] });
    const reserved = thrown(() => compileToArgo(set([main, { name: 'supervisor', image: 'alpine:3.20' }])));
    expect(reserved).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'set', 'containerSet', 'containers', 1, 'name'] });
    expect(reserved.message).toContain('a container named "supervisor"');
    const noMain = thrown(() => compileToArgo(set([{ name: 'a', image: 'alpine:3.20' }], { outputs: { parameters: [{ name: 'x', path: '/x' }] } })));
    expect(noMain).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'set', 'containerSet', 'containers'] });
  });
});

describe('http and container set steps in a map, under when', () => {
  const fanOut = workflow('fan-out', () => {
    const flip = runScript({ stepName: 'flip', image: 'python:3.12-alpine', command: 'python', source: 'print("heads")' });
    when(equal(flip, 'heads'), () => {
      const pings = map((region) => runHttp({ stepName: 'ping', url: concat('https://', region, '.example.com/health'), headers: { 'X-Region': region } }), ['eu', 'us']);
      const shards = map(
        (shard) =>
          runContainerSet({
            stepName: 'shard',
            containers: [
              { name: 'prepare', image: 'alpine:3.20', command: ['echo'], args: [concat('prepare ', shard)] },
              { name: 'main', image: 'alpine:3.20', command: ['echo'], args: [shard], dependencies: ['prepare'] },
            ],
          }),
        ['1', '2'],
      );
      runContainer({ stepName: 'gather', image: 'busybox:1.36', command: 'echo', args: [pings.result, shards.result] });
    });
  });
  let side = 'heads';
  const replies: Runner = (run) => {
    if (run.template === 'flip') return { result: side };
    if (run.kind === 'http') return { result: JSON.stringify({ url: run.request!.url }) };
    if (run.kind === 'containerSet') return { result: `shard ${run.containers![1]!.argv[1]}` };
    return {};
  };

  for (const style of ['dag', 'steps'] as const) {
    it(`send one request and run one pod per item when the condition holds, none otherwise (${style} style)`, () => {
      const { document, template } = compileChecked(fanOut, { templateStyle: style });
      const calls = style === 'dag' ? template('fan-out').dag!.tasks : template('fan-out').steps!.flat();
      expect(calls.find((task) => task.name === 'ping')).toMatchObject({ withItems: ['eu', 'us'], when: expect.stringContaining('flip') });
      expect(calls.find((task) => task.name === 'shard')).toMatchObject({ withItems: ['1', '2'], when: expect.stringContaining('flip') });
      side = 'heads';
      const heads = simulateArgo(document as unknown as Json, replies);
      expect(heads.trace.filter((entry) => entry.run.kind === 'http').map((entry) => [entry.run.request!.url, entry.run.request!.headers])).toEqual([
        ['https://eu.example.com/health', [{ name: 'X-Region', value: 'eu' }]],
        ['https://us.example.com/health', [{ name: 'X-Region', value: 'us' }]],
      ]);
      expect(heads.trace.filter((entry) => entry.run.kind === 'containerSet').map((entry) => entry.run.containers!.map((each) => each.argv))).toEqual([
        [['echo', 'prepare 1'], ['echo', '1']],
        [['echo', 'prepare 2'], ['echo', '2']],
      ]);
      // The readers of a mapped step get every iteration's result, as one JSON list.
      expect(runOf(heads.trace, 'gather')!.argv).toEqual(['echo', JSON.stringify([{ url: 'https://eu.example.com/health' }, { url: 'https://us.example.com/health' }]), JSON.stringify(['shard 1', 'shard 2'])]);
      side = 'tails';
      expect(simulateArgo(document as unknown as Json, replies).trace.map((entry) => entry.run.template)).toEqual(['flip']);
    });
  }
});

describe('the argo backend', () => {
  it('declares both constructs, compiles them and checks the result against the schema and lint', async () => {
    const backend = createArgoBackend({ validate: true });
    expect(backend.capabilities).toEqual(expect.arrayContaining(['step.http', 'step.containerSet']));
    const { files } = await backend.doCompile(notify, {});
    expect(files[0]!.contents).toContain('http:\n');
    expect(files[0]!.contents).toContain('containerSet:\n');
  });
});

/** Text a user might write that means something to YAML, to expr-lang or to Argo's templating. */
const HOSTILE = ['{{workflow.name}}', '{{inputs.parameters.x}}', '{{=1+1}}', '{{', '}}', '{', 'a{{b}}c}}', "it's", '"quoted"', '\\', 'multi\nline\n', '', "' || true || '", '}} {{=sprig.env("HOME")}} {{'];
const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom('{', '}', '{{', '}}', '=', "'", '"', '\\', '\n', ' ', 'inputs.parameters.x', 'workflow.name', 'item', 'a'), { maxLength: 12 }).map((parts) => parts.join('')),
);
const P = 'param-value';

/** Every field of an http step and a container set that user text reaches. */
function hostileWorkflow(value: string): Workflow {
  const p = { ref: 'parameter', name: 'p' } as const;
  const result = (step: string) => ({ ref: 'step', step, output: 'result' }) as const;
  const steps: Step[] = [
    { name: 'token', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: 'print("t")' } },
    {
      name: 'call',
      kind: 'http',
      http: {
        method: 'POST',
        url: { concat: [`https://example.com/${value}?p=`, p, value] },
        headers: [
          { name: 'X-Value', value },
          { name: 'X-Mixed', value: { concat: [value, result('token'), value] } },
        ],
        body: value,
        successCondition: `response.body != ${JSON.stringify(value)}`,
      },
    },
    {
      name: 'set',
      kind: 'containerSet',
      env: [{ name: 'VALUE', value }],
      containerSet: {
        containers: [
          { name: 'first', image: 'alpine:3.20', command: ['echo', value], args: [value, { concat: [value, p] }], workingDir: `/w/${value}` },
          { name: 'main', image: 'alpine:3.20', command: ['cat'], args: [{ concat: [result('call'), value] }], dependencies: ['first'] },
        ],
      },
    },
  ];
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hostile' }, spec: { parameters: [{ name: 'p', default: P }], steps } } as Workflow;
}

describe('user text in http requests and container sets', () => {
  test.prop([text], { numRuns: 120 })('reaches the URL, headers, body, condition, commands, arguments, env and working directory unchanged', (value) => {
    // compileChecked: the YAML reads back as the same document, valid for Argo's schema and lint.
    const { document } = compileChecked(hostileWorkflow(value));
    // Outputs are the engine's text, not the user's: an unterminated {{ in one would stop Argo itself.
    const tokenResult = 't0k3n';
    const callResult = '{"ok":true}';
    const { trace } = simulateArgo(document as unknown as Json, (run) => (run.template === 'token' ? { result: tokenResult } : run.template === 'call' ? { result: callResult } : {}));
    const call = runOf(trace, 'call')!.request!;
    expect(call.url).toBe(`https://example.com/${value}?p=${P}${value}`);
    expect(call.headers).toEqual([
      { name: 'X-Value', value },
      { name: 'X-Mixed', value: `${value}${tokenResult}${value}` },
    ]);
    expect(call.body).toBe(value);
    expect(call.successCondition).toBe(`response.body != ${JSON.stringify(value)}`);
    const [first, main] = runOf(trace, 'set')!.containers!;
    expect(first!.argv).toEqual(['echo', value, value, `${value}${P}`]);
    expect(first!.workingDir).toBe(`/w/${value}`);
    expect(main!.argv).toEqual(['cat', `${callResult}${value}`]);
    for (const each of [first!, main!]) expect(each.env).toEqual({ VALUE: value });
  });

  it('writes a user {{ in a header with the escape Argo evaluates only in its last pass', () => {
    const { template } = compileChecked(hostileWorkflow('{{workflow.name}}'));
    expect(template('call').http!.headers![0]!.value).toBe("{{='\\u007b\\u007b' + string(inputs.parameters)[0:0]}}workflow.name}}");
  });
});

describe('reading outputs of these steps', () => {
  it('lets a later step read an http result by a DAG task reference that lint resolves', () => {
    const { template } = compileChecked(irWorkflow('read', [{ name: 'ping', kind: 'http', http: { method: 'GET', url: 'https://example.com/' } } as Step, container('echo', { container: { image: 'alpine:3.20', args: [{ ref: 'step', step: 'ping', output: 'result' }] } })]));
    expect(template('read').dag!.tasks[1]!.arguments).toEqual({ parameters: [{ name: 'ping-result', value: '{{tasks.ping.outputs.result}}' }] });
  });
});
