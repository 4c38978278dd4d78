import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { concurrent, equal, execWhile, map, or, bigger, parameter, runContainer, runScript, setDependencies, setExitHandler, when, workflow, createLocalArtifact, steps } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../../test/support/compile-checked';
import { pipelineTaskParams, runTaskLocally } from '../../test/support/simulate-task';
import { compileToTekton } from './compile-to-tekton';
import { refusal } from '../../test/support/refusal';
import type { LooseJson } from '../../test/support/loose-json';


function ir(steps: Step[], extra: Partial<Workflow['spec']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' }, spec: { steps, ...extra } } as Workflow;
}

const echo = (name: string, extra: Partial<Step> = {}): Step => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo', name] }, ...extra }) as Step;

describe('compileToTekton', () => {
  it('writes a Pipeline of embedded task specs and a PipelineRun that references it', () => {
    const { documents } = compileChecked(ir([echo('a'), echo('b', { dependencies: ['a'] })]));
    expect(documents.map((document) => [document.kind, document.metadata])).toEqual([
      ['Pipeline', { name: 'w' }],
      ['PipelineRun', { generateName: 'w-' }],
    ]);
    expect(taskNamed(documents, 'b')).toEqual({ name: 'b', taskSpec: { steps: [{ name: 'main', command: ['echo', 'b'], image: 'alpine:3.20' }] }, runAfter: ['a'] });
    expect(documents[1]!.spec).toEqual({ pipelineRef: { name: 'w' } });
  });

  it('separate Tasks with taskRef, or one PipelineRun holding the whole pipelineSpec', () => {
    const separate = compileChecked(ir([echo('a')]), { taskStyle: 'separate' }).documents;
    expect(separate.map((document) => `${document.kind}/${document.metadata.name ?? document.metadata.generateName}`)).toEqual(['Task/w-a', 'Pipeline/w', 'PipelineRun/w-']);
    expect(taskNamed(separate, 'a')).toEqual({ name: 'a', taskRef: { name: 'w-a' } });
    const embedded = compileChecked(ir([echo('a')]), { runStyle: 'embedded', generateName: false }).documents;
    expect(embedded.map((document) => document.kind)).toEqual(['PipelineRun']);
    expect(embedded[0]!.metadata).toEqual({ name: 'w-run' });
    expect(embedded[0]!.spec.pipelineSpec).toMatchObject({ tasks: [{ name: 'a' }] });
  });

  it('is deterministic: the same workflow gives byte-identical YAML', () => {
    const build = () => workflow('det', () => {
      const a = runScript({ image: 'python:3.12', source: 'print(1)', stepName: 'a' });
      when(bigger(a, 0), () => runContainer({ image: 'alpine', command: ['echo'], args: [a], stepName: 'b' }));
    });
    expect(compileChecked(build()).yaml).toBe(compileChecked(build()).yaml);
  });

  it('container settings: env from values, secrets and ConfigMaps, envFrom, resources with GPUs, retries, timeouts, continueOn', () => {
    const { documents } = compileChecked(
      ir([
        echo('a', {
          env: [{ name: 'A', value: 'x' }, { name: 'S', secretKeyRef: { name: 'creds', key: 'token' } }, { name: 'C', configMapKeyRef: { name: 'cfg', key: 'k', optional: true } }],
          envFrom: [{ secretRef: { name: 'all' }, prefix: 'P_' }],
          resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { gpu: 2 } },
          retry: { limit: 3 },
          timeoutSeconds: 5400,
        }),
        echo('b', { continueOn: { failed: true }, dependencies: ['a'] }),
      ]),
    );
    const a = taskNamed(documents, 'a');
    expect(a.taskSpec.steps[0]).toMatchObject({
      env: [
        { name: 'A', value: 'x' },
        { name: 'S', valueFrom: { secretKeyRef: { name: 'creds', key: 'token' } } },
        { name: 'C', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'k', optional: true } } },
      ],
      envFrom: [{ prefix: 'P_', secretRef: { name: 'all' } }],
      computeResources: { limits: { 'nvidia.com/gpu': '2' }, requests: { cpu: '500m', memory: '1Gi' } },
    });
    expect([a.retries, a.timeout]).toEqual([3, '1h30m0s']);
    expect(taskNamed(documents, 'b').onError).toBe('continue');
  });

  it('workflow settings land on the PipelineRun: service account, pod template, per-task specs, timeout, claim templates', () => {
    const { documents } = compileChecked(
      ir([echo('a', { serviceAccount: 'trainer', nodeSelector: { gpu: 'yes' }, volumeMounts: [{ name: 'data', mountPath: '/data' }] })], {
        serviceAccount: 'runner',
        tolerations: [{ key: 'k', operator: 'Exists' }],
        imagePullSecrets: ['regcred'],
        timeoutSeconds: 7200,
        volumeClaimTemplates: [{ name: 'data', accessModes: ['ReadWriteOnce'], storage: '5Gi' }],
      }),
    );
    expect(documents[1]!.spec).toEqual({
      pipelineRef: { name: 'w' },
      taskRunTemplate: { serviceAccountName: 'runner', podTemplate: { tolerations: [{ key: 'k', operator: 'Exists' }], imagePullSecrets: [{ name: 'regcred' }] } },
      taskRunSpecs: [{ pipelineTaskName: 'a', serviceAccountName: 'trainer', podTemplate: { nodeSelector: { gpu: 'yes' } } }],
      workspaces: [{ name: 'data', volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } } } }],
      timeouts: { pipeline: '2h0m0s' },
    });
    expect(taskNamed(documents, 'a').workspaces).toEqual([{ name: 'data', workspace: 'data' }]);
    expect(taskNamed(documents, 'a').taskSpec.workspaces).toEqual([{ name: 'data', mountPath: '/data' }]);
  });

  it('parameters become pipeline params; a list parameter an array param that a map reads whole', () => {
    const wf = workflow('params', () => {
      const lr = parameter('lr', { default: 0.1 });
      const shards = parameter('shards', { type: 'list', default: '["a","b"]' });
      runContainer({ image: 'alpine', command: ['echo'], args: [lr], stepName: 'show' });
      map((shard) => runContainer({ image: 'alpine', command: ['echo'], args: [shard], stepName: 'shard' }), shards);
    });
    const { documents } = compileChecked(wf);
    expect(pipelineOf(documents).params).toEqual([{ name: 'lr', default: '0.1' }, { name: 'shards', type: 'array', default: ['a', 'b'] }]);
    expect(taskNamed(documents, 'shard').matrix).toEqual({ params: [{ name: 'item', value: '$(params.shards[*])' }] });
  });

  it('step outputs become results the consumer reads; a step output read by map is an array result', () => {
    const wf = workflow('data', () => {
      const make = runScript({ image: 'python:3.12', source: 'import json; print(json.dumps([1, 2]))', stepName: 'make' });
      map((item) => runContainer({ image: 'alpine', command: ['echo'], args: [item], stepName: 'use' }), make);
    });
    const { documents } = compileChecked(wf);
    expect(taskNamed(documents, 'make').taskSpec.results).toEqual([{ name: 'result', type: 'array' }]);
    expect(taskNamed(documents, 'use').matrix).toEqual({ params: [{ name: 'item', value: '$(tasks.make.results.result[*])' }] });
  });

  it('a large output goes through the data workspace and the consumer still reads the value', () => {
    const big = 'x'.repeat(5000);
    const { documents } = compileChecked(
      ir([
        { name: 'make', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', `printf '%s' ${big} > /tmp/out.txt`] }, outputs: { parameters: [{ name: 'out', path: '/tmp/out.txt' }] } } as Step,
        { name: 'use', kind: 'container', container: { image: 'alpine', command: ['printf', '%s'], args: [{ ref: 'step', step: 'make', output: 'out' }] } } as Step,
      ]),
    );
    expect(pipelineOf(documents).workspaces).toEqual([{ name: 'couler-data', description: 'Artifacts and results too large for Tekton results, written by Couler.' }]);
    const make = runTaskLocally(taskNamed(documents, 'make').taskSpec, {});
    expect(make.exitCode).toBe(0);
    expect(make.results.out).toBe('couler-file:results/make/out');
    const use = taskNamed(documents, 'use');
    const ran = runTaskLocally(use.taskSpec, pipelineTaskParams(use, { 'tasks.make.results.out': make.results.out! }), { dataDirectory: make.dataDirectory });
    expect(ran.stdout).toBe(big);
    // A small one stays in the result.
    const small = compileToTekton(
      ir([
        { name: 'x', kind: 'container', container: { image: 'a', command: ['sh', '-c', 'printf 42 > /tmp/o'] }, outputs: { parameters: [{ name: 'o', path: '/tmp/o' }] } } as Step,
        { name: 'y', kind: 'container', container: { image: 'a', command: ['echo'], args: [{ ref: 'step', step: 'x', output: 'o' }] } } as Step,
      ]),
    );
    const x = (small.documents[0]!.spec.tasks as Array<LooseJson>)[0]!;
    expect(runTaskLocally(x.taskSpec, {}).results.o).toBe('42');
  });

  it('with largeResults: error, an oversized output fails its step with a message instead', () => {
    const { documents } = compileChecked(
      ir([
        { name: 'make', kind: 'container', container: { image: 'alpine', command: ['sh', '-c', `printf '%5000s' x > /tmp/out.txt`] }, outputs: { parameters: [{ name: 'out', path: '/tmp/out.txt' }] } } as Step,
        { name: 'use', kind: 'container', container: { image: 'alpine', command: ['echo'], args: [{ ref: 'step', step: 'make', output: 'out' }] } } as Step,
      ]),
      { largeResults: 'error' },
    );
    expect(pipelineOf(documents).workspaces).toBeUndefined();
    const make = runTaskLocally(taskNamed(documents, 'make').taskSpec, {});
    expect([make.exitCode, make.stderr]).toEqual([1, 'couler: output out is larger than the 2048 bytes a Tekton result can hold here\n']);
  });

  it('artifacts pass through the data workspace', () => {
    const wf = workflow('artifacts', () => {
      const made = runContainer({ image: 'alpine', command: ['sh', '-c', 'mkdir -p /tmp/m && echo model > /tmp/m/w.txt'], output: createLocalArtifact('/tmp/m'), stepName: 'train' });
      runContainer({ image: 'alpine', command: ['cat', '/tmp/in/w.txt'], input: made, stepName: 'serve' });
    });
    const { documents } = compileChecked(wf);
    const train = runTaskLocally(taskNamed(documents, 'train').taskSpec, {});
    expect(train.exitCode).toBe(0);
    const serveTask = taskNamed(documents, 'serve');
    expect(serveTask.taskSpec.steps[0].script).toContain(`cp -R "$(workspaces.couler-data.path)"'/artifacts/train/m'`);
  });

  it('when: equal/notEqual and "and" become in/notin; anything else a condition task the when reads', () => {
    const wf = workflow('cond', () => {
      const flip = runScript({ image: 'python:3.12', source: 'print(4)', stepName: 'flip' });
      when(equal(flip, 'heads'), () => runContainer({ image: 'alpine', command: ['echo', 'h'], stepName: 'heads' }));
      when(or(bigger(flip, 3), equal(flip, 'x')), () => runContainer({ image: 'alpine', command: ['echo', 'b'], stepName: 'big' }));
    });
    const { documents } = compileChecked(wf);
    expect(taskNamed(documents, 'heads').when).toEqual([{ input: '$(tasks.flip.results.result)', operator: 'in', values: ['heads'] }]);
    expect(taskNamed(documents, 'big').when).toEqual([{ input: '$(tasks.big-when.results.value)', operator: 'in', values: ['true'] }]);
    const condition = taskNamed(documents, 'big-when');
    for (const [flip, expected] of [['4', 'true'], ['3', 'false'], ['x', 'true'], ['abc', 'false']] as const) {
      expect(runTaskLocally(condition.taskSpec, pipelineTaskParams(condition, { 'tasks.flip.results.result': flip })).results.value).toBe(expected);
    }
  });

  it('with cel, the same condition is one CEL when expression', () => {
    const wf = workflow('cel', () => {
      const flip = runScript({ image: 'python:3.12', source: 'print(4)', stepName: 'flip' });
      when(or(bigger(flip, 3), equal(flip, "it's")), () => runContainer({ image: 'alpine', command: ['echo', 'b'], stepName: 'big' }));
    });
    const { documents } = compileChecked(wf, { cel: true });
    expect(taskNamed(documents, 'big').when).toEqual([{ cel: "(double('$(tasks.flip.results.result)') > 3) || ('$(tasks.flip.results.result)' == 'it\\'s')" }]);
  });

  it('concurrent branches are parallel tasks; setDependencies is runAfter', () => {
    const wf = workflow('par', () => {
      const [a, b] = concurrent([() => runContainer({ image: 'alpine', command: ['true'], stepName: 'a' }), () => runContainer({ image: 'alpine', command: ['true'], stepName: 'b' })]);
      setDependencies(() => runContainer({ image: 'alpine', command: ['true'], stepName: 'c' }), [a, b]);
    });
    const { documents } = compileChecked(wf);
    expect(pipelineOf(documents).tasks.map((task: { name: string; runAfter?: string[] }) => [task.name, task.runAfter])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', ['a', 'b']],
    ]);
  });

  it('exit handlers are finally tasks; the status condition reads $(tasks.status)', () => {
    const wf = workflow('exit', () => {
      runContainer({ image: 'alpine', command: ['false'], stepName: 'work' });
      setExitHandler('Failed', () => runContainer({ image: 'alpine', command: ['echo', 'failed'], stepName: 'alert' }));
    });
    const { documents } = compileChecked(wf);
    expect(pipelineOf(documents).finally).toEqual([
      { name: 'alert', taskSpec: { steps: [{ name: 'main', command: ['echo', 'failed'], image: 'alpine' }] }, when: [{ input: '$(tasks.status)', operator: 'in', values: ['Failed'] }] },
    ]);
  });

  it('execWhile unrolls under the cap: each iteration after the first runs when the previous condition task says true', () => {
    const loopWorkflow = workflow('loop', () => {
      execWhile(equal('tails'), () => runScript({ image: 'python:3.12', source: 'print("tails")', stepName: 'flip' }), { maxIterations: 3 });
    });
    const { documents } = compileChecked(loopWorkflow);
    const tasks = pipelineOf(documents).tasks as Array<LooseJson>;
    expect(tasks.map((task) => [task.name, task.when?.[0]?.input ?? null, task.runAfter ?? null])).toEqual([
      ['flip', null, null],
      ['flip-2', '$(tasks.exec-while-flip-next-1.results.value)', null],
      ['flip-3', '$(tasks.exec-while-flip-next-2.results.value)', null],
      ['exec-while-flip-next-1', null, ['flip']],
      ['exec-while-flip-next-2', '$(tasks.exec-while-flip-next-1.results.value)', ['flip-2']],
    ]);
    const error = refusal(() => compileToTekton({ ...loopWorkflow, spec: { ...loopWorkflow.spec, groups: [{ ...loopWorkflow.spec.groups![0]!, maxIterations: 50 } as never] } }));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toBe('The tekton backend cannot express a loop of up to 50 iterations (it unrolls loops of at most 10) ("while"), used by "exec-while-flip".');
  });

  it('job steps create the Kubeflow resource with kubectl and wait for it', () => {
    const wf = workflow('jobs', () => {
      steps.pytorch.train({ image: 'acme/torch:2', command: ['python', 'train.py'], numWorkers: 2, stepName: 'train' } as never);
    });
    const { documents } = compileChecked(wf);
    const step = taskNamed(documents, 'train').taskSpec.steps[0];
    expect(step.image).toBe('bitnami/kubectl:1.31');
    expect(step.script).toContain('"kind": "PyTorchJob"');
    expect(step.script).toContain('couler_object=`kubectl create -f /tmp/couler-manifest.json -o name` && couler_wait_job "$couler_object"');
  });

  it('refuses what Tekton cannot express, naming construct, step and backend', () => {
    const cases: Array<[Workflow, string]> = [
      [ir([echo('a', { retry: { limit: 2, on: 'transient' } })]), `The tekton backend cannot express retrying only transient failures (on: 'transient') ("retry"), used by "a".`],
      [ir([echo('a', { retry: { limit: 2, on: 'error' } })]), `The tekton backend cannot express retrying only errors around the step (on: 'error') ("retry"), used by "a".`],
      [ir([echo('a', { retry: { limit: 2 }, continueOn: { failed: true } })]), 'The tekton backend cannot express continueOn together with retries ("continue-on"), used by "a".'],
      [ir([{ name: 's', kind: 'suspend', suspend: {} } as Step]), 'The tekton backend cannot express a suspend step without a duration (Tekton cannot pause a run until resumed) ("step.suspend"), used by "s".'],
      [ir([echo('a', { map: { items: ['x'], parallelism: 1 } })]), 'The tekton backend cannot express a cap on how many iterations of a map run at once ("map.items"), used by "a".'],
    ];
    for (const [input, message] of cases) {
      const error = refusal(() => compileToTekton(input));
      expect([error.code, error.message]).toEqual(['UNSUPPORTED_BY_BACKEND', message]);
    }
  });

  it("retries a task on 'always' and 'failure' (Tekton retries any failed TaskRun), and points a refusal at the workflow's default policy", () => {
    for (const on of [undefined, 'always', 'failure'] as const) {
      const { documents } = compileChecked(ir([echo('a', { retry: { limit: 2, ...(on && { on }) } })]));
      expect(taskNamed(documents, 'a').retries).toBe(2);
    }
    const error = refusal(() => compileToTekton(ir([echo('a')], { retry: { limit: 1, on: 'transient', transientPatterns: ['busy'] } })));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['retry', 'on'] });
    expect(error.hint).toContain('drop retry.on and transientPatterns to retry every failure');
  });

  it('an unknown or bad setting is an INVALID_FIELD error', () => {
    expect(refusal(() => compileToTekton(ir([echo('a')]), { taskstyle: 'x' } as never)).message).toBe('The tekton backend has no setting "taskstyle".');
    expect(refusal(() => compileToTekton(ir([echo('a')]), { maxUnroll: 0 })).message).toBe('maxUnroll must be a whole number ≥ 1, not 0.');
  });
});
