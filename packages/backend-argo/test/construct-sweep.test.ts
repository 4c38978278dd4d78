import * as couler from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import automl from '../../../examples/automl/src/automl';
import automlPython from '../../../examples/automl/src/automl-python';
import { showcaseWorkflow as mermaidShowcase } from '../../../examples/custom-backend/src/__fixtures__/workflows';
import code1 from '../../../examples/paper/src/code1-artifacts';
import code2 from '../../../examples/paper/src/code2-coinflip';
import code3 from '../../../examples/paper/src/code3-diamond';
import code4 from '../../../examples/paper/src/code4-recursive';
import code5 from '../../../examples/paper/src/code5-model-search';
import code6 from '../../../examples/paper/src/code6-automl';
import nl from '../../../examples/paper/src/nl-image-classification';
import { ARGO_VERSIONS, createArgoBackend } from '../src/index';
import { argoVersionAtLeast } from '../src/argo-compile-options';

/**
 * Every example of the repository, and every construct of the technical report's Table I (the
 * API) and Table II (the artifacts) plus every other export of @couler/dsl, compiled for each
 * Argo release the backend writes for, with validation (Argo's schema and lint): each compiles,
 * or is refused (`UNSUPPORTED_BY_BACKEND`) for a reason that holds for Argo itself. The README's
 * table "What the IR becomes" gives the emitted form of each, and these reasons.
 */

type Dsl = typeof couler;

/** The DSL, recording which of its exports (and `steps.*` trainers) a construct's workflow used. */
function recordingDsl(used: Set<string>): Dsl {
  const track = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver) as unknown;
        if (typeof key !== 'string') return value;
        used.add(`${prefix}${key}`);
        return value !== null && typeof value === 'object' ? track(value, `${prefix}${key}.`) : value;
      },
    });
  return track(couler, '');
}

const image = 'alpine:3.20';

/**
 * What Argo must do with a construct: compile it, refuse it saying why Argo cannot, or compile it
 * from one release on and refuse it, saying why, for the releases before.
 */
type Expected = 'compiles' | { readonly refused: RegExp } | { readonly since: (typeof ARGO_VERSIONS)[number]; readonly refused: RegExp };

const CONSTRUCTS: ReadonlyArray<readonly [string, (dsl: Dsl) => Workflow, Expected]> = [
  // Table I
  ['Run script (runScript)', ({ workflow, runScript }) => workflow('w', () => void runScript({ image: 'python:3.12', source: 'print(1)\n' })), 'compiles'],
  ['Run container (runContainer)', ({ workflow, runContainer }) => workflow('w', () => void runContainer({ image, command: ['echo', 'hi'] })), 'compiles'],
  [
    'Run job (runJob)',
    ({ workflow, runJob }) => workflow('w', () => void runJob({ manifest: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: j-\n', successCondition: 'status.succeeded > 0' })),
    'compiles',
  ],
  [
    'Run job: the step zoo (steps.tensorflow/pytorch/mpi/xgboost/lightgbm)',
    ({ workflow, steps }) =>
      workflow('w', () => {
        steps.tensorflow.train({ image: 'tf:2', command: 'python /train.py', numPs: 1, numWorkers: 2, stepName: 'tf' });
        steps.pytorch.train({ image: 'torch:2', numWorkers: 2, stepName: 'pt' });
        steps.mpi.run({ image: 'horovod:0.28', command: 'mpirun python /train.py', numWorkers: 2, stepName: 'mpi' });
        steps.xgboost.train({ image: 'xgb', numWorkers: 2, stepName: 'xgb' });
        steps.lightgbm.train({ image: 'lgbm', numWorkers: 2, stepName: 'lgbm' });
      }),
    'compiles',
  ],
  [
    'Condition (when, equal … smallerEqual, and, or, not)',
    ({ workflow, runScript, runContainer, when, equal, notEqual, bigger, smaller, biggerEqual, smallerEqual, and, or, not }) =>
      workflow('w', () => {
        const flip = runScript({ image: 'python:3.12', source: 'print("heads")\n', stepName: 'flip' });
        when(or(and(equal(flip, 'heads'), notEqual(flip, 'x')), not(bigger(flip, 1)), smaller(flip, 2), biggerEqual(flip, 0), smallerEqual(flip, 3)), () => runContainer({ image, stepName: 'then' }));
      }),
    'compiles',
  ],
  [
    'Condition inside a map, reading the item and another step',
    ({ workflow, runContainer, createParameterArtifact, map, when, equal }) =>
      workflow('w', () => {
        const best = runContainer({ image, stepName: 'best', output: createParameterArtifact('/out/name') });
        map((item) => when(equal(item.field('name'), best.output('name')), () => runContainer({ image, stepName: 'train', args: [item.field('name')] })), [{ name: 'a' }, { name: 'b' }]);
      }),
    'compiles',
  ],
  [
    'Map over items, with several lists, and with parallelism (map)',
    ({ workflow, runContainer, map }) =>
      workflow('w', () => {
        map((item) => runContainer({ image, stepName: 'each', args: [item] }), ['a', 'b']);
        map((x, y) => runContainer({ image, stepName: 'pairs', args: [x, y] }), ['a', 'b'], [1, 2], { combine: 'product', parallelism: 2 });
      }),
    'compiles',
  ],
  [
    "Map over numbers (sequence → withSequence), literal and counted by a step's output",
    ({ workflow, runContainer, runScript, map, sequence }) =>
      workflow('w', () => {
        map((shard) => runContainer({ image, stepName: 'shards', args: [shard] }), sequence({ start: 1, end: 3, format: 'shard-%02d' }));
        const count = runScript({ image, stepName: 'count', source: 'print(2)' });
        map((index) => runContainer({ image, stepName: 'each', args: [index] }), sequence({ count }));
      }),
    'compiles',
  ],
  [
    "Map over a step's output, and its fan-in",
    ({ workflow, runContainer, createParameterArtifact, map }) =>
      workflow('w', () => {
        const list = runContainer({ image, stepName: 'list', output: createParameterArtifact('/out/items') });
        const each = map((item) => runContainer({ image, stepName: 'each', args: [item], output: createParameterArtifact('/out/v') }), list.output('items'));
        runContainer({ image, stepName: 'all', args: [each.output('v')] });
      }),
    'compiles',
  ],
  ['Concurrent (concurrent)', ({ workflow, runContainer, concurrent }) => workflow('w', () => void concurrent([() => runContainer({ image, stepName: 'a' }), () => runContainer({ image, stepName: 'b' })], { parallelism: 1 })), 'compiles'],
  [
    'Recursive (execWhile)',
    ({ workflow, runScript, execWhile, equal, DEFAULT_MAX_ITERATIONS }) =>
      workflow('w', () => void execWhile(equal('tails'), () => runScript({ image: 'python:3.12', source: 'print("tails")\n', stepName: 'flip' }), { maxIterations: Math.min(5, DEFAULT_MAX_ITERATIONS) })),
    'compiles',
  ],
  // Table II, and the other stores of the DSL
  [
    'Parameter artifact (createParameterArtifact), passed to another step',
    ({ workflow, runContainer, createParameterArtifact }) =>
      workflow('w', () => {
        const out = runContainer({ image, stepName: 'producer', output: createParameterArtifact('/out/msg', { global: true }) });
        runContainer({ image, stepName: 'consumer', args: [out.output('msg')] });
      }),
    'compiles',
  ],
  ...(
    [
      ['HDFS artifact (createHdfsArtifact)', (dsl: Dsl) => dsl.createHdfsArtifact('/data/x', { addresses: ['namenode:8020'], hdfsPath: '/warehouse/x' })],
      ['Amazon S3 artifact (createS3Artifact)', (dsl: Dsl) => dsl.createS3Artifact('/data/x', { bucket: 'b', key: 'k/x' })],
      ['Alibaba OSS artifact (createOssArtifact)', (dsl: Dsl) => dsl.createOssArtifact('/data/x', { bucket: 'b', key: 'k/x', endpoint: 'oss-cn-hangzhou.aliyuncs.com' })],
      ['Google GCS artifact (createGcsArtifact)', (dsl: Dsl) => dsl.createGcsArtifact('/data/x', { bucket: 'b', key: 'k/x' })],
      ['Azure Blob artifact (createAzureArtifact)', (dsl: Dsl) => dsl.createAzureArtifact('/data/x', { container: 'c', blob: 'k/x', endpoint: 'https://acct.blob.core.windows.net', accountKeySecret: { name: 'az', key: 'accountKey' } })],
      ['Artifactory artifact (createArtifactoryArtifact)', (dsl: Dsl) => dsl.createArtifactoryArtifact('/data/x', { url: 'https://acme.jfrog.io/artifactory/ml/x', usernameSecret: { name: 'jfrog', key: 'username' }, passwordSecret: { name: 'jfrog', key: 'password' } })],
      ['HTTP artifact (createHttpArtifact)', (dsl: Dsl) => dsl.createHttpArtifact('/data/x', { url: 'https://example.com/x' })],
      ['Local artifact (createLocalArtifact): in the artifact repository', (dsl: Dsl) => dsl.createLocalArtifact('/data/x')],
    ] as const
  ).map(
    ([label, artifact]) =>
      [
        `${label}, written by one step and read by the next`,
        (dsl: Dsl) =>
          dsl.workflow('w', () => {
            const producer = dsl.runContainer({ image, stepName: 'producer', output: artifact(dsl) });
            dsl.runContainer({ image, stepName: 'consumer', input: producer.output('x') });
          }),
        'compiles',
      ] as const,
  ),
  [
    'Artifact driver plugin artifact (createPluginArtifact), written by one step and read by the next',
    ({ workflow, runContainer, createPluginArtifact }) =>
      workflow('w', () => {
        const producer = runContainer({ image, stepName: 'producer', output: createPluginArtifact('/data/x', { plugin: 'acme-store', configuration: 'bucket: ml', key: 'k/x' }) });
        runContainer({ image, stepName: 'consumer', input: producer.output('x') });
      }),
    { since: '4.0', refused: /Argo added artifact driver plugins in 4.0/ },
  ],
  [
    'Data step (listArtifactFiles) fanned out over by a map',
    ({ workflow, listArtifactFiles, createS3Artifact, map, runContainer }) =>
      workflow('w', () => {
        const files = listArtifactFiles(createS3Artifact('/data', { bucket: 'ml', key: 'raw' }), { stepName: 'files', transformation: ['filter(data, {# endsWith ".png"})'] });
        map((file) => runContainer({ image, stepName: 'each', args: [file] }), files);
      }),
    'compiles',
  ],
  ['Git artifact (createGitArtifact) as an input', ({ workflow, runContainer, createGitArtifact }) => workflow('w', () => void runContainer({ image, input: createGitArtifact('/src', { repo: 'https://github.com/acme/ml.git' }) })), 'compiles'],
  [
    'Git artifact (createGitArtifact) as an output',
    ({ workflow, runContainer, createGitArtifact }) => workflow('w', () => void runContainer({ image, output: createGitArtifact('/src', { repo: 'https://github.com/acme/ml.git' }) })),
    { refused: /Git location for an output artifact: Argo only reads from Git/ },
  ],
  // The rest of the DSL
  [
    'dag and setDependencies (a list, or a depends expression)',
    ({ workflow, runContainer, dag, setDependencies }) =>
      workflow('w', () => {
        const job = (name: string) => () => runContainer({ image, stepName: name });
        dag([[job('a')], [job('a'), job('b')]]);
        setDependencies(() => runContainer({ image, stepName: 'c' }), 'a.Succeeded || b.Failed');
      }),
    'compiles',
  ],
  [
    "Exit handler (setExitHandler) with stepStatus 'Failed' and a main step's output",
    ({ workflow, runContainer, createParameterArtifact, setExitHandler, when, stepStatus, not, workflowStatus, WFStatus }) =>
      workflow('w', () => {
        const train = runContainer({ image, stepName: 'train', output: createParameterArtifact('/out/acc') });
        setExitHandler(WFStatus.Failed, () => runContainer({ image, stepName: 'alert', args: [workflowStatus] }));
        setExitHandler('Any', () => when(not(stepStatus(train, 'Failed')), () => runContainer({ image, stepName: 'report', args: [train.output('acc')] })));
      }),
    'compiles',
  ],
  [
    "Exit handler with stepStatus 'Succeeded'",
    ({ workflow, runContainer, setExitHandler, when, stepStatus }) =>
      workflow('w', () => {
        const train = runContainer({ image, stepName: 'train' });
        setExitHandler('Any', () => when(stepStatus(train, 'Succeeded'), () => runContainer({ image, stepName: 'report' })));
      }),
    { refused: /an Argo exit handler learns which steps failed \(workflow\.failures\), not which succeeded or were skipped/ },
  ],
  [
    'inList / notInList',
    ({ workflow, runContainer, parameter, when, inList, notInList }) =>
      workflow('w', () => {
        const branch = parameter('branch', { default: 'main' });
        when(inList(branch, ['main', 'release']), () => runContainer({ image, stepName: 'deploy' }));
        when(notInList(branch, parameter('frozen', { type: 'list', default: '[]' })), () => runContainer({ image, stepName: 'build' }));
      }),
    'compiles',
  ],
  [
    'Workflow outputs (workflowOutput, firstOf)',
    ({ workflow, runScript, runContainer, createParameterArtifact, when, equal, workflowOutput, firstOf }) =>
      workflow('w', () => {
        const flip = runScript({ image: 'python:3.12', source: 'print("heads")\n', stepName: 'flip' });
        const heads = when(equal(flip, 'heads'), () => runContainer({ image, stepName: 'heads', output: createParameterArtifact('/out/v') }));
        const tails = when(equal(flip, 'tails'), () => runContainer({ image, stepName: 'tails', output: createParameterArtifact('/out/v') }));
        workflowOutput('side', firstOf(heads, tails));
      }),
    'compiles',
  ],
  ['runTemplateRef', ({ workflow, runTemplateRef }) => workflow('w', () => void runTemplateRef({ workflowTemplate: 'shared', template: 'train', parameters: { lr: '0.1' } })), 'compiles'],
  [
    'subWorkflow',
    ({ workflow, subWorkflow, runContainer, map }) => {
      const trainEvaluate = subWorkflow('train-evaluate', { model: {} }, ({ model }) => ({ score: runContainer({ image, args: ['train', model], stepName: 'train' }) }));
      return workflow('w', () => void map((model) => trainEvaluate({ model }), ['a', 'b']));
    },
    'compiles',
  ],
  [
    'runPlugin, executorPlugins',
    ({ workflow, runPlugin, runContainer, concat }) =>
      workflow(
        'w',
        () => {
          const train = runContainer({ image, stepName: 'train' });
          runPlugin({ plugin: 'slack', config: { text: concat`trained: ${train.result}`, retries: 2 } });
        },
        { executorPlugins: [{ sidecar: { name: 'slack', image: 'ghcr.io/acme/slack-plugin:1', ports: [{ containerPort: 4355 }] } }] },
      ),
    'compiles',
  ],
  ['runHttp', ({ workflow, runHttp }) => workflow('w', () => void runHttp({ url: 'https://example.com/health', method: 'GET', successCondition: 'response.statusCode == 200' })), 'compiles'],
  [
    'runContainerSet',
    ({ workflow, runContainerSet }) => workflow('w', () => void runContainerSet({ containers: [{ name: 'main', image, command: ['echo', 'a'] }, { name: 'after', image, command: ['echo', 'b'], dependencies: ['main'] }] })),
    'compiles',
  ],
  ['suspend', ({ workflow, suspend }) => workflow('w', () => void suspend({ duration: '30s' })), 'compiles'],
  [
    'parameter, concat and the workflow facts (workflowName, workflowUid)',
    ({ workflow, runContainer, parameter, concat, workflowName, workflowUid }) =>
      workflow('w', () => {
        const lr = parameter('lr', { default: 0.1, type: 'number' });
        runContainer({ image, args: [concat`--lr=${lr}`, workflowName, workflowUid] });
      }),
    'compiles',
  ],
  [
    'configWorkflow, secrets, volumes, tolerations, image pull secrets',
    ({ workflow, runContainer, configWorkflow, createSecret, obtainSecret, addVolume, createWorkflowVolume, addToleration, addImagePullSecret }) =>
      workflow('w', () => {
        configWorkflow({ timeout: '1h', parallelism: 2, labels: { team: 'ml' }, cron: '0 3 * * *' });
        addVolume({ name: 'shared', persistentVolumeClaim: { claimName: 'data' } });
        createWorkflowVolume({ name: 'scratch', accessModes: ['ReadWriteOnce'], storage: '1Gi' });
        addToleration({ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' });
        addImagePullSecret('registry');
        runContainer({ image, secret: createSecret({ token: 't' }, { name: 'api' }), volumeMounts: [{ name: 'shared', mountPath: '/shared' }] });
        runContainer({ image, secret: obtainSecret(['password'], { name: 'db' }) });
      }),
    'compiles',
  ],
  [
    'Datasets (dataset, s3Source, ossSource, gcsSource, azureSource, artifactorySource, httpSource; hdfsSource refused)',
    ({ workflow, runContainer, dataset, s3Source, ossSource, gcsSource, azureSource, artifactorySource, httpSource, isDatasetHandle }) =>
      workflow('w', () => {
        const sources = [s3Source({ bucket: 'b', key: 'k' }), ossSource({ bucket: 'b', key: 'k', endpoint: 'oss.example.com' }), gcsSource({ bucket: 'b', key: 'k' }), azureSource({ container: 'c', blob: 'k', endpoint: 'https://acct.blob.core.windows.net' }), artifactorySource({ url: 'https://acme.jfrog.io/artifactory/data/d' }), httpSource({ url: 'https://example.com/d' })];
        sources.forEach((source, index) => {
          const handle = dataset({ name: `d${index}`, source });
          if (isDatasetHandle(handle)) runContainer({ image, input: handle.mount('/data') });
        });
      }),
    'compiles',
  ],
  [
    'Dataset from HDFS (hdfsSource)',
    ({ workflow, runContainer, dataset, hdfsSource }) => workflow('w', () => void runContainer({ image, input: dataset({ name: 'logs', source: hdfsSource({ addresses: ['nn:8020'], path: '/logs' }) }).mount('/data') })),
    { refused: /Hadoop RPC/ },
  ],
  [
    'Lifecycle hooks (addHook, setStepExitHandler)',
    ({ workflow, runContainer, addHook, setStepExitHandler }) =>
      workflow('w', () => {
        const train = runContainer({ image, command: ['echo', 'train'], stepName: 'train' });
        setStepExitHandler(train, () => runContainer({ image, command: ['echo', 'done'], stepName: 'notify' }));
        addHook(train, { status: 'Running' }, () => runContainer({ image, command: ['echo', 'started'], stepName: 'page' }));
        addHook('workflow', 'exit', () => runContainer({ image, command: ['echo', 'over'], stepName: 'report' }));
      }),
    'compiles',
  ],
  [
    'Raw artifacts (createRawArtifact)',
    ({ workflow, runContainer, createRawArtifact }) =>
      workflow('w', () => void runContainer({ image, command: ['cat', '/in/config.yaml'], input: createRawArtifact('/in/config.yaml', { data: 'a: "{{x}}"', mode: 0o600 }) })),
    'compiles',
  ],  [
    'KFP components (loadComponent) chained by a typed artifact',
    ({ workflow, loadComponent }) =>
      workflow('w', () => {
        const make = loadComponent(`name: make\noutputs: [{name: model, type: Model}]\nimplementation:\n  container: {image: ${image}, command: [sh, -c, 'echo m > "$0"', {outputPath: model}]}\n`);
        const use = loadComponent(`name: use\ninputs: [{name: model, type: Model}]\nimplementation:\n  container: {image: ${image}, command: [cat, {inputPath: model}]}\n`);
        use({ model: make().output('model') });
      }),
    'compiles',
  ],
];

/** Exports of @couler/dsl that are no construct of their own: the wrapper and the handle classes. */
const NOT_CONSTRUCTS = new Set(['workflow', 'isBuiltWorkflow', 'StepHandle', 'OutputHandle', 'ParameterHandle', 'ItemHandle', 'ArtifactMount', 'InputArtifactHandle', 'InputArtifactMount']);

const EXAMPLES: ReadonlyArray<readonly [string, Workflow]> = [
  ['examples/automl/src/automl.ts', automl],
  ['examples/automl/src/automl-python.ts', automlPython],
  ['examples/paper/src/code1-artifacts.ts', code1],
  ['examples/paper/src/code2-coinflip.ts', code2],
  ['examples/paper/src/code3-diamond.ts', code3],
  ['examples/paper/src/code4-recursive.ts', code4],
  ['examples/paper/src/code5-model-search.ts', code5],
  ['examples/paper/src/code6-automl.ts', code6],
  ['examples/paper/src/nl-image-classification.ts', nl],
  ['examples/custom-backend (its showcase workflow)', mermaidShowcase],
];

/** Compiles for one release with validation; the error, if refused. */
async function compileFor(workflow: Workflow, argoVersion: (typeof ARGO_VERSIONS)[number]): Promise<unknown> {
  try {
    const { files } = await createArgoBackend({ validate: true, argoVersion }).doCompile(workflow, {});
    // One Workflow file; a dataset's claims go in a file of their own beside it.
    expect(files.filter((file) => file.path.endsWith('.argo.yaml'))).toHaveLength(1);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('what compiles to Argo, for every release the backend writes for', () => {
  it.each(EXAMPLES)('%s compiles, valid for Argo', async (_, workflow) => {
    for (const argoVersion of ARGO_VERSIONS) expect(await compileFor(workflow, argoVersion), `Argo ${argoVersion}`).toBeUndefined();
  });

  it.each(CONSTRUCTS)('%s', async (_, build, expected) => {
    const workflow = build(couler);
    for (const argoVersion of ARGO_VERSIONS) {
      const error = await compileFor(workflow, argoVersion);
      const compiles = expected === 'compiles' || ('since' in expected && argoVersionAtLeast(argoVersion, expected.since));
      if (compiles) expect(error, `Argo ${argoVersion}`).toBeUndefined();
      else {
        expect(error, `Argo ${argoVersion}`).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringMatching((expected as { refused: RegExp }).refused) });
      }
    }
  });

  it('covers every export of @couler/dsl and every trainer of its step zoo', () => {
    const used = new Set<string>();
    for (const [, build] of CONSTRUCTS) build(recordingDsl(used));
    const exported = Object.keys(couler).filter((name) => !NOT_CONSTRUCTS.has(name));
    const trainers = Object.entries(couler.steps).flatMap(([framework, trainer]) => Object.keys(trainer).map((name) => `steps.${framework}.${name}`));
    expect([...exported, ...trainers].filter((name) => !used.has(name))).toEqual([]);
  });
});
