import type { Condition, Step } from '@couler/ir';
import { conformanceWorkflows } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { evaluateExpr } from '../../test/support/expr';
import { simulateArgo, type LeafOutcome, type LeafRun } from '../../test/support/simulate-argo';
import { container, irWorkflow } from '../../test/support/ir';
import { showcase } from '../../test/support/showcase';
import type { ArgoCronWorkflowSpec, ArgoWorkflowSpec } from './argo-types';
import { compileToArgo } from './compile-to-argo';

const flipResult = { ref: 'step', step: 'flip', output: 'result' } as const;
const flip = { name: 'flip', kind: 'script' as const, script: { image: 'python:3.12-alpine', command: ['python'], source: 'print("heads")\n' } };

function workflowSpec(document: { spec: unknown; kind: string }): ArgoWorkflowSpec {
  return (document.kind === 'CronWorkflow' ? (document.spec as ArgoCronWorkflowSpec).workflowSpec : document.spec) as ArgoWorkflowSpec;
}

describe('compileToArgo output', () => {
  it('matches the reviewed golden file for a workflow using most constructs, valid for Argo', async () => {
    const { yaml, warnings } = compileChecked(showcase);
    expect(warnings).toEqual([]);
    await expect(yaml).toMatchFileSnapshot('./__snapshots__/showcase.argo.yaml');
  });

  it('writes the same file in steps style, groups running in dependency order', async () => {
    const { yaml, template } = compileChecked(showcase, { templateStyle: 'steps' });
    await expect(yaml).toMatchFileSnapshot('./__snapshots__/showcase.steps.argo.yaml');
    expect(template('showcase').steps!.map((group) => group.map((step) => step.name))).toEqual([
      ['fetch'],
      ['prepare-map'],
      ['concurrent'],
      ['exec-while-evaluate'],
      ['publish'],
      ['approve'],
      ['deploy'],
      ['archive'],
    ]);
  });

  it('runs steps that wait for nothing side by side and the rest after what they wait for (steps style)', () => {
    const { template, document } = compileChecked(conformanceWorkflows.diamond!, { templateStyle: 'steps' });
    expect(template('diamond').steps!.map((group) => group.map((step) => step.name))).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(JSON.stringify(document)).not.toContain('depends');
  });
});

describe('documents and kinds', () => {
  const diamond = conformanceWorkflows.diamond!;

  it('writes a Workflow with generateName by default, a fixed name on request', () => {
    expect(compileChecked(diamond).document.metadata).toEqual({ generateName: 'diamond-' });
    expect(compileChecked(diamond, { generateName: false }).document.metadata).toEqual({ name: 'diamond' });
  });

  it('writes WorkflowTemplate and ClusterWorkflowTemplate with a name; a cluster template has no namespace', () => {
    const namespaced = irWorkflow('train', [container('a')], {}, { namespace: 'ml' });
    const template = compileChecked(namespaced, { kind: 'WorkflowTemplate' }).document;
    expect(template).toMatchObject({ kind: 'WorkflowTemplate', metadata: { name: 'train', namespace: 'ml' } });
    expect(workflowSpec(template).entrypoint).toBe('train');
    const cluster = compileChecked(namespaced, { kind: 'ClusterWorkflowTemplate' }).document;
    expect(cluster.metadata).toEqual({ name: 'train' });
  });

  it('writes a CronWorkflow for a scheduled workflow, with the schedule list of Argo v4', () => {
    const nightly = irWorkflow('nightly', [container('a')], {
      cron: { schedule: '0 3 * * *', timezone: 'Europe/Berlin', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 60, suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 },
      parallelism: 2,
    });
    const { document } = compileChecked(nightly);
    expect(document.kind).toBe('CronWorkflow');
    expect(document.metadata).toEqual({ name: 'nightly' });
    const spec = document.spec as ArgoCronWorkflowSpec;
    expect(spec).toMatchObject({ schedules: ['0 3 * * *'], timezone: 'Europe/Berlin', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 60, suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(spec.workflowSpec).toMatchObject({ entrypoint: 'nightly', parallelism: 2 });
  });

  it('refuses a schedule outside a CronWorkflow, a CronWorkflow without one, and a CronWorkflow name Argo cannot extend', () => {
    const nightly = irWorkflow('nightly', [container('a')], { cron: { schedule: '0 3 * * *' } });
    expect(thrown(() => compileToArgo(nightly, { kind: 'Workflow' }))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['cron'] });
    expect(thrown(() => compileToArgo(diamond, { kind: 'CronWorkflow' }))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['cron'] });
    const long = irWorkflow('n'.repeat(53), [container('a')], { cron: { schedule: '0 3 * * *' } });
    expect(thrown(() => compileToArgo(long))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['metadata', 'name'] });
  });

  it('refuses an unknown option with a located INVALID_FIELD', () => {
    expect(thrown(() => compileToArgo(diamond, { templateStyle: 'flat' as 'dag' }))).toMatchObject({ code: 'INVALID_FIELD', path: ['options', 'templateStyle'] });
  });

  it('maps workflow settings: parameters, timeout, TTL, pod GC, service account, volumes, pull secrets, priority', () => {
    const configured = irWorkflow('configured', [container('a', { volumeMounts: [{ name: 'cache', mountPath: '/cache' }] })], {
      parameters: [{ name: 'epochs', type: 'integer', default: 3, enum: [1, 3], description: 'How long' }, { name: 'dataset' }],
      timeoutSeconds: 600,
      ttl: { secondsAfterSuccess: 60, secondsAfterFailure: 3600 },
      podGC: { strategy: 'OnWorkflowSuccess' },
      serviceAccount: 'runner',
      volumes: [{ name: 'cache', emptyDir: { sizeLimit: '1Gi' } }],
      imagePullSecrets: ['hub'],
      tolerations: [{ key: 'gpu', operator: 'Exists' }],
      priority: 5,
    });
    const spec = workflowSpec(compileChecked(configured).document);
    expect(spec.arguments).toEqual({ parameters: [{ name: 'epochs', value: '3', enum: ['1', '3'], description: 'How long' }, { name: 'dataset' }] });
    expect(spec).toMatchObject({
      activeDeadlineSeconds: 600,
      ttlStrategy: { secondsAfterSuccess: 60, secondsAfterFailure: 3600 },
      podGC: { strategy: 'OnWorkflowSuccess' },
      serviceAccountName: 'runner',
      volumes: [{ name: 'cache', emptyDir: { sizeLimit: '1Gi' } }],
      imagePullSecrets: [{ name: 'hub' }],
      tolerations: [{ key: 'gpu', operator: 'Exists' }],
      priority: 5,
    });
  });
});

describe('control flow', () => {
  it('renders when as one expression tag per comparison, joined as Argo evaluates them last', () => {
    const workflow = irWorkflow('checks', [
      flip,
      container('big', {
        when: {
          op: 'or',
          conditions: [
            { op: 'bigger', left: flipResult, right: 0.5 },
            { op: 'not', condition: { op: 'equal', left: flipResult, right: "it's {{done}}" } },
          ],
        },
      }),
    ]);
    const task = compileChecked(workflow).template('checks').dag!.tasks.find((candidate) => candidate.name === 'big')!;
    expect(task.when).toBe("{{=asFloat(tasks['flip'].outputs.result) > 0.5}} || !({{=tasks['flip'].outputs.result == 'it\\u0027s \\u007b\\u007bdone\\u007d\\u007d'}})");
    expect(task.depends).toBe('flip');
  });

  it('maps over literal records with withItems and over a parameter with withParam', () => {
    const workflow = irWorkflow(
      'loops',
      [
        container('os', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item', key: 'image' }, { ref: 'item', key: 'tag' }] }, map: { items: [{ image: 'debian', tag: '9.1' }, { image: 'alpine', tag: '3.6' }] } }),
        container('each', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }] }, map: { from: { ref: 'parameter', name: 'list' } } }),
      ],
      { parameters: [{ name: 'list', type: 'list', default: '["a","b"]' }] },
    );
    const { template } = compileChecked(workflow);
    const [each, os] = template('loops').dag!.tasks;
    expect(os).toMatchObject({
      withItems: [{ image: 'debian', tag: '9.1' }, { image: 'alpine', tag: '3.6' }],
      arguments: { parameters: [{ name: 'item-image', value: '{{item.image}}' }, { name: 'item-tag', value: '{{item.tag}}' }] },
    });
    expect(each).toMatchObject({ withParam: '{{workflow.parameters.list}}', arguments: { parameters: [{ name: 'item', value: '{{item}}' }] } });
    expect(template('os').container!.args).toEqual(['{{inputs.parameters.item-image}}', '{{inputs.parameters.item-tag}}']);
  });

  it('fans in: a step reading a mapped step output gets every iteration as one list', () => {
    const workflow = irWorkflow('fan-in', [
      { ...flip, name: 'score', map: { items: [1, 2, 3] }, outputs: { parameters: [{ name: 'value', path: '/tmp/v' }] } },
      container('total', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'score', output: 'value' }, { ref: 'step', step: 'score', output: 'result' }] } }),
    ]);
    const task = compileChecked(workflow).template('fan-in').dag!.tasks[1]!;
    expect(task.arguments!.parameters).toEqual([
      { name: 'score-value', value: "{{=type(tasks['score']?.outputs?.parameters) == 'map' ? (tasks['score']?.outputs?.parameters['value'] ?? '[]') : '[]'}}" },
      { name: 'score-result', value: "{{=tasks['score']?.outputs?.result ?? '[]'}}" },
    ]);
  });

  it('fans in [] when no iteration ran (all skipped by their when, or no items), as the local engine does', () => {
    const scored = (map: NonNullable<Step['map']>, when?: Condition) =>
      irWorkflow('fan-in', [
        { name: 'list', kind: 'container', container: { image: 'alpine:3.20', command: ['cat'] }, outputs: { parameters: [{ name: 'items', path: '/tmp/items' }] } },
        { ...flip, name: 'score', script: { ...flip.script, args: [{ ref: 'item' }] }, map, ...(when && { when }), outputs: { parameters: [{ name: 'value', path: '/tmp/v' }] } },
        container('total', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'score', output: 'value' }, { ref: 'step', step: 'score', output: 'result' }] } }),
      ]);
    const totalArgs = (workflow: ReturnType<typeof scored>, items: string, argoVersion: '3.7' | '4.1', templateStyle: 'dag' | 'steps') => {
      const { document } = compileChecked(workflow, { argoVersion, templateStyle });
      const outcome = (run: LeafRun): LeafOutcome => (run.template === 'list' ? { parameters: { items } } : run.template === 'score' ? { result: `r${run.argv!.at(-1)}`, parameters: { value: `v${run.argv!.at(-1)}` } } : {});
      const { trace } = simulateArgo(document as never, outcome, { argoVersion });
      return trace.find((entry) => entry.run.template === 'total')!.run.argv!.slice(1);
    };
    const overItems = scored({ items: ['1', '2'] }, { op: 'equal', left: { ref: 'item' }, right: { ref: 'step', step: 'list', output: 'items' } });
    const overOutput = scored({ from: { ref: 'step', step: 'list', output: 'items' } });
    for (const argoVersion of ['3.7', '4.1'] as const) {
      for (const templateStyle of ['dag', 'steps'] as const) {
        expect(totalArgs(overItems, '2', argoVersion, templateStyle)).toEqual(['["v2"]', '["r2"]']);
        expect(totalArgs(overItems, 'none', argoVersion, templateStyle)).toEqual(['[]', '[]']);
        expect(totalArgs(overOutput, '["a","b"]', argoVersion, templateStyle)).toEqual(['["va","vb"]', '["ra","rb"]']);
        expect(totalArgs(overOutput, '[]', argoVersion, templateStyle)).toEqual(['[]', '[]']);
      }
    }
  });

  it('runs execWhile as a recursive template: the condition and the cap decide the next iteration, outside readers see the last', () => {
    const workflow = irWorkflow(
      'loop',
      [
        container('seed', { outputs: { parameters: [{ name: 'start', path: '/tmp/start' }] } }),
        { ...flip, script: { ...flip.script, args: [{ ref: 'step', step: 'seed', output: 'start' }] } },
        container('report', { container: { image: 'alpine:3.20', command: ['echo'], args: [flipResult] } }),
      ],
      { groups: [{ name: 'until-heads', kind: 'while', steps: ['flip'], condition: { op: 'equal', left: flipResult, right: 'tails' }, maxIterations: 7 }] },
    );
    const { template } = compileChecked(workflow);
    expect(template('loop').dag!.tasks.map((task) => [task.name, task.depends])).toEqual([
      ['seed', undefined],
      ['until-heads', 'seed'],
      ['report', 'until-heads'],
    ]);
    const loop = template('until-heads');
    expect(loop.inputs!.parameters!.map((parameter) => parameter.name)).toEqual(['iteration', 'seed-start']);
    const next = loop.dag!.tasks[1]!;
    expect(next).toMatchObject({
      template: 'until-heads',
      depends: 'flip',
      when: "{{=tasks['flip'].outputs.result == 'tails'}} && {{=asInt(inputs.parameters['iteration']) < 7}}",
      arguments: { parameters: [{ name: 'iteration', value: "{{=asInt(inputs.parameters['iteration']) + 1}}" }, { name: 'seed-start', value: '{{inputs.parameters.seed-start}}' }] },
    });
    expect(loop.outputs!.parameters).toEqual([
      {
        name: 'flip-result',
        valueFrom: { expression: "tasks['until-heads-next'].status == 'Skipped' ? tasks['flip'].outputs.result : tasks['until-heads-next'].outputs.parameters['flip-result']" },
      },
    ]);
    expect(template('loop').dag!.tasks[2]!.arguments!.parameters).toEqual([{ name: 'flip-result', value: '{{tasks.until-heads.outputs.parameters.flip-result}}' }]);
  });

  it('runs exit-handler steps from spec.onExit, where the workflow status is known', () => {
    const { document, template } = compileChecked(conformanceWorkflows['exit-handler']!);
    expect(workflowSpec(document).onExit).toBe('exit-handler-2');
    expect(template('exit-handler-2').dag!.tasks).toEqual([{ name: 'notify', template: 'notify' }]);
    expect(template('notify').container!.args).toEqual(['status={{workflow.status}}']);
  });

  it('caps a capped map or concurrent group with a template of its own', () => {
    const workflow = irWorkflow(
      'capped',
      [container('a', { map: { items: [1, 2, 3], parallelism: 2 } }), container('b'), container('c')],
      { groups: [{ name: 'pair', kind: 'concurrent', branches: [['b'], ['c']], parallelism: 1 }] },
    );
    const { template } = compileChecked(workflow);
    expect(template('capped').dag!.tasks.map((task) => task.name)).toEqual(['a-map', 'pair']);
    expect(template('a-map')).toMatchObject({ parallelism: 2, dag: { tasks: [{ name: 'a', template: 'a', withItems: [1, 2, 3] }] } });
    expect(template('pair')).toMatchObject({ parallelism: 1, dag: { tasks: [{ name: 'b' }, { name: 'c' }] } });
  });

  it('writes depends expressions with task names; steps whose names start with a digit get a task name Argo accepts', () => {
    const workflow = irWorkflow('expr', [container('1st'), container('fallback', { depends: '1st.Failed' }), container('last', { dependencies: ['fallback', '1st'] })]);
    const tasks = compileChecked(workflow).template('expr').dag!.tasks;
    expect(tasks.map((task) => [task.name, task.template, task.depends])).toEqual([
      ['step-1st', '1st', undefined],
      ['fallback', 'fallback', 'step-1st.Failed'],
      ['last', 'last', 'fallback && step-1st'],
    ]);
  });

  it('keeps continueOn: with plain dependencies on the task, folded into dependants when the DAG uses depends', () => {
    const plain = irWorkflow('plain', [container('risky', { continueOn: { failed: true } }), container('after', { dependencies: ['risky'] })]);
    expect(compileChecked(plain).template('plain').dag!.tasks).toEqual([
      { name: 'risky', template: 'risky', continueOn: { failed: true } },
      { name: 'after', template: 'after', dependencies: ['risky'] },
    ]);
    const mixed = irWorkflow('mixed', [
      container('risky', { continueOn: { failed: true, error: true } }),
      container('after', { dependencies: ['risky'] }),
      container('alarm', { depends: 'after.Failed' }),
    ]);
    expect(compileChecked(mixed).template('mixed').dag!.tasks.map((task) => task.depends)).toEqual([undefined, 'risky || risky.Failed || risky.Errored', 'after.Failed']);
    const leaf = irWorkflow('leaf', [container('a'), container('risky', { continueOn: { failed: true } }), container('b', { depends: 'a.Failed' })]);
    expect(thrown(() => compileToArgo(leaf))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'risky', 'continueOn'], stepIds: ['risky'] });
  });

  it('refuses a depends expression in steps style instead of dropping it', () => {
    const workflow = irWorkflow('expr', [container('a'), container('b', { depends: 'a.Failed' })]);
    expect(thrown(() => compileToArgo(workflow, { templateStyle: 'steps' }))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'b', 'depends'] });
  });
});

describe('step settings', () => {
  it('maps retry policies: string limits, Argo policy names, backoff durations, transient failures as an expression', () => {
    const workflow = irWorkflow('retries', [
      container('a', { retry: { limit: 2, on: 'failure', backoff: { durationSeconds: 30, factor: 3, maxDurationSeconds: 120 } } }),
      container('b', { retry: { limit: 1, on: 'transient' } }),
      container('c', { retry: { limit: 4, on: 'transient', transientPatterns: ['license server busy'] } }),
      container('d'),
      container('e', { retry: { limit: 1, on: 'error' } }),
    ], { retry: { limit: 9 } });
    const { template } = compileChecked(workflow);
    expect(template('a').retryStrategy).toEqual({ limit: '2', retryPolicy: 'OnFailure', backoff: { duration: '30s', factor: '3', maxDuration: '2m' } });
    expect(template('d').retryStrategy).toEqual({ limit: '9', retryPolicy: 'Always' });
    expect(template('e').retryStrategy).toEqual({ limit: '1', retryPolicy: 'OnError' });
    // `transient` is Always + an expression: OnTransientError alone retries neither an OOM kill nor a user's pattern.
    const message = (name: string, text: string) => evaluateExpr(template(name).retryStrategy!.expression!, { lastRetry: { status: 'Failed', message: text, exitCode: '1', duration: '3' } });
    for (const name of ['b', 'c']) {
      expect(template(name).retryStrategy).toMatchObject({ retryPolicy: 'Always' });
      expect(message(name, 'OOMKilled (exit code 137)')).toBe(true);
      expect(message(name, 'Error (exit code 137)')).toBe(true);
      expect(message(name, 'etcdserver: leader changed')).toBe(true);
      expect(message(name, 'Error (exit code 1)')).toBe(false);
      expect(message(name, 'Pod was active on the node longer than the specified deadline')).toBe(false);
    }
    // The patterns are matched case-insensitively, as the local engine matches them, in the log Kubernetes appends.
    expect(message('c', 'Error (exit code 1): checking out…\nLicense Server Busy, try later')).toBe(true);
    expect(message('b', 'Error (exit code 1): license server busy')).toBe(false);
    expect(template('c').container).toMatchObject({ terminationMessagePolicy: 'FallbackToLogsOnError' });
    expect(template('a').container!.terminationMessagePolicy).toBeUndefined();
    const fractional = irWorkflow('fractional', [container('a', { retry: { limit: 2, backoff: { durationSeconds: 1, factor: 1.5 } } })]);
    expect(thrown(() => compileToArgo(fractional))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'retry', 'backoff', 'factor'], stepIds: ['a'] });
  });

  it('writes hostile transient patterns as one expr string Argo reads back to the same regular expression', () => {
    const patterns = ["{{workflow.name}} it's", '\\$\\(x\\) \\$\\{y\\}', 'naïve\nline', '"quoted"|[0-9]{3}-busy'];
    const { template, yaml } = compileChecked(irWorkflow('hostile', [container('a', { retry: { limit: 1, on: 'transient', transientPatterns: patterns } })]));
    const expression = template('a').retryStrategy!.expression!;
    // Argo substitutes {{…}} anywhere in a template: the pattern's braces are escaped.
    expect(yaml).not.toContain('{{workflow.name}}');
    const matches = (text: string) => evaluateExpr(expression, { lastRetry: { status: 'Failed', message: text, exitCode: '1', duration: '1' } });
    expect(matches("Error (exit code 1): {{workflow.name}} it's here")).toBe(true);
    expect(matches('Error (exit code 1): $(x) ${y}')).toBe(true);
    expect(matches('Error (exit code 1): NAÏVE\nLINE')).toBe(true);
    expect(matches('Error (exit code 1): 503-busy')).toBe(true);
    expect(matches('Error (exit code 1): none of them')).toBe(false);
  });

  it('maps timeouts, resources (GPUs as an extended resource), env from secrets and ConfigMaps, envFrom, daemons', () => {
    const workflow = irWorkflow('settings', [
      container('a', {
        timeoutSeconds: 90,
        daemon: true,
        resources: { requests: { cpu: '1', memory: '2Gi', ephemeralStorage: '5Gi' }, limits: { gpu: 2 }, gpuResourceName: 'amd.com/gpu' },
        env: [
          { name: 'TOKEN', secretKeyRef: { name: 's', key: 'token', optional: true } },
          { name: 'MODE', configMapKeyRef: { name: 'cm', key: 'mode' } },
          { name: 'RUN', value: { concat: ['run-', { ref: 'workflow', field: 'uid' }] } },
        ],
        envFrom: [{ secretRef: { name: 'all' }, prefix: 'S_' }],
        serviceAccount: 'gpu-user',
        labels: { tier: 'gpu' },
      }),
    ]);
    const a = compileChecked(workflow).template('a');
    expect(a).toMatchObject({ daemon: true, activeDeadlineSeconds: '90', serviceAccountName: 'gpu-user', metadata: { labels: { tier: 'gpu' } } });
    expect(a.container).toMatchObject({
      resources: { requests: { cpu: '1', memory: '2Gi', 'ephemeral-storage': '5Gi' }, limits: { 'amd.com/gpu': '2' } },
      env: [
        { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'token', optional: true } } },
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cm', key: 'mode' } } },
        { name: 'RUN', value: 'run-{{workflow.uid}}' },
      ],
      envFrom: [{ secretRef: { name: 'all' }, prefix: 'S_' }],
    });
  });

  it('memoizes with a key from the step definition and its input values; an explicit key must be one Argo accepts', () => {
    const workflow = irWorkflow('cached', [
      container('seed', { outputs: { parameters: [{ name: 'n', path: '/n' }] } }),
      container('a', { container: { image: 'alpine:3.20', args: [{ ref: 'step', step: 'seed', output: 'n' }] }, cache: { ttlSeconds: 3600, storage: 'team-cache' } }),
      container('b', { cache: { key: 'b-v1' } }),
      container('c', { cache: { enabled: false } }),
    ]);
    const { template } = compileChecked(workflow, { memoizeConfigMap: 'fallback-cache' });
    expect(template('a').memoize).toEqual({
      key: expect.stringMatching(/^a-[0-9a-f]{16}-\{\{=sprig\.sha256sum\(toJson\(\[inputs\.parameters\['seed-n'\]\]\)\)\}\}$/),
      maxAge: '1h',
      cache: { configMap: { name: 'team-cache' } },
    });
    expect(template('b').memoize).toEqual({ key: 'b-v1', maxAge: '', cache: { configMap: { name: 'fallback-cache' } } });
    expect(template('c').memoize).toBeUndefined();
    const changed = irWorkflow('cached', [{ ...workflow.spec.steps[0]! }, { ...workflow.spec.steps[1]!, container: { image: 'alpine:3.21', args: [{ ref: 'step', step: 'seed', output: 'n' }] } } as never]);
    expect(compileToArgo(changed).document).not.toEqual(compileToArgo(workflow).document);
    const bad = irWorkflow('bad', [container('a', { cache: { key: 'not a key' } })]);
    expect(thrown(() => compileToArgo(bad))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'cache', 'key'] });
  });

  it('maps artifact stores: HDFS, raw text, archive and optional flags; global outputs get unique names', () => {
    const workflow = irWorkflow('stores', [
      container('a', {
        inputs: {
          artifacts: [
            { name: 'cfg', path: '/cfg.json', raw: '{"a": 1}', mode: 0o644 },
            { name: 'table', path: '/table', location: { type: 'hdfs', addresses: ['nn:8020'], path: '/warehouse/t', user: 'etl' }, optional: true },
          ],
        },
        outputs: { artifacts: [{ name: 'model', path: '/model', archive: 'none', global: true }], parameters: [{ name: 'model', path: '/m', global: true }] },
      }),
      container('b', { outputs: { artifacts: [{ name: 'model', path: '/model', global: true }] } }),
    ]);
    const { template } = compileChecked(workflow);
    expect(template('a').inputs!.artifacts).toEqual([
      { name: 'cfg', path: '/cfg.json', raw: { data: '{"a": 1}' }, mode: 420 },
      { name: 'table', path: '/table', hdfs: { addresses: ['nn:8020'], path: '/warehouse/t', hdfsUser: 'etl' }, optional: true },
    ]);
    expect(template('a').outputs!.artifacts![0]).toEqual({ name: 'model', path: '/model', globalName: 'a-model', archive: { none: {} } });
    expect(template('a').outputs!.parameters![0]!.globalName).toBe('model');
    expect(template('b').outputs!.artifacts![0]!.globalName).toBe('b-model');
  });

  it('refuses what a kind of step cannot carry, by name, instead of dropping it', () => {
    const cases = [
      [irWorkflow('w', [{ name: 'wait', kind: 'suspend', suspend: {}, env: [{ name: 'A', value: 'b' }] } as never]), ['steps', 'wait', 'env']],
      [irWorkflow('w', [container('a', { outputs: { artifacts: [{ name: 'm', path: '/m', location: { type: 'git', repo: 'https://x' } }] } })]), ['steps', 'a', 'outputs', 'artifacts', 'm']],
      [irWorkflow('w', [{ name: 'r', kind: 'resource', resource: { action: 'create', manifest: 'kind: ConfigMap', mergeStrategy: 'json' } } as never]), ['steps', 'r', 'resource', 'mergeStrategy']],
    ] as const;
    for (const [workflow, path] of cases) expect(thrown(() => compileToArgo(workflow))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path });
  });
});

describe("Argo's size limits", () => {
  it('refuses a workflow over 1 MiB and suggests splitting it', () => {
    const huge = irWorkflow('huge', [container('a', { container: { image: 'alpine:3.20', command: ['echo'], args: Array.from({ length: 11 }, () => 'x'.repeat(100 * 1024)) } })]);
    const error = thrown(() => compileToArgo(huge));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND' });
    expect(error.hint).toContain('split');
  });

  it('warns when a workflow leaves too little room for status, and passes smaller ones silently', () => {
    const large = irWorkflow('large', [container('a', { container: { image: 'alpine:3.20', command: ['echo'], args: Array.from({ length: 8 }, () => 'x'.repeat(100 * 1024)) } })]);
    expect(compileToArgo(large).warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('may outgrow')]);
    expect(compileToArgo(conformanceWorkflows.diamond!).warnings).toEqual([]);
  });

  it('refuses a fan-in likely over the 256 KiB parameter limit without an artifact repository, naming both steps', () => {
    const items = Array.from({ length: 400 }, (_, index) => index);
    const workflow = irWorkflow('wide', [
      { ...flip, name: 'score', map: { items } },
      container('total', { container: { image: 'alpine:3.20', args: [{ ref: 'step', step: 'score', output: 'result' }] } }),
    ]);
    const error = thrown(() => compileToArgo(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['total', 'score'], path: ['steps', 'total', 'container', 'args', 0] });
    expect(compileToArgo(workflow, { fanInBytesPerItem: 64 }).warnings).toEqual([]);
    expect(compileToArgo(workflow, { artifactRepository: true }).warnings.map((warning) => warning.stepName)).toEqual(['total']);
  });
});

describe('behaviour when Argo runs it (simulated controller)', () => {
  const simulate = (workflow: Parameters<typeof compileChecked>[0], behaviour: Parameters<typeof simulateArgo>[1], options: Parameters<typeof compileChecked>[1] = {}) =>
    simulateArgo(compileChecked(workflow, options).document as unknown as Record<string, unknown>, behaviour);

  it('loops until the condition fails, passing values from outside into every iteration and the last one out', () => {
    const workflow = irWorkflow(
      'loop',
      [
        container('seed', { outputs: { parameters: [{ name: 'start', path: '/tmp/start' }] } }),
        { ...flip, script: { ...flip.script, args: [{ ref: 'step', step: 'seed', output: 'start' }] } },
        container('report', { container: { image: 'alpine:3.20', command: ['echo'], args: [flipResult] } }),
      ],
      { groups: [{ name: 'until-heads', kind: 'while', steps: ['flip'], condition: { op: 'equal', left: flipResult, right: 'tails' }, maxIterations: 7 }] },
    );
    for (const style of ['dag', 'steps'] as const) {
      let flips = 0;
      const { trace } = simulate(workflow, (run) => (run.template === 'seed' ? { parameters: { start: 's0' } } : run.template === 'flip' ? { result: ++flips < 3 ? 'tails' : 'heads' } : {}), { templateStyle: style });
      expect(trace.map((entry) => [entry.start, entry.run.template, entry.run.argv!.at(-1)])).toEqual([
        [0, 'seed', 'seed'],
        [1, 'flip', 's0'],
        [2, 'flip', 's0'],
        [3, 'flip', 's0'],
        [4, 'report', 'heads'],
      ]);
    }
    const capped = simulate(workflow, (run) => (run.template === 'flip' ? { result: 'tails' } : run.template === 'seed' ? { parameters: { start: 's' } } : {}));
    expect(capped.trace.filter((entry) => entry.run.template === 'flip')).toHaveLength(7);
  });

  it('fans in through a capped map: the reader gets every iteration, in item order', () => {
    const workflow = irWorkflow('fan', [
      { ...flip, name: 'square', script: { ...flip.script, args: [{ ref: 'item' }] }, map: { items: [1, 2, 3], parallelism: 2 } },
      container('sum', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'square', output: 'result' }] } }),
    ]);
    const { trace } = simulate(workflow, (run) => (run.template === 'square' ? { result: String(Number(run.argv!.at(-1)) ** 2) } : {}));
    expect(trace.find((entry) => entry.run.template === 'sum')!.run.argv).toEqual(['echo', '[1,4,9]']);
  });

  it('continues after a failure when told to, and only then', () => {
    const folded = irWorkflow('folded', [
      container('risky', { continueOn: { failed: true } }),
      container('after', { dependencies: ['risky'] }),
      container('alarm', { depends: 'after.Failed' }),
    ]);
    const failing = (run: { template: string }) => (run.template === 'risky' ? { phase: 'Failed' as const } : {});
    const { trace, phase } = simulate(folded, failing);
    expect(trace.map((entry) => entry.run.template)).toEqual(['risky', 'after']);
    expect(phase).toBe('Succeeded');
    const strict = irWorkflow('strict', [container('risky'), container('after', { dependencies: ['risky'] })]);
    const stopped = simulate(strict, failing);
    expect(stopped.trace.map((entry) => entry.run.template)).toEqual(['risky']);
    expect(stopped.phase).toBe('Failed');
  });

  it('runs the exit handler after the main steps with the final status', () => {
    const workflow = irWorkflow('bye', [container('work')], {
      onExit: [container('notify', { container: { image: 'alpine:3.20', command: ['echo'], args: [{ concat: ['status=', { ref: 'workflow', field: 'status' }] }] } })],
    });
    const { trace } = simulate(workflow, (run) => (run.template === 'work' ? { phase: 'Failed' } : {}));
    expect(trace.map((entry) => [entry.start, entry.run.argv!.at(-1)])).toEqual([
      [0, 'work'],
      [1, 'status=Failed'],
    ]);
  });
});
