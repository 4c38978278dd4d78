import { fileURLToPath } from 'node:url';
import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, leaves, stepOf } from '../src/__tests__/helpers';
import { createHttpArtifact, loadComponent, runContainer, workflow } from '../src/index';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/kfp-components/${name}`, import.meta.url));
const train = loadComponent(fixture('xgboost-train.component.yaml'));
const predict = loadComponent(fixture('xgboost-predict.component.yaml'));
const toParquet = loadComponent(fixture('convert-csv-to-apache-parquet.component.yaml'));
const csv = () => createHttpArtifact('/data/train.csv', { url: 'https://example.com/train.csv' });

const HOSTILE = `a'b"{{workflow.name}}$(id)\${HOME}\\ {% raw %}`;

describe('loadComponent: KFP v1 component.yaml files of the kubeflow/pipelines repository', () => {
  it('reads name, inputs (with their Couler names, types, defaults) and outputs', () => {
    expect(train.spec.name).toBe('Xgboost train');
    expect(train.spec.inputs.map((input) => [input.key, input.type, input.default ?? null, input.optional])).toEqual([
      ['training_data', 'CSV', null, false],
      ['starting_model', 'XGBoostModel', null, true],
      ['label_column', 'Integer', '0', true],
      ['num_iterations', 'Integer', '10', true],
      ['booster_params', 'JsonObject', null, true],
      ['objective', 'String', 'reg:squarederror', true],
      ['booster', 'String', 'gbtree', true],
      ['learning_rate', 'Float', '0.3', true],
      ['min_split_loss', 'Float', '0', true],
      ['max_depth', 'Integer', '6', true],
    ]);
    expect(train.spec.outputs.map((output) => [output.key, output.type])).toEqual([['model', 'XGBoostModel'], ['model_config', 'XGBoostModelConfig']]);
    expect(toParquet.spec.inputs.map((input) => input.type)).toEqual(['CSV']);
  });

  it('chains train → predict by the model artifact: files are mounted where the component expects them, values and defaults land in args', () => {
    const built = workflow('xgboost', () => {
      const trained = train({ training_data: csv(), num_iterations: 20, booster_params: { eta: 0.1 } }, { stepName: 'train' });
      predict({ data: csv(), model: trained.output('model') }, { stepName: 'predict' });
      toParquet({ data: csv() }, { stepName: 'to-parquet' });
    });
    expect(validate(built)).toEqual([]);
    const trainStep = stepOf(built, 'train');
    expect(trainStep).toMatchObject({ kind: 'container', container: { image: 'python:3.7' } });
    const args = trainStep.kind === 'container' ? trainStep.container.args : [];
    expect(args).toEqual([
      '--training-data', '/tmp/inputs/training_data/data',
      '--label-column', '0',
      '--num-iterations', '20',
      '--booster-params', '{"eta":0.1}',
      '--objective', 'reg:squarederror',
      '--booster', 'gbtree',
      '--learning-rate', '0.3',
      '--min-split-loss', '0',
      '--max-depth', '6',
      '--model', '/tmp/outputs/model/data',
      '--model-config', '/tmp/outputs/model_config/data',
    ]);
    expect(trainStep.outputs?.artifacts).toEqual([
      { name: 'model', path: '/tmp/outputs/model/data', artifactType: 'XGBoostModel' },
      { name: 'model_config', path: '/tmp/outputs/model_config/data', artifactType: 'XGBoostModelConfig' },
    ]);
    expect(trainStep.inputs?.artifacts?.map((artifact) => [artifact.name, artifact.path])).toEqual([['training_data', '/tmp/inputs/training_data/data']]);
    expect(stepOf(built, 'predict').inputs?.artifacts).toContainEqual({
      name: 'model',
      path: '/tmp/inputs/model/data',
      from: { ref: 'step', step: 'train', output: 'model' },
      artifactType: 'XGBoostModel',
    });
    expect(stepOf(built, 'predict').description).toContain('Make predictions using a trained XGBoost model.');
  });

  it('refuses a model fed where the component expects a table, naming both types', () => {
    const error = catchCouler(() =>
      workflow('xgboost', () => {
        const trained = train({ training_data: csv() }, { stepName: 'train' });
        predict({ data: trained.output('model'), model: trained.output('model') }, { stepName: 'predict' });
      }),
    );
    const [mismatch] = leaves(error);
    expect(mismatch).toMatchObject({ code: 'TYPE_MISMATCH', stepIds: ['predict', 'train'] });
    expect(mismatch!.message).toBe('Input artifact "data" of step "predict" expects a CSV, but it reads "train.model", which is a XGBoostModel.');
  });

  it('refuses a missing required input and an unknown one, naming the component', () => {
    expect(catchCouler(() => workflow('w', () => void predict({ data: csv() }))).message).toContain('component "Xgboost predict" needs "model" (XGBoostModel)');
    const unknown = catchCouler(() => workflow('w', () => void predict({ data: csv(), model: csv(), max_dept: 3 })));
    expect(unknown.code).toBe('INVALID_DSL_USAGE');
    expect(unknown.message).toContain('max_dept');
  });
});

const typedComponents = (producerType: string, consumerType: string) => ({
  producer: loadComponent(`name: Make model\noutputs:\n- {name: Model out, type: ${producerType}}\nimplementation:\n  container:\n    image: alpine:3.20\n    command: [sh, -c, 'echo > "$0"', {outputPath: Model out}]\n`),
  consumer: loadComponent(`name: Read dataset\ninputs:\n- {name: table, type: ${consumerType}}\nimplementation:\n  container:\n    image: alpine:3.20\n    args: [{concat: ['--in=', {inputPath: table}]}]\n`),
});

describe('loadComponent: KFP system types', () => {
  it('a Model fed into a Dataset input is refused; a Model into a Model input passes', () => {
    const mismatched = typedComponents('Model', 'Dataset');
    const error = catchCouler(() => workflow('w', () => void mismatched.consumer({ table: mismatched.producer().output('model_out') })));
    expect(leaves(error)[0]!.message).toContain('expects a Dataset, but it reads "make-model.model_out", which is a Model');
    const matched = typedComponents('Model', 'Model');
    const built = workflow('w', () => void matched.consumer({ table: matched.producer().output('model_out') }));
    const consumer = stepOf(built, 'read-dataset');
    expect(consumer.kind === 'container' && consumer.container.args).toEqual(['--in=/tmp/inputs/table/data']);
  });
});

describe('loadComponent: hostile text in the component file stays text', () => {
  const hostileComponent = `name: ${JSON.stringify(HOSTILE)}\ndescription: ${JSON.stringify(`${HOSTILE}\nsecond line`)}\ninputs:\n- {name: greeting, type: String, default: ${JSON.stringify(HOSTILE)}}\noutputs:\n- {name: out, type: String}\nimplementation:\n  container:\n    image: alpine:3.20\n    command: [sh, -c, 'echo "$0" > "$1"', {inputValue: greeting}, {outputPath: out}]\n`;

  it('name, description and default reach the IR unchanged, and the workflow validates', () => {
    const component = loadComponent(hostileComponent);
    expect(component.spec.name).toBe(HOSTILE);
    const built = workflow('hostile', () => void component({}, { stepName: 'greet' }));
    expect(validate(built)).toEqual([]);
    const step = stepOf(built, 'greet');
    expect(step.description).toBe(`${HOSTILE}\nsecond line`);
    expect(step.kind === 'container' && step.container.command).toEqual(['sh', '-c', 'echo "$0" > "$1"', HOSTILE, '/tmp/outputs/out/data']);
    expect(step.outputs?.parameters).toEqual([{ name: 'out', path: '/tmp/outputs/out/data' }]);
  });

  it('a step name is made from the component name when none is given', () => {
    const built = workflow('named', () => void loadComponent(hostileComponent)());
    expect(built.spec.steps[0]!.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });
});

describe('loadComponent: what it refuses, naming the file and the field', () => {
  it('a file that is not there', () => {
    const error = catchCouler(() => loadComponent('no/such/component.yaml'));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toContain('"no/such/component.yaml"');
  });

  it('malformed YAML', () => {
    const error = catchCouler(() => loadComponent('name: x\ninputs: [\n  - {name: a\n'));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toMatch(/^KFP component \(YAML text\): the file is not valid YAML/);
  });

  it('an unknown placeholder, at its place in the command line', () => {
    const error = catchCouler(() => loadComponent('name: x\ninputs: [{name: a}]\nimplementation:\n  container:\n    image: alpine\n    args: [--a, {inputValu: a}]\n'));
    expect(error).toMatchObject({ code: 'INVALID_FIELD', path: ['implementation', 'container', 'args', 1, 'inputValu'] });
    expect(error.message).toContain('at implementation.container.args[1].inputValu: {inputValu} is not a KFP placeholder');
  });

  it('a placeholder naming an undeclared input', () => {
    const error = catchCouler(() => loadComponent('name: x\ninputs: [{name: a}]\nimplementation:\n  container:\n    image: alpine\n    args: [{inputPath: b}]\n'));
    expect(error.message).toContain('names input "b", which inputs does not declare (it declares "a")');
  });

  it('outputUri: an engine-specific remote location Couler does not hand a step', () => {
    const error = catchCouler(() => loadComponent('name: x\noutputs: [{name: a}]\nimplementation:\n  container:\n    image: alpine\n    args: [{outputUri: a}]\n'));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.hint).toContain('{outputPath: name}');
  });

  it('an input used both as a value and as a file', () => {
    const error = catchCouler(() => loadComponent('name: x\ninputs: [{name: a}]\nimplementation:\n  container:\n    image: alpine\n    args: [{inputPath: a}, {inputValue: a}]\n'));
    expect(error.message).toContain('input "a" is used both as a value');
  });
});

describe('loadComponent: KFP v2 compiled single-component files', () => {
  it('reads parameters, their placeholders and an output parameter file', () => {
    const io = loadComponent(fixture('container-io.pipeline-spec.yaml'));
    expect(io.spec.inputs).toEqual([{ name: 'text', key: 'text', type: 'String', optional: false }]);
    const built = workflow('io', () => {
      const made = io({ text: HOSTILE }, { stepName: 'io' });
      runContainer({ image: 'alpine:3.20', stepName: 'show', args: ['echo', made.output('output_path')] });
    });
    expect(validate(built)).toEqual([]);
    const step = stepOf(built, 'io');
    expect(step.kind === 'container' && step.container).toMatchObject({ command: ['my_program', HOSTILE], args: ['--output_path', '/tmp/outputs/output_path/data'] });
  });

  it('refuses an artifact URI placeholder inside an IfPresent', () => {
    const error = catchCouler(() => loadComponent(fixture('container-with-if-placeholder.pipeline-spec.yaml')));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain("{{$.outputs.artifacts['dataset'].uri}} asks for an artifact's remote uri");
    expect(error.message).toContain('container-with-if-placeholder.pipeline-spec.yaml');
  });
});
