import { fileURLToPath } from 'node:url';
import { createHttpArtifact, loadComponent, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';

/** The KFP component files @couler/dsl keeps as fixtures (from kubeflow/pipelines, Apache-2.0). */
const fixture = (name: string) => fileURLToPath(new URL(`../../dsl/test/fixtures/kfp-components/${name}`, import.meta.url));
const csv = () => createHttpArtifact('/data/train.csv', { url: 'https://example.com/train.csv' });
const HOSTILE = `a'b"{{workflow.name}}$(id)\${HOME}\\ {% raw %}{{=1+1}}`;

describe('KFP components compiled for Argo', () => {
  it('train → predict chained by the model artifact, and a parquet conversion, validate against Argo\'s schema and lint', () => {
    const train = loadComponent(fixture('xgboost-train.component.yaml'));
    const predict = loadComponent(fixture('xgboost-predict.component.yaml'));
    const toParquet = loadComponent(fixture('convert-csv-to-apache-parquet.component.yaml'));
    const built = workflow('xgboost', () => {
      const trained = train({ training_data: csv(), num_iterations: 20 }, { stepName: 'train' });
      predict({ data: csv(), model: trained.output('model') }, { stepName: 'predict' });
      toParquet({ data: csv() }, { stepName: 'to-parquet' });
    });
    const checked = compileChecked(built);
    const predictTemplate = checked.template('predict') as { inputs?: { artifacts?: Array<{ name: string; path: string }> }; container?: { args?: string[] } };
    expect(predictTemplate.inputs?.artifacts).toContainEqual(expect.objectContaining({ name: 'model', path: '/tmp/inputs/model/data' }));
    expect(predictTemplate.container?.args).toEqual(expect.arrayContaining(['--model', '/tmp/inputs/model/data', '--predictions', '/tmp/outputs/predictions/data']));
    // The type is a compile-time check: Argo has no field for it, and nothing of it is emitted.
    expect(checked.yaml).not.toContain('XGBoostModel');
  });

  it('a v2 compiled component with hostile text in its input, and a v1 one with a hostile name, description and default', () => {
    const io = loadComponent(fixture('container-io.pipeline-spec.yaml'));
    const hostile = loadComponent(
      `name: ${JSON.stringify(HOSTILE)}\ndescription: ${JSON.stringify(`${HOSTILE}\nline two`)}\ninputs:\n- {name: greeting, type: String, default: ${JSON.stringify(HOSTILE)}}\noutputs:\n- {name: out, type: Dataset}\nimplementation:\n  container:\n    image: alpine:3.20\n    command: [sh, -c, 'echo "$0" > "$1"', {inputValue: greeting}, {outputPath: out}]\n`,
    );
    const built = workflow('hostile', () => {
      io({ text: HOSTILE }, { stepName: 'io' });
      hostile({}, { stepName: 'greet' });
    });
    const checked = compileChecked(built);
    expect((checked.template('greet') as { container?: { command?: string[] } }).container?.command).toHaveLength(5);
  });
});
