import { describe, expect, test } from 'vitest';
import { ALL_CONSTRUCTS, detectConstructs, OPT_IN_CONSTRUCTS } from '../../backend/v1/constructs';
import { buildWorkflowGraph, topologicalOrder } from '../../graph/workflow-graph';
import { parseWorkflow } from '../../serialization/parse-workflow';
import { serializeWorkflow } from '../../serialization/serialize-workflow';
import { echo, output, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { validate } from '../validate';
import { dataStepRule, MAX_DATA_TEMPLATE_BYTES } from './data-step-rule';

const s3 = { type: 's3', bucket: 'ml', key: 'raw/images', endpoint: 'minio:9000', insecure: true };
const data = (name: string, expressions: string[] = [], location: Record<string, unknown> = s3, fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'data',
  data: { source: { artifactPaths: location }, transformation: expressions.map((expression) => ({ expression })) },
  ...fields,
});

describe('data steps', () => {
  test('a listing with transformations is valid, and a later step maps over its result', () => {
    const wf = workflow([data('files', ['filter(data, {# endsWith ".png"})', 'map(data, {# + ".ready"})']), echo('each', [{ ref: 'item' }], { map: { from: output('files') } })]);
    expect(validate(wf)).toEqual([]);
    expect(topologicalOrder(buildWorkflowGraph(wf)).order).toEqual(['files', 'each']);
  });

  test('hostile expressions are text: they validate and survive a round trip through canonical YAML unchanged', () => {
    const hostile = ['filter(data, {# endsWith "{{workflow.name}}"})', "map(data, {# + '$(id)' + \"`id`\"})", 'filter(data, {# contains "{% raw %}\\\\n\\u00fc"})', 'map(data,\n  {# + "\\n"})'];
    const wf = workflow([data('files', hostile)]);
    expect(validate(wf)).toEqual([]);
    const back = parseWorkflow(serializeWorkflow(wf, { format: 'yaml' }));
    const step = back.spec.steps[0]!;
    expect(step.kind === 'data' && step.data.transformation.map((each) => each.expression)).toEqual(hostile);
  });

  test('container fields, input artifacts and declared outputs are refused, naming the field', () => {
    const wf = workflow([
      data('files', [], s3, {
        env: [{ name: 'A', value: '1' }],
        inputs: { artifacts: [{ name: 'x', path: '/x', raw: 'x' }] },
        outputs: { parameters: [{ name: 'count', path: '/tmp/count' }] },
      }),
    ]);
    expectValidationErrors(dataStepRule, wf, [
      { code: 'INVALID_FIELD', path: ['steps', 'files', 'env'], message: 'Data step "files" runs no container, so it cannot have env.' },
      { code: 'INVALID_FIELD', path: ['steps', 'files', 'inputs', 'artifacts'], message: 'reads no files' },
      { code: 'INVALID_FIELD', path: ['steps', 'files', 'outputs'], message: 'has one output, "result"', hint: "{ ref: 'step', step: 'files', output: 'result' }" },
    ]);
    // The generic output rules leave a data step's outputs to this rule: one error, not three.
    expect(validate(wf).filter((error) => error.path?.[2] === 'outputs')).toHaveLength(1);
  });

  test.each([
    ['http', { type: 'http', url: 'https://example.com/files/' }],
    ['artifactory', { type: 'artifactory', url: 'https://acme.jfrog.io/artifactory/ml/' }],
    ['git', { type: 'git', repo: 'https://github.com/couler-proj/couler.git' }],
  ])('a %s location, which nothing can list, is refused with the stores that can be', (_type, location) => {
    expectValidationErrors(dataStepRule, workflow([data('files', [], location)]), [
      { code: 'INVALID_FIELD', path: ['steps', 'files', 'data', 'source', 'artifactPaths'], message: 'cannot be listed', hint: 'S3, OSS, GCS, Azure Blob, HDFS, or an artifact driver plugin' },
    ]);
  });

  test('a blank expression and a template too large for one argument are refused', () => {
    expectValidationErrors(dataStepRule, workflow([data('files', ['filter(data, {true})', ' \n'])]), [
      { code: 'INVALID_FIELD', path: ['steps', 'files', 'data', 'transformation', 1, 'expression'], message: 'Transformation 1 of data step "files" is blank' },
    ]);
    const long = `filter(data, {# == "${'ü'.repeat(MAX_DATA_TEMPLATE_BYTES / 2)}"})`;
    expectValidationErrors(dataStepRule, workflow([data('files', [long])]), [{ code: 'ARGUMENT_TOO_LONG', path: ['steps', 'files', 'data'], message: 'one command-line argument' }]);
    expectValid(dataStepRule, workflow([data('files', [`${long.slice(0, 1000)}"})`])]));
  });

  test('an empty expression and a source that is no location fail the schema', () => {
    expect(() => workflow([data('files', [''])])).toThrow();
    expect(() => workflow([data('files', [], { type: 'ftp', url: 'ftp://x' })])).toThrow();
  });

  test("data steps are an opt-in construct, and the listed location's type is a use of its artifact construct", () => {
    expect(OPT_IN_CONSTRUCTS).toEqual(expect.arrayContaining(['step.data', 'artifact.plugin']));
    expect(ALL_CONSTRUCTS).not.toContain('step.data');
    const uses = detectConstructs(workflow([data('files', [], { type: 'gcs', bucket: 'ml', key: 'raw' })]));
    expect(uses).toEqual(expect.arrayContaining([expect.objectContaining({ construct: 'step.data' }), { construct: 'artifact.gcs', path: ['steps', 'files', 'data', 'source', 'artifactPaths'], stepName: 'files' }]));
  });
});
