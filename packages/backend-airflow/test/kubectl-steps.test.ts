import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { map, runContainer, runJob, steps, workflow, type ItemHandle } from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import code5 from '../../../examples/paper/src/code5-model-search';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { createdJson, fakeKubectl, type FakeKubectl } from './support/fake-kubectl';
import type { LooseJson } from './support/loose-json';
import { hasJinja } from './support/python';
import { pushedXcom, readPod, runPod } from './support/run-pod';

const directory = mkdtempSync(join(tmpdir(), 'couler-kubectl-pods-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64').toString('utf8');

let runs = 0;
/** Renders a task's pod as Airflow would and runs it with the fake kubectl first on its PATH. */
async function runKubectlPod(source: string, taskId: string, kubectl: FakeKubectl, options: { mapIndex?: number; xcom?: Record<string, unknown> } = {}) {
  const pod = readPod(source, { taskId, dagId: 'd', runId: 'r1', ...options });
  runs += 1;
  const run = join(directory, String(runs));
  const { base } = await runPod(pod, { shared: join(run, 'shared'), xcom: join(run, 'xcom') }, { env: { PATH: `${kubectl.dir}:${process.env.PATH}` } });
  const pushed = pushedXcom(join(run, 'xcom'));
  return { base, pushed: pushed && Object.fromEntries(Object.entries(pushed).map(([key, value]) => [key, unb64(value)])) };
}

const succeeded = { status: { conditions: [{ type: 'Created', status: 'True' }, { type: 'Succeeded', status: 'True' }] } };
const running = { status: { conditions: [{ type: 'Created', status: 'True' }, { type: 'Running', status: 'True' }] } };
const failed = { status: { conditions: [{ type: 'Created', status: 'True' }, { type: 'Failed', status: 'True' }] } };

describe.skipIf(!hasJinja)('job steps on Airflow: a pod running kubectl', () => {
  it('Code 5: map index 2 creates a TFJob whose roles get batch size 300, waits for it, and pushes its name to XCom', async () => {
    const dag = compileChecked(code5);
    expect(dag.keyword('train_tensorflow', 'image')).toBe('bitnami/kubectl:1.31');
    const kubectl = fakeKubectl('tfjob.kubeflow.org/train-tensorflow-x7k2p', [running, succeeded]);
    const { base, pushed } = await runKubectlPod(dag.source, 'train_tensorflow', kubectl, { mapIndex: 2 });
    expect(base.stderr).toBe('');
    expect(base.status).toBe(0);
    const job = createdJson(kubectl);
    expect(job).toMatchObject({ apiVersion: 'kubeflow.org/v1', kind: 'TFJob', metadata: { generateName: 'train-tensorflow-' } });
    expect(job.spec.tfReplicaSpecs.Worker.template.spec.containers[0].args).toEqual(['--batch_size', '300']);
    expect(job.spec.tfReplicaSpecs.PS.template.spec.containers[0].args).toEqual(['--batch_size', '300']);
    expect(kubectl.polls()).toBe(1);
    expect(pushed).toEqual({ 'job-name': 'train-tensorflow-x7k2p' });
  });

  it('fails the task when the job fails, naming it, and pushes nothing', async () => {
    const dag = compileChecked(code5);
    const kubectl = fakeKubectl('tfjob.kubeflow.org/train-tensorflow-x7k2p', [running, failed]);
    const { base, pushed } = await runKubectlPod(dag.source, 'train_tensorflow', kubectl, { mapIndex: 0 });
    expect(base.status).not.toBe(0);
    expect(base.stderr).toContain('tfjob.kubeflow.org/train-tensorflow-x7k2p failed');
    expect(pushed).toBeUndefined();
  });

  const HOSTILE = [
    `it's "quoted" \\ back`,
    'one\ntwo\tthree\n',
    'bell\u0007 escape\u001b return\r end',
    '$(echo hi) `id` $HOME ${x} \'; rm -rf / #',
    '{{ ti }} {% raw %} {#c#} }}x{{',
    '日本語 ünïcödé 🚀',
    '{"a": [1, "b"]}',
    '',
  ];

  it('each map item reaches the job as exactly that argument, whatever it holds', async () => {
    const hostile = workflow('hostile-job', () => {
      map((value: ItemHandle) => steps.pytorch.train({ stepName: 'train', image: 'trainer:v1', command: 'python train.py', args: ['--tag', value, 'literal "text" {{ x }} $(y)'], numWorkers: 1 }), HOSTILE);
    });
    const dag = compileChecked(hostile);
    for (const [index, item] of HOSTILE.entries()) {
      const kubectl = fakeKubectl('pytorchjob.kubeflow.org/train-abcde', [succeeded]);
      const { base } = await runKubectlPod(dag.source, 'train', kubectl, { mapIndex: index });
      expect(base.status, base.stderr).toBe(0);
      for (const replica of Object.values<LooseJson>(createdJson(kubectl).spec.pytorchReplicaSpecs)) {
        expect(replica.template.spec.containers[0].args, JSON.stringify(item)).toEqual(['--tag', item, 'literal "text" {{ x }} $(y)']);
      }
    }
  });

  it("another step's output reaches the job's arguments through XCom, exactly", async () => {
    const value = HOSTILE.join('|');
    const built = workflow('job-reads-output', () => {
      const pick = runContainer({ stepName: 'pick', image: 'alpine:3.20', command: ['cat', '/tmp/tag'] });
      steps.tensorflow.train({ stepName: 'train', image: 'tf:v1', command: 'python t.py', args: ['--tag', pick.result], numWorkers: 2 });
    });
    const dag = compileChecked(built);
    expect(dag.upstream('train')).toEqual(['pick']);
    const kubectl = fakeKubectl('tfjob.kubeflow.org/train-q', [succeeded]);
    const { base } = await runKubectlPod(dag.source, 'train', kubectl, { xcom: { pick: { result: b64(value) } } });
    expect(base.status, base.stderr).toBe(0);
    expect(createdJson(kubectl).spec.tfReplicaSpecs.Worker.template.spec.containers[0].args).toEqual(['--tag', value]);
  });

  it('mapped over a list another step prints, an items task builds each pod\'s arguments at run time', () => {
    const built = workflow('job-over-output', () => {
      const sizes = runContainer({ stepName: 'sizes', image: 'alpine:3.20', command: ['echo', '[100, 200]'] });
      map((size: ItemHandle) => steps.tensorflow.train({ stepName: 'train', image: 'tf:v1', args: ['--batch_size', size], numWorkers: 1 }), sizes);
    });
    const dag = compileChecked(built);
    expect(dag.task('train__items').body).toContain("return [[couler_escape(couler_text(item))] for item in couler_items(couler_output(ti, 'sizes', 'result'))]");
    expect(dag.flat).toContain('.expand(arguments=train__items)');
    expect(dag.upstream('train')).toEqual(['train__items']);
  });

  it("runs as the workflow's service account, which needs RBAC on the job's kind", () => {
    const built = workflow('job-account', () => {
      steps.xgboost.train({ stepName: 'train', image: 'xgb:v1', numWorkers: 1, serviceAccount: 'trainer' });
    });
    expect(compileChecked(built, { kubectlImage: 'registry.local/kubectl:1.30' }).keyword('train', 'service_account_name')).toBe('trainer');
    expect(compileChecked(built, { kubectlImage: 'registry.local/kubectl:1.30' }).keyword('train', 'image')).toBe('registry.local/kubectl:1.30');
  });

  it('refuses what a kubectl pod cannot give: the standard output of a job, an environment for it', () => {
    const readsName = workflow('job-result', () => {
      const train = steps.tensorflow.train({ stepName: 'train', image: 'tf:v1', numWorkers: 1 });
      runContainer({ stepName: 'read', image: 'alpine:3.20', command: ['echo'], args: [train.output('job-name')] });
    });
    // The DSL refuses it; another front may write it.
    const readsResult = JSON.parse(JSON.stringify(readsName).replace('"output":"job-name"', '"output":"result"')) as Workflow;
    expect(JSON.stringify(readsResult)).toContain('"output":"result"');
    expect(compilerRefusal(readsResult)).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'train', 'outputs'] });
    const withEnv = workflow('job-env', () => {
      steps.tensorflow.train({ stepName: 'train', image: 'tf:v1', numWorkers: 1, env: { MODE: 'fast' } });
    });
    const error = compilerRefusal(withEnv);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'train', 'env'] });
    expect(error.hint).toContain("job's roles");
  });
});

const MANIFEST = { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.40', command: ['perl', '-e', `print "{{ x }} $(y) it's"`] }] } } } };

async function runResourceStep(options: { successCondition?: string; failureCondition?: string; readName?: boolean; manifest?: unknown }, states: ReadonlyArray<unknown>) {
  const built = workflow('resource', () => {
    const job = runJob({ stepName: 'batch', manifest: (options.manifest ?? MANIFEST) as Record<string, unknown>, successCondition: options.successCondition, failureCondition: options.failureCondition });
    if (options.readName) runContainer({ stepName: 'after', image: 'alpine:3.20', command: ['echo'], args: [job.output('job-name')] });
  });
  const dag = compileChecked(built);
  const kubectl = fakeKubectl('job.batch/pi-x7k2p', states);
  const { base, pushed } = await runKubectlPod(dag.source, 'batch', kubectl);
  return { ...base, pushed, kubectl };
}

describe.skipIf(!hasJinja)('resource steps on Airflow wait for their conditions, as Argo does', () => {
  it('creates the manifest as written, succeeds once every success requirement holds, and pushes its jsonPath outputs after', async () => {
    const run = await runResourceStep({ successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3', readName: true }, [{ status: {} }, { status: { active: 1 } }, { status: { succeeded: 1 } }]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.kubectl.polls()).toBe(2);
    expect(run.kubectl.manifest()).toContain(`print "{{ x }} $(y) it's"`);
    // The pod's /tmp is a private folder here (see runPod).
    expect(run.kubectl.calls()[0]).toMatch(/^create -f \S*\/couler-manifest\.yaml -o name$/);
    expect(run.pushed).toEqual({ 'job-name': 'pi-x7k2p' });
  });

  it('fails as soon as a failure requirement holds, naming it', async () => {
    const run = await runResourceStep({ successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3' }, [{ status: { failed: 1 } }, { status: { failed: 4 } }]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('failure condition "status.failed > 3" holds for job.batch/pi-x7k2p');
    expect(run.kubectl.polls()).toBe(1);
  });

  it('fails when the object is deleted while it waits', async () => {
    const run = await runResourceStep({ successCondition: 'status.succeeded > 0' }, [{ status: {} }, null]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('was deleted while its conditions were checked');
  });

  it('without conditions, creates the object and is done', async () => {
    const run = await runResourceStep({}, [null]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.kubectl.calls()).toHaveLength(1);
    expect(run.pushed).toBeUndefined();
  });

  it.each([
    ['status.phase=Running', true],
    ['status.phase in (Failed, Running)', true],
    ['status.phase notin (Failed, Running)', false],
    ['status.missing!=a', true],
    ['!status.phase', false],
    ['status.count>6', true],
    ['status.conditions.0.type=Complete', true],
    ['status.phase=Running,status.count>10', false],
  ])('success condition %j on an object in phase Running with count 7: %s', async (condition, holds) => {
    // One poll: a condition that does not hold leaves the step polling, which the deleted state ends.
    const object = { status: { phase: 'Running', count: 7, conditions: [{ type: 'Complete', status: 'True' }] } };
    const run = await runResourceStep({ successCondition: condition }, [object, null]);
    expect(run.status === 0, run.stderr).toBe(holds);
  });

  it('refuses an output read with a jq filter, and conditions on an object it deletes', () => {
    const jq = workflow('resource-jq', () => {
      const job = runJob({ stepName: 'batch', manifest: MANIFEST });
      runContainer({ stepName: 'after', image: 'alpine:3.20', command: ['echo'], args: [job.output('job-obj')] });
    });
    const error = compilerRefusal(jq);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'batch', 'outputs', 'parameters', 'job-obj'] });
    expect(error.hint).toContain('jsonPath');
    const deletes = workflow('resource-delete', () => {
      runJob({ stepName: 'batch', manifest: MANIFEST, action: 'delete', successCondition: 'status.succeeded > 0' });
    });
    expect(compilerRefusal(deletes)).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'batch', 'resource'] });
  });
});
