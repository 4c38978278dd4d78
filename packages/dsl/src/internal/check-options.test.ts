import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catchCouler, lineOf } from '../__tests__/helpers';
import {
  concurrent,
  configWorkflow,
  createGcsArtifact,
  createAzureArtifact,
  createArtifactoryArtifact,
  createPluginArtifact,
  createGitArtifact,
  createHdfsArtifact,
  createHttpArtifact,
  createLocalArtifact,
  createOssArtifact,
  createParameterArtifact,
  createS3Artifact,
  createSecret,
  execWhile,
  equal,
  listArtifactFiles,
  map,
  obtainSecret,
  parameter,
  runContainer,
  runContainerSet,
  runHttp,
  runJob,
  runScript,
  runTemplateRef,
  steps,
  suspend,
  workflow,
  workflowOutput,
} from '../index';

const here = fileURLToPath(import.meta.url);
const bogus: object = { bogus: 1 };
const image = 'alpine:3.20';
const job = { image, numWorkers: 1 };

// Every exported call that takes options, and every DSL-shaped object inside them, with a key
// it does not know. Before the check, each of these built a workflow without the key.
const CALLS: Array<[where: string, call: () => unknown]> = [
  ['runContainer()', () => runContainer({ image, ...bogus })],
  ['runContainer({ retry })', () => runContainer({ image, retry: { limit: 1, ...bogus } })],
  ['runContainer({ retry.backoff })', () => runContainer({ image, retry: { limit: 1, backoff: { duration: 1, ...bogus } } })],
  ['runContainer({ cache })', () => runContainer({ image, cache: { ttl: '1h', ...bogus } })],
  ['runContainer({ resources })', () => runContainer({ image, resources: { cpu: 1, ...bogus } })],
  ['runContainer({ resources.limits })', () => runContainer({ image, resources: { limits: { cpu: 1, ...bogus } } })],
  ['runScript()', () => runScript({ image, source: 'print(1)', ...bogus })],
  ['runJob()', () => runJob({ manifest: 'kind: Job', ...bogus })],
  ['suspend()', () => suspend({ duration: 5, ...bogus })],
  ['runHttp()', () => runHttp({ url: 'https://example.com', ...bogus })],
  ['runContainerSet()', () => runContainerSet({ containers: [{ name: 'main', image }], ...bogus })],
  ['runContainerSet({ containers[0] })', () => runContainerSet({ containers: [{ name: 'main', image, ...bogus }] })],
  ['runTemplateRef()', () => runTemplateRef({ workflowTemplate: 't', template: 'x', ...bogus })],
  ['configWorkflow()', () => configWorkflow({ ...bogus })],
  ['configWorkflow({ ttl })', () => configWorkflow({ ttl: { afterSuccess: 5, ...bogus } })],
  ['configWorkflow({ stepDefaults })', () => configWorkflow({ stepDefaults: { timeout: 5, ...bogus } })],
  ['parameter()', () => parameter('lr', { default: 1, ...bogus })],
  ['workflowOutput()', () => workflowOutput('out', 'x', { ...bogus })],
  ['map()', () => map((item) => runContainer({ image, args: [item] }), ['a'], { parallelism: 1, ...bogus })],
  ['concurrent()', () => concurrent([() => runContainer({ image })], { ...bogus })],
  ['execWhile()', () => execWhile(equal('x'), () => runContainer({ image }), { ...bogus })],
  ['createParameterArtifact()', () => createParameterArtifact('/tmp/a', { ...bogus })],
  ['createLocalArtifact()', () => createLocalArtifact('/tmp/a', { ...bogus })],
  ['createS3Artifact()', () => createS3Artifact('/tmp/a', { bucket: 'b', key: 'k', ...bogus })],
  ['createOssArtifact()', () => createOssArtifact('/tmp/a', { bucket: 'b', key: 'k', endpoint: 'e', ...bogus })],
  ['createGcsArtifact()', () => createGcsArtifact('/tmp/a', { bucket: 'b', key: 'k', ...bogus })],
  ['createAzureArtifact()', () => createAzureArtifact('/tmp/a', { container: 'c', blob: 'k', ...bogus })],
  ['createArtifactoryArtifact()', () => createArtifactoryArtifact('/tmp/a', { url: 'https://art/x', ...bogus })],
  ['createPluginArtifact()', () => createPluginArtifact('/tmp/a', { plugin: 'p', configuration: 'c: 1', key: 'k', ...bogus })],
  ['listArtifactFiles()', () => listArtifactFiles(createS3Artifact('/tmp/a', { bucket: 'b', key: 'k' }), { ...bogus })],
  ['createHdfsArtifact()', () => createHdfsArtifact('/tmp/a', { addresses: ['h:1'], hdfsPath: '/p', ...bogus })],
  ['createGitArtifact()', () => createGitArtifact('/tmp/a', { repo: 'https://x/y.git', ...bogus })],
  ['createHttpArtifact()', () => createHttpArtifact('/tmp/a', { url: 'https://x/y', ...bogus })],
  ['createSecret(data, options)', () => createSecret({ token: 't' }, { ...bogus })],
  ['obtainSecret(keys, options)', () => obtainSecret(['token'], { name: 's', ...bogus })],
  ['.at()', () => runContainer({ image, output: createLocalArtifact('/tmp/a') }).output('a').at('/in', { ...bogus })],
  ['steps.tensorflow.train()', () => steps.tensorflow.train({ ...job, ...bogus })],
  ['steps.tensorflow.train({ worker })', () => steps.tensorflow.train({ ...job, worker: { replicas: 1, ...bogus } })],
  ['steps.pytorch.train()', () => steps.pytorch.train({ ...job, ...bogus })],
  ['steps.mpi.run()', () => steps.mpi.run({ ...job, ...bogus })],
  ['steps.xgboost.train()', () => steps.xgboost.train({ ...job, ...bogus })],
  ['steps.lightgbm.train({ master })', () => steps.lightgbm.train({ ...job, master: { ...bogus } })],
];

describe('checkOptions: an option a call does not know is refused, at the call', () => {
  it.each(CALLS)('%s', (where, call) => {
    const error = catchCouler(() => workflow('w', () => void call()));
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toBe(`${where} has no option "bogus".`);
    expect(error.hint).toMatch(new RegExp(`^${where.replace(/[().[\]{}]/g, '\\$&')} takes: `));
    expect(error.locations?.[0]?.file).toBe(here);
  });

  it("workflow()'s own config is checked as configWorkflow's", () => {
    expect(catchCouler(() => workflow('w', () => void runContainer({ image }), { bogus: 1 } as never)).message).toBe('configWorkflow() has no option "bogus".');
  });

  it("turns the Python Couler's snake_case names into the camelCase option, and names the one a typo meant", () => {
    const snake = catchCouler(() => workflow('w', () => void runContainer({ image, image_pull_policy: 'Always' } as never)));
    expect(snake.message).toBe('runContainer() has no option "image_pull_policy". Write "imagePullPolicy" (the Python Couler\'s "image_pull_policy").');
    const typo = catchCouler(() => workflow('w', () => void runContainer({ image, stepname: 'x' } as never)));
    expect(typo.message).toBe('runContainer() has no option "stepname". Did you mean "stepName"?');
    const argo = catchCouler(() => workflow('w', () => void runContainer({ image, activeDeadlineSeconds: 60 } as never)));
    expect(argo.message).toContain('Write "timeout" instead');
    const cron = catchCouler(() => workflow('w', () => configWorkflow({ cron_config: { schedule: '* * * * *' } } as never)));
    expect(cron.message).toContain('has no option "cron_config". Write "cron" instead');
  });

  it('refuses Kubernetes fields Couler does not carry as not supported yet, not as a typo', () => {
    const error = catchCouler(() => workflow('w', () => void runContainer({ image, hostPID: true } as never))); // @security-context
    expect(error.message).toBe('runContainer() got "hostPID", a Kubernetes field Couler does not support yet.');
    expect(error.hint).toContain('Remove "hostPID"');
    expect(error.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@security-context') });
  });

  it('lists every problem of one call at once', () => {
    const error = catchCouler(() => workflow('w', () => void runContainer({ image, shareProcessNamespace: true, step_name: 'a', zzz: 1 } as never)));
    expect(error.message).toBe(
      'runContainer() has 3 options it cannot use: "shareProcessNamespace" is a Kubernetes field not supported yet; "step_name": write "stepName" (the Python Couler\'s "step_name"); "zzz" is unknown.',
    );
    expect(error.hint).toMatch(/^Remove the fields not supported yet/);
  });

  it('still accepts every option the types allow (undefined values included)', () => {
    expect(() =>
      workflow('w', () => {
        runContainer({ image, stepName: undefined, retry: { limit: 1, backoff: { duration: 1, factor: 2, maxDuration: 10, cap: 5 }, on: 'transient', transientPatterns: ['x'] } });
      }),
    ).not.toThrow();
  });
});
