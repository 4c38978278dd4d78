import {
  addVolume,
  concat,
  concurrent,
  configWorkflow,
  createGcsArtifact,
  createGitArtifact,
  createHttpArtifact,
  createLocalArtifact,
  createOssArtifact,
  createParameterArtifact,
  createS3Artifact,
  createWorkflowVolume,
  equal,
  execWhile,
  map,
  obtainSecret,
  parameter,
  runContainer,
  runJob,
  runScript,
  setExitHandler,
  smaller,
  steps,
  suspend,
  when,
  workflow,
  workflowStatus,
} from '@couler/dsl';

/**
 * One workflow that uses most of what the backend writes: parameters, artifacts in every
 * store, a conditional, a literal map and a map over a step's output with fan-in, a capped
 * concurrent group, an execWhile loop whose outputs are read after it, retries, caching,
 * resources, secrets, volumes, a Kubernetes job, a training job of the step zoo, a suspend and
 * an exit handler.
 */
export const showcase = workflow('showcase', () => {
  configWorkflow({
    description: 'Everything the Argo backend writes, in one workflow.',
    labels: { team: 'ml' },
    parallelism: 8,
    timeout: '2h',
    ttl: { afterCompletion: '1d' },
    podGC: 'OnPodSuccess',
    serviceAccount: 'couler-runner',
    nodeSelector: { pool: 'cpu' },
    imagePullSecrets: ['registry'],
  });
  addVolume({ name: 'shared', persistentVolumeClaim: { claimName: 'team-data' } });
  createWorkflowVolume({ name: 'scratch', accessModes: ['ReadWriteOnce'], storage: '10Gi' });
  const lr = parameter('learning_rate', { default: 0.01, type: 'number' });
  const credentials = obtainSecret(['API_TOKEN'], { name: 'ml-credentials' });

  const fetch = runContainer({
    stepName: 'fetch',
    image: 'alpine:3.20',
    command: ['sh', '-c'],
    args: ['wget -O /data/raw.csv https://example.com/raw.csv && echo 3 > /out/shards'],
    input: [
      createGitArtifact('/src', { repo: 'https://github.com/acme/ml.git', revision: 'v1.2', name: 'code' }),
      createHttpArtifact('/data/labels.txt', { url: 'https://example.com/labels.txt', name: 'labels' }),
    ],
    output: [
      createParameterArtifact('/out/shards', { name: 'shards' }),
      createS3Artifact('/data/raw.csv', { bucket: 'datasets', key: 'raw/{{date}}.csv', endpoint: 'minio:9000', insecure: true, name: 'raw', accessKeySecret: { name: 'minio', key: 'access' }, secretKeySecret: { name: 'minio', key: 'secret' } }),
    ],
    volumeMounts: [{ name: 'shared', mountPath: '/shared' }],
    retry: { limit: 3, on: 'transient', backoff: { duration: '10s', factor: 2, maxDuration: '5m' }, transientPatterns: ['503 Service Unavailable'] },
  });

  const prepared = map(
    (shard) =>
      runScript({
        stepName: 'prepare',
        image: 'python:3.12-slim',
        source: 'import sys\nprint(f"shard {sys.argv[1]}")\n',
        args: [shard],
        input: fetch.output('raw'),
        resources: { cpu: '500m', memory: '1Gi' },
      }),
    ['a', 'b', 'c'],
    { parallelism: 2 },
  );

  const [tf, gbm] = concurrent(
    [
      () =>
        steps.tensorflow.train({
          stepName: 'train-tf',
          image: 'acme/tf:2.16',
          command: 'python /train.py',
          args: [concat`--lr=${lr}`, '--shards', prepared.result],
          numPs: 1,
          numWorkers: 2,
          resources: { cpu: '4', memory: '8Gi', gpu: 1 },
          cleanPodPolicy: 'Running',
        }),
      () =>
        runContainer({
          stepName: 'train-gbm',
          image: 'acme/gbm:1.0',
          command: ['python', '/train.py'],
          args: ['--lr', lr],
          env: { API_TOKEN: { secretKeyRef: { name: 'ml-credentials', key: 'API_TOKEN' } }, MODE: 'fast' },
          output: createOssArtifact('/model', { bucket: 'models', key: 'gbm/model.bin', endpoint: 'oss-cn-hangzhou.aliyuncs.com', name: 'model' }),
          timeout: '30m',
          // Keyed by the learning rate as submitted (-p learning_rate=…), among the rest.
          cache: { ttl: '1h' },
          nodeSelector: { accelerator: 'none' },
          tolerations: [{ key: 'spot', operator: 'Exists', effect: 'NoSchedule' }],
        }),
    ],
    { parallelism: 1 },
  );

  const evaluated = execWhile(
    (evaluation) => smaller(evaluation.output('score'), 0.9),
    () =>
      runContainer({
        stepName: 'evaluate',
        image: 'acme/eval:1.0',
        command: ['python', '/eval.py'],
        args: ['--model', tf.output('job-name')],
        secret: credentials,
        output: createParameterArtifact('/out/score', { name: 'score' }),
      }),
    { maxIterations: 5 },
  );

  when(equal(evaluated.output('score'), '1'), () =>
    runContainer({
      stepName: 'publish',
      image: 'alpine:3.20',
      command: ['echo'],
      args: [concat`score=${evaluated.output('score')}`],
      input: gbm.output('model'),
      output: createGcsArtifact('/report', { bucket: 'reports', key: 'showcase/report.txt', name: 'report', global: true }),
    }),
  );

  suspend({ stepName: 'approve' });
  runJob({
    stepName: 'deploy',
    manifest: { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'deploy-' }, spec: { template: { spec: { containers: [{ name: 'deploy', image: 'acme/deploy:1', command: ['deploy'] }], restartPolicy: 'Never' } } } },
    successCondition: 'status.succeeded > 0',
    failureCondition: 'status.failed > 0',
  });
  runContainer({ stepName: 'archive', image: 'alpine:3.20', command: ['tar', 'czf', '/scratch/all.tgz', '/shared'], volumeMounts: [{ name: 'scratch', mountPath: '/scratch' }, { name: 'shared', mountPath: '/shared', readOnly: true }], output: createLocalArtifact('/scratch/all.tgz', { name: 'bundle' }) });

  setExitHandler('Any', () =>
    runContainer({ stepName: 'notify', image: 'curlimages/curl:8.8.0', command: ['sh', '-c'], args: [concat`echo finished with ${workflowStatus}`] }),
  );
});
