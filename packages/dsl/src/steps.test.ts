import { fileURLToPath } from 'node:url';
import { isDns1123Label, serializeWorkflow, parseWorkflow, validate } from '@couler/ir';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { catchCouler, lineOf, stepOf } from './__tests__/helpers';
import type { ArtifactSpec } from './artifacts';
import {
  addVolume,
  concat,
  createGcsArtifact,
  createGitArtifact,
  createHdfsArtifact,
  createHttpArtifact,
  createLocalArtifact,
  createOssArtifact,
  createParameterArtifact,
  createS3Artifact,
  createSecret,
  obtainSecret,
  runContainer,
  runJob,
  runScript,
  steps,
  suspend,
  workflow,
} from './index';

const here = fileURLToPath(import.meta.url);

describe('runContainer', () => {
  it('maps every option to the IR', () => {
    const built = workflow('full', () => {
      const secret = createSecret({ user: 'alice', password: 's3cret' }, { name: 'db-credentials' });
      runContainer({
        image: 'trainer:1.0',
        command: 'python',
        args: ['train.py', 3, true],
        env: { EPOCHS: 10, DEBUG: false, TOKEN: { secretKeyRef: { name: 'tokens', key: 'hf' } } },
        secret,
        resources: { cpu: 2, memory: '4Gi', gpu: 1 },
        timeout: '1h30m',
        retry: { limit: 3, on: 'transient', backoff: { duration: '10s', factor: 2, maxDuration: '5m' } },
        cache: { ttl: '1d', excludeInputs: ['DEBUG'] },
        nodeSelector: { pool: 'gpu' },
        imagePullPolicy: 'IfNotPresent',
        workingDir: '/work',
        volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }],
        labels: { team: 'ml' },
        daemon: true,
        stepName: 'train',
      });
    });
    const step = stepOf(built, 'train');
    expect(step).toMatchObject({
      kind: 'container',
      container: { image: 'trainer:1.0', command: ['python'], args: ['train.py', '3', 'true'], imagePullPolicy: 'IfNotPresent', workingDir: '/work' },
      env: [
        { name: 'EPOCHS', value: '10' },
        { name: 'DEBUG', value: 'false' },
        { name: 'TOKEN', secretKeyRef: { name: 'tokens', key: 'hf' } },
        { name: 'password', secretKeyRef: { name: 'db-credentials', key: 'password' } },
        { name: 'user', secretKeyRef: { name: 'db-credentials', key: 'user' } },
      ],
      resources: { requests: { cpu: '2', memory: '4Gi', gpu: 1 }, limits: { cpu: '2', memory: '4Gi', gpu: 1 } },
      timeoutSeconds: 5400,
      retry: { limit: 3, on: 'transient', backoff: { durationSeconds: 10, factor: 2, maxDurationSeconds: 300 } },
      cache: { enabled: true, ttlSeconds: 86400, excludeInputs: ['DEBUG'] },
      nodeSelector: { pool: 'gpu' },
      labels: { team: 'ml' },
      daemon: true,
    });
    // Undeclared mounts get an emptyDir, as in Couler; secrets are declared by name and keys only.
    expect(built.spec.volumes).toEqual([{ name: 'scratch', emptyDir: {} }]);
    expect(built.spec.secrets).toEqual([{ name: 'db-credentials', keys: ['password', 'user'] }]);
    expect(JSON.stringify(built)).not.toContain('s3cret');
    expect(JSON.stringify(built)).not.toContain('alice');
  });

  it('keeps a declared volume instead of adding an emptyDir', () => {
    const built = workflow('vol', () => {
      addVolume({ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } });
      runContainer({ image: 'a', volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }] });
    });
    expect(built.spec.volumes).toEqual([{ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } }]);
  });

  it('passes outputs as references, and literal text stays literal', () => {
    const built = workflow('passing', () => {
      const producer = runContainer({ image: 'p', output: createParameterArtifact('/out/message.txt'), stepName: 'producer' });
      runContainer({ image: 'c', args: [producer, concat`--msg=${producer.output('message')}!`, '{{workflow.name}}'], stepName: 'consumer' });
    });
    const consumer = stepOf(built, 'consumer');
    expect(consumer.kind === 'container' && consumer.container.args).toEqual([
      { ref: 'step', step: 'producer', output: 'message' },
      { concat: ['--msg=', { ref: 'step', step: 'producer', output: 'message' }, '!'] },
      '{{workflow.name}}',
    ]);
  });

  it('mounts artifact outputs passed in args or input at their path', () => {
    const built = workflow('artifacts', () => {
      const prep = runContainer({ image: 'prep', output: createLocalArtifact('/data/train', { name: 'train-set' }), stepName: 'prep' });
      runContainer({ image: 'train', args: [prep, '--epochs', 3], stepName: 'train' });
      runContainer({ image: 'eval', input: prep.output('train-set'), stepName: 'eval' });
    });
    for (const name of ['train', 'eval']) {
      expect(stepOf(built, name).inputs?.artifacts).toEqual([{ name: 'train-set', path: '/data/train', from: { ref: 'step', step: 'prep', output: 'train-set' } }]);
    }
    const train = stepOf(built, 'train');
    expect(train.kind === 'container' && train.container.args).toEqual(['--epochs', '3']);
  });

  it('reports an output that does not exist at the user line', () => {
    const error = catchCouler(() =>
      workflow('bad', () => {
        const step = runContainer({ image: 'a', output: createParameterArtifact('/tmp/accuracy.txt'), stepName: 'train' });
        runContainer({ image: 'b', args: [step.output('acuracy')] }); // @bad-output
      }),
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_OUTPUT', stepIds: ['train'] });
    expect(error.hint).toContain('accuracy');
    expect(error.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@bad-output') });
  });

  it('refuses bad options with a message that says what to fix', () => {
    expect(catchCouler(() => workflow('bad', () => void runContainer({} as never))).message).toContain('needs an image');
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: 'a', timeout: 'soon' }))).hint).toContain('"30s"');
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: 'a', retry: -1 }))).message).toContain('≥ 0');
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: 'a', args: [{}] as never }))).message).toContain('got an object');
    expect(catchCouler(() => workflow('bad', () => void runContainer({ image: 'a', output: '/tmp/x' as never }))).message).toContain('createParameterArtifact');
  });
});

describe('runScript', () => {
  it('runs python source by default', () => {
    const built = workflow('script', () => void runScript({ image: 'python:3.12', source: 'print(1)', stepName: 's' }));
    expect(stepOf(built, 's')).toMatchObject({ kind: 'script', script: { image: 'python:3.12', command: ['python'], source: 'print(1)' } });
  });

  it('serializes a JavaScript function for node', () => {
    const built = workflow('node', () => void runScript({ image: 'node:20', command: 'node', source: () => console.log(6 * 7), stepName: 'js' }));
    const step = stepOf(built, 'js');
    expect(step.kind === 'script' && step.script.source).toMatch(/^\(\(\) => console\.log\(6 \* 7\)\)\(\);/);
  });

  it('refuses a function for another interpreter, and a missing source', () => {
    expect(catchCouler(() => workflow('bad', () => void runScript({ image: 'python', source: () => 1 }))).message).toContain('JavaScript function');
    expect(catchCouler(() => workflow('bad', () => void runScript({ image: 'python' } as never))).message).toContain('needs a source');
  });
});

describe('runJob and the step zoo', () => {
  it('creates a resource step with job-name, job-id and job-obj outputs', () => {
    const built = workflow('job', () => {
      const job = runJob({ manifest: { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' } }, successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3' });
      runContainer({ image: 'report', args: [job], stepName: 'report' });
    });
    const job = stepOf(built, 'job');
    expect(job).toMatchObject({ kind: 'resource', resource: { action: 'create', successCondition: 'status.succeeded > 0', setOwnerReference: true } });
    expect(job.kind === 'resource' && job.resource.manifest).toContain('kind: Job');
    expect(job.outputs?.parameters?.map((parameter) => parameter.name)).toEqual(['job-name', 'job-id', 'job-obj']);
    expect(stepOf(built, 'report')).toMatchObject({ container: { args: [{ ref: 'step', step: 'job', output: 'job-name' }] } });
  });

  it('builds TensorFlow, PyTorch, MPI, XGBoost and LightGBM jobs', () => {
    const built = workflow('zoo', () => {
      steps.tensorflow.train({ image: 'tf', command: 'python /train.py', numPs: 1, numWorkers: 2, stepName: 'tf' });
      steps.pytorch.train({ image: 'pt', numWorkers: 3, stepName: 'pt' });
      steps.mpi.run({ image: 'mpi', numWorkers: 2, stepName: 'mpi' });
      steps.xgboost.train({ image: 'xgb', numWorkers: 2, stepName: 'xgb' });
      steps.lightgbm.train({ image: 'lgbm', numWorkers: 2, stepName: 'lgbm' });
    });
    expect(stepOf(built, 'tf')).toMatchObject({
      kind: 'job',
      job: { framework: 'tensorflow', command: ['python', '/train.py'], replicas: { PS: { replicas: 1, restartPolicy: 'Never' }, Worker: { replicas: 2 } } },
    });
    expect(stepOf(built, 'pt')).toMatchObject({ job: { framework: 'pytorch', replicas: { Master: { replicas: 1 }, Worker: { replicas: 3 } } } });
    expect(stepOf(built, 'mpi')).toMatchObject({ job: { framework: 'mpi', slotsPerWorker: 1, replicas: { Launcher: { replicas: 1 }, Worker: { replicas: 2 } } } });
    expect(stepOf(built, 'lgbm')).toMatchObject({ job: { framework: 'xgboost', image: 'lgbm' } });
    expect(validate(built)).toEqual([]);
  });

  it('refuses a job without replicas', () => {
    expect(catchCouler(() => workflow('bad', () => void steps.tensorflow.train({ image: 'tf' }))).message).toContain('no replicas');
  });

  it('suspends for a duration', () => {
    expect(stepOf(workflow('wait', () => void suspend({ duration: '10m', stepName: 'approve' })), 'approve')).toMatchObject({ kind: 'suspend', suspend: { durationSeconds: 600 } });
  });
});

describe('artifacts of Table II', () => {
  it('places each kind of artifact where it says', () => {
    const key = { name: 'store', key: 'access' };
    const built = workflow('table-2', () => {
      runContainer({
        image: 'io',
        stepName: 'io',
        input: [
          createGitArtifact('/src', { repo: 'https://github.com/couler-proj/couler.git', revision: 'main' }),
          createHttpArtifact('/data/iris.csv', { url: 'https://example.com/iris.csv' }),
          createHdfsArtifact('/data/table', { addresses: ['namenode:8020'], hdfsPath: '/warehouse/table', user: 'ml' }),
        ],
        output: [
          createParameterArtifact('/out/accuracy.txt', { global: true }),
          createS3Artifact('/out/model', { bucket: 'models', key: 'run/model.tgz', endpoint: 'minio:9000', insecure: true, accessKeySecret: key }),
          createOssArtifact('/out/report', { bucket: 'reports', key: 'r.html', endpoint: 'oss-cn-hangzhou.aliyuncs.com' }),
          createGcsArtifact('/out/metrics', { bucket: 'metrics', key: 'm.json' }),
          createLocalArtifact('/out/logs'),
        ],
      });
    });
    const step = stepOf(built, 'io');
    expect(step.inputs?.artifacts?.map((artifact) => [artifact.name, artifact.location?.type])).toEqual([
      ['src', 'git'],
      ['iris', 'http'],
      ['table', 'hdfs'],
    ]);
    expect(step.outputs?.parameters).toEqual([{ name: 'accuracy', path: '/out/accuracy.txt', global: true }]);
    expect(step.outputs?.artifacts?.map((artifact) => [artifact.name, artifact.location?.type ?? 'default'])).toEqual([
      ['model', 's3'],
      ['report', 'oss'],
      ['metrics', 'gcs'],
      ['logs', 'default'],
    ]);
    expect(step.outputs?.artifacts?.[0]?.location).toEqual({ type: 's3', bucket: 'models', key: 'run/model.tgz', endpoint: 'minio:9000', insecure: true, accessKey: key });
    expect(validate(built)).toEqual([]);
  });

  it('takes an artifact as (path, options) or as one options object holding the path, with the same result', () => {
    const key = { name: 'creds', key: 'id' };
    const both = (output: ArtifactSpec[]) => stepOf(workflow('forms', () => void runContainer({ image: 'a', stepName: 'io', output })), 'io').outputs;
    expect(
      both([createS3Artifact({ path: '/out/model', bucket: 'models', key: 'run/model.tgz', accessKeySecret: key }), createLocalArtifact({ path: '/out/logs', archive: 'none' }), createParameterArtifact({ path: '/out/acc.txt', default: 0 })]),
    ).toEqual(
      both([createS3Artifact('/out/model', { bucket: 'models', key: 'run/model.tgz', accessKeySecret: key }), createLocalArtifact('/out/logs', { archive: 'none' }), createParameterArtifact('/out/acc.txt', { default: 0 })]),
    );
    expect(catchCouler(() => createS3Artifact({ bucket: 'b', key: 'k' } as never)).message).toBe(`createS3Artifact({ … }) needs "path": the file or directory in the step's container.`);
    const mixed = catchCouler(() => createGcsArtifact({ path: '/x', bucket: 'b', key: 'k' } as never, { bucket: 'b', key: 'k' }));
    expect(mixed.message).toContain('takes the path and the options, or one object with the path among the options');
    expect(catchCouler(() => createS3Artifact({ path: '/x', bucket: 'b', key: 'k', bukcet: 'b' } as never)).message).toContain('Did you mean "bucket"?');
  });

  it('says which field an artifact is missing', () => {
    expect(catchCouler(() => createS3Artifact('/x', {} as never)).message).toBe('createS3Artifact() needs "bucket" and "key".');
    expect(catchCouler(() => createLocalArtifact('')).message).toContain('needs the path');
  });

  it('names secrets by their keys, stably, and never keeps values', () => {
    const build = (password: string) => workflow('secret', () => void runContainer({ image: 'a', secret: createSecret({ password }) }));
    const first = build('one');
    expect(first.spec.secrets?.[0]?.name).toMatch(/^couler-[0-9a-f]{16}$/);
    expect(build('two').spec.secrets).toEqual(first.spec.secrets);
    const existing = workflow('existing', () => void runContainer({ image: 'a', secret: obtainSecret(['token'], { name: 'hf' }) }));
    expect(existing.spec.secrets).toEqual([{ name: 'hf', keys: ['token'] }]);
  });
});

describe('names and round trips (properties)', () => {
  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 12 })])(
    'any stepName text gives DNS-1123 names, or a typed error',
    (names) => {
      try {
        const built = workflow('hostile', () => {
          for (const name of names) runContainer({ image: 'alpine', stepName: name });
        });
        for (const step of built.spec.steps) expect(isDns1123Label(step.name)).toBe(true);
        expect(new Set(built.spec.steps.map((step) => step.name)).size).toBe(names.length);
      } catch (error) {
        expect((error as { code?: string }).code).toMatch(/^(INVALID_NAME|DUPLICATE_STEP)$/);
      }
    },
  );

  test.prop([fc.array(fc.string(), { maxLength: 6 }), fc.string()])('hostile args and sources survive serialize → parse unchanged', (args, source) => {
    const built = workflow('strings', () => void runScript({ image: 'python', args, source, stepName: 'script' }));
    for (const format of ['json', 'yaml'] as const) {
      const parsed = parseWorkflow(serializeWorkflow(built, { format }));
      const step = stepOf(parsed, 'script');
      expect(step.kind === 'script' && step.script.source).toBe(source);
      expect(step.kind === 'script' && (step.script.args ?? [])).toEqual(args);
    }
  });
});
