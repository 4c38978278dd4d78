/**
 * One small workflow per construct of the Couler API (the tech report's Table I: run script,
 * run container, run job, condition, map, concurrent, recursive; Table II: the artifact kinds)
 * and per combination users write, plus every example in the repository. The ids are the rows
 * of docs/engines.md, which says for each engine what the construct becomes there or why the
 * engine itself cannot run it; test/engine-matrix.test.ts holds the table to what the compilers
 * really do.
 */
import {
  addHook,
  and,
  biggerEqual,
  concat,
  concurrent,
  configWorkflow,
  createArtifactoryArtifact,
  createAzureArtifact,
  createGcsArtifact,
  createGitArtifact,
  createHdfsArtifact,
  createHttpArtifact,
  createLocalArtifact,
  createOssArtifact,
  createParameterArtifact,
  createPluginArtifact,
  createRawArtifact,
  createS3Artifact,
  dataset,
  s3Source,
  equal,
  execWhile,
  firstOf,
  listArtifactFiles,
  loadComponent,
  map,
  parameter,
  runContainer,
  runPlugin,
  runJob,
  runScript,
  sequence,
  setDependencies,
  setExitHandler,
  setStepExitHandler,
  steps,
  subWorkflow,
  when,
  workflow,
  workflowOutput,
  workflowStatus,
  workflowUid,
  type ArtifactSpec,
  type ItemHandle,
  type ValueInput,
  type WorkflowConfig,
} from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { subWorkflowArtifacts } from '@couler/ir/test';
import automlNode from '../../../examples/automl/src/automl';
import automlPython from '../../../examples/automl/src/automl-python';
import code1 from '../../../examples/paper/src/code1-artifacts';
import code2 from '../../../examples/paper/src/code2-coinflip';
import code3 from '../../../examples/paper/src/code3-diamond';
import code4 from '../../../examples/paper/src/code4-recursive';
import code5 from '../../../examples/paper/src/code5-model-search';
import code6 from '../../../examples/paper/src/code6-automl';
import nlExample from '../../../examples/paper/src/nl-image-classification';

const ALPINE = 'alpine:3.20';
const PYTHON = 'python:3.12-alpine';

const flip = () => runScript({ stepName: 'flip', image: PYTHON, command: 'python3', source: 'import random\nprint(random.choice(["heads", "tails"]))\n' });
const echo = (stepName: string, ...args: ValueInput[]) => runContainer({ stepName, image: ALPINE, command: ['echo'], args });

/** A producer writing one artifact and a consumer reading it: how every Table II kind is used. */
function passArtifact(name: string, artifact: ArtifactSpec): Workflow {
  return workflow(name, () => {
    const produce = runContainer({ stepName: 'produce', image: ALPINE, command: ['sh', '-c', `echo data > ${artifact.path}`], output: artifact });
    runContainer({ stepName: 'consume', image: ALPINE, command: ['cat', artifact.path], input: produce.output(artifact.name ?? 'data') });
  });
}

/** A step reading an artifact that exists before the run (Git, HTTP). */
function readArtifact(name: string, artifact: ArtifactSpec): Workflow {
  return workflow(name, () => {
    runContainer({ stepName: 'read', image: ALPINE, command: ['ls', '-R', artifact.path], input: artifact });
  });
}

/**
 * Issue 24's case: for each of five models, train then evaluate (one sub-workflow, mapped, two at
 * a time), then keep the best: the index of the highest score (a score is the model name's length).
 */
export function subWorkflowFanOut(): Workflow {
  return workflow('sub-workflow-fan-out', () => {
    const trainEvaluate = subWorkflow('train-evaluate', { model: {} }, ({ model }) => {
      const trained = runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], args: [model] });
      const score = runContainer({ stepName: 'evaluate', image: ALPINE, command: ['sh', '-c', 'printf %s "${#2}"', 'evaluate'], args: [trained, model] });
      return { score };
    });
    const scores = map((model: ItemHandle) => trainEvaluate({ model }, { stepName: 'models' }), ['knn', 'svm', 'xgboost', 'forest', 'mlp'], { parallelism: 2 });
    runContainer({
      stepName: 'keep-best',
      image: PYTHON,
      command: ['python3', '-c', 'import json, sys\nscores = [int(score) for score in json.loads(sys.argv[1])]\nprint(scores.index(max(scores)))\n'],
      args: [scores.output('score')],
    });
  });
}

/** The case: a `when` inside a mapped sub-workflow compares the item with another step's output; a later step waits for every call. */
export function subWorkflowWhen(): Workflow {
  return workflow('sub-workflow-when', () => {
    const keepIfBest = subWorkflow('keep-if-best', { model: {}, best: {} }, ({ model, best }) => {
      when(equal(model, best), () => runContainer({ stepName: 'keep', image: ALPINE, command: ['echo', 'keep'], args: [model] }));
    });
    const best = runContainer({ stepName: 'best', image: ALPINE, command: ['echo', 'svm'] });
    const picked = map((model: ItemHandle) => keepIfBest({ model, best }, { stepName: 'pick' }), ['knn', 'svm', 'mlp']);
    setDependencies(() => runContainer({ stepName: 'report', image: ALPINE, command: ['echo', 'picked'] }), [picked]);
  });
}

export interface Construct {
  /** The row id in docs/engines.md. */
  readonly id: string;
  readonly workflow: Workflow;
}

export const CONSTRUCTS: ReadonlyArray<Construct> = [
  { id: 'run-script', workflow: workflow('run-script', () => void flip()) },
  { id: 'run-container', workflow: workflow('run-container', () => void echo('hello', 'hello world')) },
  {
    id: 'run-job',
    workflow: workflow('run-job', () => {
      runJob({
        stepName: 'batch',
        manifest: { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.40', command: ['perl', '-e', 'print 1'] }] } } } },
        successCondition: 'status.succeeded > 0',
        failureCondition: 'status.failed > 3',
      });
    }),
  },
  {
    id: 'training-job',
    workflow: workflow('training-job', () => {
      steps.tensorflow.train({ stepName: 'train', image: 'tf-model:v1', command: 'python /train.py', numPs: 1, numWorkers: 2 });
    }),
  },
  {
    id: 'when',
    workflow: workflow('when-output', () => {
      const coin = flip();
      when(equal(coin, 'heads'), () => echo('heads', 'it was heads'));
      when(equal(coin, 'tails'), () => echo('tails', 'it was tails'));
    }),
  },
  {
    id: 'map-items',
    workflow: workflow('map-items', () => {
      map((size: ItemHandle) => echo('train', '--batch-size', size), [32, 64, 128]);
    }),
  },
  {
    id: 'map-output',
    workflow: workflow('map-output', () => {
      const list = runScript({ stepName: 'list', image: PYTHON, command: 'python3', source: 'import json\nprint(json.dumps(["a", "b"]))\n' });
      map((item: ItemHandle) => echo('each', item), list);
    }),
  },
  {
    id: 'map-sequence',
    workflow: workflow('map-sequence', () => {
      map((shard: ItemHandle) => echo('shard', shard), sequence({ start: 1, end: 3, format: 'shard-%02d' }));
    }),
  },
  {
    id: 'map-sequence-output',
    workflow: workflow('map-sequence-output', () => {
      const count = runScript({ stepName: 'count', image: PYTHON, command: 'python3', source: 'print(3)\n' });
      map((index: ItemHandle) => echo('each', index), sequence({ count }));
    }),
  },
  {
    id: 'map-fan-in',
    workflow: workflow('map-fan-in', () => {
      const scores = map(
        (size: ItemHandle) => runContainer({ stepName: 'score', image: ALPINE, command: ['sh', '-c', 'echo 0.9 > /tmp/score'], args: [size], output: createParameterArtifact('/tmp/score') }),
        [1, 2, 3],
      );
      echo('report', scores.output('score'));
    }),
  },
  {
    id: 'map-when-item',
    workflow: workflow('map-when-item', () => {
      const best = runScript({ stepName: 'best', image: PYTHON, command: 'python3', source: 'print("b")\n' });
      map(
        (candidate: ItemHandle) => when(and(equal(candidate.field('name'), best), biggerEqual(candidate.field('score'), 0.5)), () => echo('train', candidate.field('name'))),
        [
          { name: 'a', score: 0.4 },
          { name: 'b', score: 0.7 },
        ],
      );
    }),
  },
  {
    id: 'concurrent',
    workflow: workflow('concurrent', () => {
      concurrent([() => echo('a', 'a'), () => echo('b', 'b'), () => echo('c', 'c')]);
    }),
  },
  {
    id: 'exec-while',
    workflow: workflow('exec-while', () => {
      execWhile(equal('tails'), () => flip(), { maxIterations: 5 });
    }),
  },
  {
    id: 'exec-while-read-after',
    workflow: workflow('exec-while-read-after', () => {
      const last = execWhile(equal('tails'), () => flip(), { maxIterations: 5 });
      echo('after', last);
    }),
  },
  { id: 'sub-workflow-fan-out', workflow: subWorkflowFanOut() },
  { id: 'sub-workflow-when', workflow: subWorkflowWhen() },
  // A dataset in, a model out: one definition called twice, two deep and mapped over three items.
  { id: 'sub-workflow-artifacts', workflow: subWorkflowArtifacts() },
  { id: 'artifact-parameter', workflow: code1 },
  { id: 'artifact-local', workflow: passArtifact('artifact-local', createLocalArtifact('/tmp/data', { name: 'data' })) },
  {
    id: 'load-component',
    workflow: workflow('load-component', () => {
      const train = loadComponent(`name: train\noutputs: [{name: model, type: Model}]\nimplementation:\n  container: {image: ${ALPINE}, command: [sh, -c, 'echo m > "$0"', {outputPath: model}]}\n`);
      const evaluate = loadComponent(`name: evaluate\ninputs: [{name: model, type: Model}]\nimplementation:\n  container: {image: ${ALPINE}, command: [cat, {inputPath: model}]}\n`);
      evaluate({ model: train().output('model') });
    }),
  },
  { id: 'artifact-s3', workflow: passArtifact('artifact-s3', createS3Artifact('/tmp/data', { name: 'data', bucket: 'models', key: 'runs/data.txt', endpoint: 'minio.storage:9000' })) },
  {
    id: 'artifact-key-per-run',
    workflow: passArtifact('artifact-key-per-run', createS3Artifact('/tmp/data', { name: 'data', bucket: 'models', key: concat('runs/', workflowUid, '/data.txt'), endpoint: 'minio.storage:9000' })),
  },
  { id: 'artifact-oss', workflow: passArtifact('artifact-oss', createOssArtifact('/tmp/data', { name: 'data', bucket: 'models', key: 'runs/data.txt', endpoint: 'http://oss-cn-hangzhou.aliyuncs.com' })) },
  { id: 'artifact-gcs', workflow: passArtifact('artifact-gcs', createGcsArtifact('/tmp/data', { name: 'data', bucket: 'models', key: 'runs/data.txt' })) },
  {
    id: 'artifact-azure',
    workflow: passArtifact('artifact-azure', createAzureArtifact('/tmp/data', { name: 'data', container: 'models', blob: 'runs/data.txt', endpoint: 'https://mlteam.blob.core.windows.net' })),
  },
  {
    id: 'artifact-artifactory',
    workflow: passArtifact(
      'artifact-artifactory',
      createArtifactoryArtifact('/tmp/data', { name: 'data', url: 'https://acme.jfrog.io/artifactory/ml-models/runs/data.txt', usernameSecret: { name: 'jfrog-creds', key: 'username' }, passwordSecret: { name: 'jfrog-creds', key: 'password' } }),
    ),
  },
  {
    id: 'artifact-plugin',
    workflow: passArtifact('artifact-plugin', createPluginArtifact('/tmp/data', { name: 'data', plugin: 'acme-store', configuration: 'bucket: ml\nregion: eu\n', key: 'runs/data.txt' })),
  },
  {
    id: 'data-step',
    workflow: workflow('data-step', () => {
      const images = createS3Artifact('/data', { name: 'images', bucket: 'ml', key: 'raw/images', endpoint: 'minio:9000', insecure: true });
      const files = listArtifactFiles(images, { stepName: 'files', transformation: ['filter(data, {# endsWith ".png"})'] });
      map((file) => runContainer({ stepName: 'resize', image: ALPINE, command: ['echo'], args: [file] }), files);
    }),
  },
  { id: 'artifact-hdfs', workflow: passArtifact('artifact-hdfs', createHdfsArtifact('/tmp/data', { name: 'data', addresses: ['hdfs-namenode:8020'], hdfsPath: '/runs/data.txt', user: 'ml' })) },
  { id: 'artifact-git', workflow: readArtifact('artifact-git', createGitArtifact('/src', { name: 'source', repo: 'https://github.com/couler-proj/couler.git', revision: 'master' })) },
  { id: 'artifact-http', workflow: readArtifact('artifact-http', createHttpArtifact('/data/penguins.json', { name: 'penguins', url: 'https://cdn.jsdelivr.net/npm/vega-datasets@2/data/penguins.json' })) },
  {
    id: 'exit-handler',
    workflow: workflow('exit-handler', () => {
      flip();
      setExitHandler('Any', () => echo('notify', 'finished:', workflowStatus));
    }),
  },
  { id: 'step-total-timeout', workflow: workflow('step-total-timeout', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], totalTimeout: '30m' })) },
  { id: 'step-pending-timeout', workflow: workflow('step-pending-timeout', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], pendingTimeout: '5m' })) },
  {
    id: 'step-plugin',
    workflow: workflow('step-plugin', () => {
      const train = runContainer({ stepName: 'train', image: ALPINE, command: ['echo', '0.93'] });
      runPlugin({ stepName: 'notify', plugin: 'slack', config: { channel: '#ml', text: concat('accuracy ', train.result) } });
    }),
  },
  { id: 'step-display-name', workflow: workflow('step-display-name', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], displayName: 'Train the model' })) },
  {
    id: 'step-metrics',
    workflow: workflow('step-metrics', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], metrics: [{ name: 'train_seconds', help: 'Training time', labels: { model: 'mnist' }, gauge: { value: 'duration' } }] })),
  },
  { id: 'cache', workflow: workflow('cache', () => void runContainer({ stepName: 'prepare', image: ALPINE, command: ['echo', 'prepared'], cache: { ttl: '1h' } })) },
  {
    id: 'step-defaults',
    workflow: workflow('step-defaults', () => {
      configWorkflow({ stepDefaults: { retry: { limit: 2 }, timeout: '10m' } });
      runContainer({ stepName: 'prepare', image: ALPINE, command: ['echo', 'prepared'] });
      runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], timeout: '2h' });
    }),
  },
  { id: 'retry-transient', workflow: workflow('retry-transient', () => void runContainer({ stepName: 'fetch', image: ALPINE, command: ['wget', 'http://example.com'], retry: { limit: 3, on: 'transient' } })) },
  // Pod-spec controls (issue 25, item 1): the restricted pod security a PSA "restricted" cluster wants, workflow-wide.
  {
    id: 'pod-security',
    workflow: workflow('pod-security', () => {
      configWorkflow({
        securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
        containerSecurityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
      });
      runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'] });
    }),
  },
  {
    id: 'pod-scheduling',
    workflow: workflow('pod-scheduling', () => {
      runContainer({
        stepName: 'train',
        image: ALPINE,
        command: ['echo', 'trained'],
        affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }] } } },
        priorityClassName: 'high-priority',
        schedulerName: 'volcano',
      });
    }),
  },
  {
    id: 'pod-dns',
    workflow: workflow('pod-dns', () => {
      runContainer({
        stepName: 'fetch',
        image: ALPINE,
        command: ['echo', 'fetched'],
        hostAliases: [{ ip: '10.0.0.7', hostnames: ['registry.internal'] }],
        dnsPolicy: 'None',
        dnsConfig: { nameservers: ['10.0.0.10'] },
        automountServiceAccountToken: true,
      });
    }),
  },
  { id: 'pod-sidecars', workflow: workflow('pod-sidecars', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], sidecars: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.30', ports: [{ containerPort: 9901 }] }] })) },
  // Container runtime settings (issue 25, item 1): a server step's probes, ports and hooks; a sidecar's; a native sidecar.
  {
    id: 'pod-container-probes',
    workflow: workflow('pod-container-probes', () => {
      runContainer({
        stepName: 'serve',
        image: ALPINE,
        command: ['echo', 'served'],
        ports: [{ containerPort: 8080, name: 'http' }],
        readinessProbe: { httpGet: { port: 'http', path: '/ready' } },
        lifecycle: { preStop: { sleep: { seconds: 5 } } },
      });
    }),
  },
  { id: 'pod-sidecar-probes', workflow: workflow('pod-sidecar-probes', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], sidecars: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.30', ports: [{ containerPort: 9901, name: 'admin' }], readinessProbe: { httpGet: { port: 'admin', path: '/ready' } } }] })) },
  { id: 'pod-native-sidecar', workflow: workflow('pod-native-sidecar', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], initContainers: [{ name: 'proxy', image: 'envoyproxy/envoy:v1.30', restartPolicy: 'Always' }] })) },
  { id: 'pod-init-containers', workflow: workflow('pod-init-containers', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], initContainers: [{ name: 'prepare', image: ALPINE, command: ['echo', 'prepared'] }] })) },
  { id: 'pod-spec-patch', workflow: workflow('pod-spec-patch', () => void runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'], podSpecPatch: '{"terminationGracePeriodSeconds": 5}' })) },
  {
    id: 'pod-metadata',
    workflow: workflow('pod-metadata', () => {
      configWorkflow({ podMetadata: { labels: { team: 'ml' }, annotations: { owner: 'ml-platform' } } });
      runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'trained'] });
    }),
  },
  {
    id: 'pod-volumes',
    workflow: workflow('pod-volumes', () => {
      runContainer({
        stepName: 'train',
        image: ALPINE,
        command: ['ls', '/data', '/conf'],
        volumes: [
          { name: 'data', hostPath: { path: '/var/data', type: 'Directory' } },
          { name: 'conf', configMap: { name: 'settings', items: [{ key: 'train.yaml', path: 'train.yaml' }] } },
          { name: 'scratch', ephemeral: { accessModes: ['ReadWriteOnce'], storage: '10Gi' } },
        ],
        volumeMounts: [
          { name: 'data', mountPath: '/data' },
          { name: 'conf', mountPath: '/conf' },
          { name: 'scratch', mountPath: '/scratch' },
        ],
      });
    }),
  },
  { id: 'env-downward', workflow: workflow('env-downward', () => void runContainer({ stepName: 'where', image: ALPINE, command: ['sh', '-c', 'echo $NODE $MEMORY'], env: { NODE: { fieldRef: { fieldPath: 'spec.nodeName' } }, MEMORY: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } } })) },
  ...runSettingConstructs(),
  {
    id: 'workflow-synchronization',
    workflow: workflow('workflow-synchronization', () => {
      configWorkflow({ synchronization: { mutexes: [{ name: 'nightly-training' }], semaphores: [{ name: 'gpus', limit: 2 }] } });
      echo('step', 'hello');
    }),
  },
  {
    id: 'step-synchronization',
    workflow: workflow('step-synchronization', () => {
      runContainer({ stepName: 'train', image: ALPINE, command: ['echo', 'training'], synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } });
      runContainer({ stepName: 'publish', image: ALPINE, command: ['echo', 'publishing'], synchronization: { mutexes: [{ name: 'model-registry' }] } });
    }),
  },
  {
    id: 'dataset',
    workflow: workflow('dataset', () => {
      const rows = dataset({ name: 'train-rows', owner: 'alice', source: s3Source({ bucket: 'data', key: 'train/rows.csv', endpoint: 'minio:9000' }), secret: 's3-creds' });
      runContainer({ stepName: 'train', image: ALPINE, command: ['wc', '-l', '/data/rows.csv'], input: rows.mount('/data/rows.csv') });
      runContainer({ stepName: 'evaluate', image: ALPINE, command: ['head', '/data/rows.csv'], input: rows.mount('/data/rows.csv') });
    }),
  },
  ...artifactOptionConstructs(),
  {
    id: 'step-exit-hook',
    workflow: workflow('step-exit-hook', () => {
      const train = echo('train', 'training');
      setStepExitHandler(train, () => echo('notify', `it's "{{workflow.name}}" $(done)`));
      echo('report', 'reporting');
    }),
  },
  {
    id: 'sub-workflow-exit',
    workflow: workflow('sub-workflow-exit', () => {
      const fitModel = subWorkflow('fit', { model: {} }, ({ model }) => void echo('train', 'training', model), { onExit: ({ model }) => echo('clean-up', 'cleaning', model) });
      fitModel({ model: 'knn' }, { stepName: 'fit-knn' });
    }),
  },
  {
    id: 'status-hooks',
    workflow: workflow('status-hooks', () => {
      const train = echo('train', 'training');
      addHook(train, { status: 'Failed' }, () => echo('page', 'train failed'));
      addHook('workflow', { status: ['Failed', 'Error'] }, () => echo('alert', 'the run failed'));
    }),
  },
  {
    id: 'fail-fast-off',
    workflow: workflow('fail-fast-off', () => {
      configWorkflow({ failFast: false });
      echo('left', 'left branch');
    }),
  },
  { id: 'example-paper-code1', workflow: code1 },
  { id: 'example-paper-code2', workflow: code2 },
  { id: 'example-paper-code3', workflow: code3 },
  { id: 'example-paper-code4', workflow: code4 },
  { id: 'example-paper-code5', workflow: code5 },
  { id: 'example-paper-code6', workflow: code6 },
  { id: 'example-paper-nl', workflow: nlExample },
  { id: 'example-automl', workflow: automlNode },
  { id: 'example-automl-python', workflow: automlPython },
];

/** Artifact GC, how an input lands (mode, subPath), how an output is stored (compression, logs, repository). */
function artifactOptionConstructs(): Array<{ id: string; workflow: Workflow }> {
  const writeTree = (output: ArtifactSpec) => runContainer({ stepName: 'write', image: ALPINE, command: ['sh', '-c', 'mkdir -p /out/tree/weights && echo w > /out/tree/weights/w'], output });
  return [
    {
      id: 'artifact-gc',
      workflow: workflow('artifact-gc', () => {
        configWorkflow({ artifactGC: 'OnWorkflowDeletion' });
        const write = writeTree(createLocalArtifact('/out/tree', { name: 'tree', artifactGC: 'Never' }));
        runContainer({ stepName: 'read', image: ALPINE, command: ['ls', '-R', '/out/tree'], input: write.output('tree') });
      }),
    },
    {
      id: 'artifact-mode',
      workflow: workflow('artifact-mode', () => {
        const write = writeTree(createLocalArtifact('/out/tree', { name: 'tree' }));
        runContainer({
          stepName: 'read',
          image: ALPINE,
          command: ['ls', '-lR', '/in'],
          input: [write.output('tree').at('/in/tree', { mode: 0o755, recurseMode: true }), createRawArtifact('/in/notes.txt', { data: 'read me', mode: 0o600 })],
        });
      }),
    },
    {
      id: 'artifact-sub-path',
      workflow: workflow('artifact-sub-path', () => {
        const write = writeTree(createLocalArtifact('/out/tree', { name: 'tree' }));
        runContainer({ stepName: 'read', image: ALPINE, command: ['ls', '/in/weights'], input: write.output('tree').at('/in/weights', { subPath: 'weights' }) });
      }),
    },
    {
      id: 'artifact-compression',
      workflow: workflow('artifact-compression', () => void writeTree(createLocalArtifact('/out/tree', { name: 'tree', compressionLevel: 9 }))),
    },
    {
      id: 'archive-logs',
      workflow: workflow('archive-logs', () => {
        configWorkflow({ archiveLogs: true });
        runContainer({ stepName: 'quiet', image: ALPINE, command: ['echo', 'not kept'], archiveLogs: false });
      }),
    },
    {
      id: 'artifact-repository-ref',
      workflow: workflow('artifact-repository-ref', () => {
        configWorkflow({ artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a' } });
        writeTree(createLocalArtifact('/out/tree', { name: 'tree' }));
      }),
    },
    {
      id: 'workflow-output-artifact',
      workflow: workflow('workflow-output-artifact', () => {
        const flip = runContainer({ stepName: 'flip', image: ALPINE, command: ['echo', 'heads'] });
        const model = (side: string) =>
          when(equal(flip, side), () => runContainer({ stepName: side, image: ALPINE, command: ['sh', '-c', `echo ${side} > /tmp/m`], output: createLocalArtifact('/tmp/m', { name: 'model' }) }));
        const [heads, tails] = [model('heads'), model('tails')];
        workflowOutput('model', firstOf(heads.output('model'), tails.output('model')));
      }),
    },
  ];
}

/** Run-wide cluster settings of configWorkflow, one workflow each around one step. */
function runSettingConstructs(): Array<{ id: string; workflow: Workflow }> {
  const settings: Record<string, () => WorkflowConfig> = {
    'workflow-volume-claim-gc': () => ({ volumeClaimGC: 'OnWorkflowCompletion' }),
    'workflow-run-metadata': () => ({ runMetadata: { labels: { app: 'training' }, annotations: { owner: 'ml-platform' }, labelsFrom: { team: parameter('team', { default: 'ml' }) } } }),
    'workflow-pod-disruption-budget': () => ({ podDisruptionBudget: { minAvailable: '50%' } }),
    'workflow-host-network': () => ({ hostNetwork: true }),
    'workflow-start-suspended': () => ({ startSuspended: true }),
    'workflow-metrics': () => ({ metrics: [{ name: 'runs_failed_total', help: 'Runs that failed', when: 'Failed', counter: { value: 1 } }] }),
    'workflow-pod-resources': () => ({ podResources: { limits: { cpu: '2', memory: '4Gi' } } }),
    'workflow-resource-claims': () => ({ resourceClaims: [{ name: 'gpu', resourceClaimTemplateName: 'single-gpu' }] }),
  };
  return Object.entries(settings).map(([id, config]) => ({
    id,
    workflow: workflow(id, () => {
      configWorkflow(config());
      echo('step', 'hello');
    }),
  }));
}
