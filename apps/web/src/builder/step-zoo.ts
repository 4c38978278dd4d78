import type { Step, Value } from '@couler/ir';
import { LOGISTIC_REGRESSION_PY, RANDOM_FOREST_PY, SELECT_BEST_PY, SPLIT_DATA_PY } from './churn-scripts';
import type { FieldSchema, FieldValues, StepParametersSchema } from './form-schema';

/** What a zoo entry knows of the node it becomes: the steps connected into it. */
export interface ZooContext {
  /** Upstream steps declaring `output`, nearest first. */
  readonly upstreamWith: (output: string) => ReadonlyArray<string>;
}

/** The engine-neutral body of a step (its kind and what it runs); the builder adds name, edges, condition and fan-out. */
export type StepBody = Pick<Step, 'kind'> & Record<string, unknown>;

/** One entry of the zoo: a step the builder can place, with the schema its form is drawn from. */
export interface ZooEntry {
  readonly id: string;
  readonly title: string;
  readonly group: 'Basic steps' | 'Model zoo' | 'Step zoo (Kubernetes jobs)' | 'My steps';
  readonly description: string;
  readonly schema: StepParametersSchema;
  /** Output parameters the step writes (to `/tmp/<name>`, or where `COULER_OUTPUT_<NAME>` says). */
  readonly outputs: ReadonlyArray<string>;
  /** An output this step needs from a step connected into it. */
  readonly needs?: string;
  body(values: FieldValues, context: ZooContext): StepBody;
  /** The DSL call that makes the same step (without stepName, outputs and dependencies). */
  code(values: FieldValues, context: ZooContext): { readonly call: string; readonly options: Record<string, string> };
}

const PYTHON_IMAGE = 'python:3.12-alpine';
const stepOutput = (step: string, output: string): Value => ({ ref: 'step', step, output });
const quoted = (text: unknown) => JSON.stringify(String(text));
/** A DSL handle expression for another step's output: steps are bound to camelCase constants. */
export const handleOf = (step: string, output: string) => `${identifierOf(step)}.output(${quoted(output)})`;
export function identifierOf(step: string): string {
  const words = step.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase())).join('');
  return /^[A-Za-z_]/.test(name) ? name : `step${name}`;
}

/** A Python script step of the model zoo: `args` are literal values or another step's output. */
function pythonStep(source: string, sourceName: string, args: (values: FieldValues, context: ZooContext) => Array<{ literal: string } | { step: string; output: string } | { concat: [string, string, string] }>) {
  return {
    body(values: FieldValues, context: ZooContext): StepBody {
      const list = args(values, context).map((arg): Value => ('literal' in arg ? arg.literal : 'step' in arg ? stepOutput(arg.step, arg.output) : { concat: [arg.concat[0], { ref: 'step', step: arg.concat[1], output: arg.concat[2] }] }));
      return { kind: 'script', script: { image: PYTHON_IMAGE, command: ['python'], source, args: list } };
    },
    code(values: FieldValues, context: ZooContext) {
      const list = args(values, context).map((arg) => ('literal' in arg ? quoted(arg.literal) : 'step' in arg ? handleOf(arg.step, arg.output) : `concat(${quoted(arg.concat[0])}, ${handleOf(arg.concat[1], arg.concat[2])})`));
      return { call: 'runScript', options: { image: quoted(PYTHON_IMAGE), command: quoted('python'), source: sourceName, args: `[${list.join(', ')}]` } };
    },
  };
}

const datasetOf = (context: ZooContext) => {
  const from = context.upstreamWith('dataset')[0];
  return from === undefined ? { literal: '' } : { step: from, output: 'dataset' };
};

/** A model of the churn zoo: reads the connected dataset, then its hyperparameters in form order; outputs its accuracy. */
function churnModel(id: string, title: string, description: string, source: string, sourceName: string, properties: Record<string, FieldSchema>): ZooEntry {
  return {
    id,
    title,
    group: 'Model zoo',
    description,
    schema: { type: 'object', properties, required: Object.keys(properties) },
    outputs: ['accuracy'],
    needs: 'dataset',
    ...pythonStep(source, sourceName, (values, context) => [datasetOf(context), ...Object.keys(properties).map((key) => ({ literal: String(values[key]) }))]),
  };
}

function kubeflowJob(framework: 'tensorflow' | 'pytorch' | 'mpi' | 'xgboost', api: string, title: string, image: string): ZooEntry {
  return {
    id: api,
    title,
    group: 'Step zoo (Kubernetes jobs)',
    description: `steps.${api}(): a Kubeflow ${framework} job; runs on Argo and Tekton, not on the local engine.`,
    schema: {
      type: 'object',
      properties: {
        image: { type: 'string', title: 'Image', default: image },
        command: { type: 'string', title: 'Command', default: 'python /train.py' },
        numWorkers: { type: 'integer', title: 'Workers', default: 2, minimum: 1, maximum: 512 },
      },
      required: ['image', 'numWorkers'],
    },
    outputs: [],
    body(values) {
      const lead = framework === 'mpi' ? 'Launcher' : framework === 'tensorflow' ? 'Chief' : 'Master';
      const replicas: Record<string, unknown> = { Worker: { replicas: Number(values.numWorkers), ...(framework !== 'mpi' && { restartPolicy: 'Never' }) } };
      if (framework !== 'tensorflow') replicas[lead] = { replicas: 1, ...(framework !== 'mpi' && { restartPolicy: 'Never' }) };
      const command = String(values.command ?? '').split(/\s+/).filter(Boolean);
      return {
        kind: 'job',
        job: { framework, image: String(values.image), ...(command.length > 0 && { command }), replicas, ...(framework === 'mpi' && { slotsPerWorker: 1 }) },
        outputs: { parameters: [{ name: 'job-name', jsonPath: '{.metadata.name}' }, { name: 'job-id', jsonPath: '{.metadata.uid}' }] },
      };
    },
    code(values) {
      return { call: `steps.${api}`, options: { image: quoted(values.image), command: quoted(values.command), numWorkers: String(Number(values.numWorkers)) } };
    },
  };
}

export const STEP_ZOO: ReadonlyArray<ZooEntry> = [
  {
    id: 'shell',
    title: 'Shell script',
    group: 'Basic steps',
    description: 'runScript() with sh: any commands.',
    schema: { type: 'object', properties: { image: { type: 'string', title: 'Image', default: 'alpine:3.20' }, source: { type: 'string', title: 'Script', default: 'echo hello', multiline: true } }, required: ['image', 'source'] },
    outputs: [],
    body: (values) => ({ kind: 'script', script: { image: String(values.image), command: ['sh'], source: String(values.source ?? '') } }),
    code: (values) => ({ call: 'runScript', options: { image: quoted(values.image), command: quoted('sh'), source: quoted(values.source ?? '') } }),
  },
  {
    id: 'python',
    title: 'Python script',
    group: 'Basic steps',
    description: 'runScript() with python.',
    schema: { type: 'object', properties: { image: { type: 'string', title: 'Image', default: PYTHON_IMAGE }, source: { type: 'string', title: 'Script', default: 'print("hello")', multiline: true } }, required: ['image', 'source'] },
    outputs: [],
    body: (values) => ({ kind: 'script', script: { image: String(values.image), command: ['python'], source: String(values.source ?? '') } }),
    code: (values) => ({ call: 'runScript', options: { image: quoted(values.image), source: quoted(values.source ?? '') } }),
  },
  {
    id: 'container',
    title: 'Container',
    group: 'Basic steps',
    description: 'runContainer(): an image and a command.',
    schema: { type: 'object', properties: { image: { type: 'string', title: 'Image', default: 'alpine:3.20' }, command: { type: 'string', title: 'Command (words)', default: 'echo hello' } }, required: ['image', 'command'] },
    outputs: [],
    body(values) {
      const [command, ...args] = String(values.command ?? '').split(/\s+/).filter(Boolean);
      return { kind: 'container', container: { image: String(values.image), ...(command !== undefined && { command: [command] }), ...(args.length > 0 && { args }) } };
    },
    code(values) {
      const [command, ...args] = String(values.command ?? '').split(/\s+/).filter(Boolean);
      return { call: 'runContainer', options: { image: quoted(values.image), command: quoted(command ?? ''), args: `[${args.map(quoted).join(', ')}]` } };
    },
  },
  {
    id: 'split-data',
    title: 'Split churn data',
    group: 'Model zoo',
    description: 'Customer rows split into training and test sets; outputs the dataset for the models.',
    schema: {
      type: 'object',
      properties: {
        rows: { type: 'integer', title: 'Rows', default: 400, minimum: 20, maximum: 100_000 },
        testFraction: { type: 'number', title: 'Test fraction', default: 0.25, minimum: 0.05, maximum: 0.9 },
        seed: { type: 'integer', title: 'Seed', default: 7, description: 'Under a fan-out, each item is a seed ($ITEM): one split per seed.' },
      },
      required: ['rows', 'testFraction', 'seed'],
    },
    outputs: ['dataset'],
    ...pythonStep(SPLIT_DATA_PY, 'SPLIT_DATA_PY', (values) => [{ literal: String(values.rows) }, { literal: String(values.testFraction) }, { literal: String(values.seed) }]),
  },
  churnModel('logistic-regression', 'Logistic regression', 'Trains on the dataset of the step connected into it; outputs its test accuracy.', LOGISTIC_REGRESSION_PY, 'LOGISTIC_REGRESSION_PY', {
    learningRate: { type: 'number', title: 'Learning rate', default: 0.5, minimum: 0.0001, maximum: 10, description: 'Under a fan-out, each item is a learning rate ($ITEM): one model per rate.' },
    epochs: { type: 'integer', title: 'Epochs', default: 30, minimum: 1, maximum: 1000 },
  }),
  churnModel('random-forest', 'Random forest', 'A bagged forest of decision stumps on the connected dataset; outputs its test accuracy.', RANDOM_FOREST_PY, 'RANDOM_FOREST_PY', {
    trees: { type: 'integer', title: 'Trees', default: 15, minimum: 1, maximum: 500, description: 'Under a fan-out, each item is a number of trees ($ITEM): one forest per size.' },
    seed: { type: 'integer', title: 'Seed', default: 1 },
  }),
  {
    id: 'select-best',
    title: 'Select best model',
    group: 'Model zoo',
    description: 'Compares the accuracy of every model connected into it; outputs the best one’s step name.',
    schema: { type: 'object', properties: {} },
    outputs: ['best'],
    needs: 'accuracy',
    ...pythonStep(SELECT_BEST_PY, 'SELECT_BEST_PY', (_values, context) => context.upstreamWith('accuracy').map((step) => ({ concat: [`${step}=`, step, 'accuracy'] as [string, string, string] }))),
  },
  kubeflowJob('tensorflow', 'tensorflow.train', 'TensorFlow training job', 'tensorflow/tensorflow:2.16.1'),
  kubeflowJob('pytorch', 'pytorch.train', 'PyTorch training job', 'pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime'),
  kubeflowJob('mpi', 'mpi.run', 'MPI job', 'mpioperator/mpi-pi:openmpi'),
  kubeflowJob('xgboost', 'xgboost.train', 'XGBoost training job', 'docker.io/kubeflow/xgboost-dist-iris:latest'),
];

export const zooEntry = (id: string): ZooEntry => {
  const entry = STEP_ZOO.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No zoo entry "${id}".`);
  return entry;
};
