import { describe, expect, test } from 'vitest';
import { checkWorkflow } from '../serialization/parse-workflow';
import { IR_API_VERSION } from '../schema/workflow';
import { container } from '../__tests__/workflows';

/** Structural problems: what the schema refuses before any rule runs. */
function problems(spec: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const { workflow, errors } = checkWorkflow({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'w' }, spec, ...extra });
  expect(workflow).toBeUndefined();
  return errors.map((error) => ({ code: error.code, path: error.pathString, message: error.message }));
}

describe('structural errors', () => {
  test('name the offending step by its name, not its index, and report every problem', () => {
    expect(problems({ steps: [container('prep'), { ...container('train'), image: 'oops' }, container('serve', {}, { image: 7 })] })).toEqual([
      { code: 'INVALID_FIELD', path: 'steps.train.image', message: 'Unknown field "image" in steps.train.' },
      { code: 'INVALID_FIELD', path: 'steps.serve.container.image', message: 'steps.serve.container.image must be a string or an object, not number 7.' },
    ]);
  });

  test('fall back to the index for a step without a usable name', () => {
    expect(problems({ steps: [{ kind: 'container', container: { image: 'a' } }] })).toEqual([
      { code: 'INVALID_NAME', path: 'steps[0].name', message: 'steps[0].name must be a string, not nothing.' },
    ]);
  });

  test('unknown fields of the spec and of the document are told apart', () => {
    expect(problems({ steps: [], paralelism: 2 }, { status: {} })).toEqual([
      { code: 'INVALID_FIELD', path: 'spec.paralelism', message: 'Unknown field "paralelism" in spec. Did you mean "parallelism"?' },
      { code: 'INVALID_FIELD', path: 'status', message: 'Unknown field "status" in the document.' },
    ]);
  });

  test('every unknown key is its own error, at its own path, with the closest known field', () => {
    const { errors } = checkWorkflow({
      apiVersion: IR_API_VERSION,
      kind: 'Workflow',
      metadata: { name: 'w' },
      spec: { steps: [container('train', { retry: { limit: 1, backof: {}, onn: 'failure' }, securityContext: { runAsUser: 0 } }, { imagePulPolicy: 'Always' })] },
    });
    expect(errors.map((error) => ({ path: error.path, stepIds: error.stepIds, message: error.message }))).toEqual([
      { path: ['steps', 'train', 'retry', 'backof'], stepIds: ['train'], message: 'Unknown field "backof" in steps.train.retry. Did you mean "backoff"?' },
      { path: ['steps', 'train', 'retry', 'onn'], stepIds: ['train'], message: 'Unknown field "onn" in steps.train.retry. Did you mean "on"?' },
      { path: ['steps', 'train', 'container', 'imagePulPolicy'], stepIds: ['train'], message: 'Unknown field "imagePulPolicy" in steps.train.container. Did you mean "imagePullPolicy"?' },
      { path: ['steps', 'train', 'securityContext'], stepIds: ['train'], message: 'Unknown field "securityContext" in steps.train.' },
    ]);
    expect(errors[3]!.hint).toContain('steps.train has the fields "name", "description", "dependencies"');
    expect(errors[2]!.hint).toBe(
      'Remove it or rename it: steps.train.container has the fields "image", "command", "args", "workingDir", "imagePullPolicy".',
    );
  });

  test('unknown keys are found at any depth: conditions, groups, references, artifact locations, caches, resources', () => {
    const when = { op: 'and', conditions: [{ op: 'equal', left: 'a', right: 'b', rigth: 'c' }] };
    const artifact = { name: 'data', path: '/data', location: { type: 's3', bucket: 'b', key: 'k', regoin: 'eu' } };
    const spec = {
      parameters: [{ name: 'lr', defualt: '0.1' }],
      groups: [{ name: 'g', kind: 'concurrent', branches: [['a']], paralelism: 2 }],
      steps: [
        container('a', { when, inputs: { artifacts: [artifact] }, cache: { ttlSecond: 60 }, resources: { limits: { cpus: '1' } } }, { args: [{ ref: 'parameter', name: 'lr', nmae: 'x' }] }),
      ],
    };
    expect(problems(spec).map(({ path, message }) => [path, message])).toEqual([
      ['parameters.lr.defualt', 'Unknown field "defualt" in parameters.lr. Did you mean "default"?'],
      ['steps.a.when.conditions[0].rigth', 'Unknown field "rigth" in steps.a.when.conditions[0]. Did you mean "right"?'],
      ['steps.a.inputs.artifacts.data.location.regoin', 'Unknown field "regoin" in steps.a.inputs.artifacts.data.location. Did you mean "region"?'],
      ['steps.a.resources.limits.cpus', 'Unknown field "cpus" in steps.a.resources.limits. Did you mean "cpu"?'],
      ['steps.a.cache.ttlSecond', 'Unknown field "ttlSecond" in steps.a.cache. Did you mean "ttlSeconds"?'],
      ['steps.a.container.args[0].nmae', 'Unknown field "nmae" in steps.a.container.args[0]. Did you mean "name"?'],
      ['groups.g.paralelism', 'Unknown field "paralelism" in groups.g. Did you mean "parallelism"?'],
    ]);
  });

  test('a key named __proto__, which parsing would drop, is refused at its path', () => {
    const item = JSON.parse('{"__proto__": "x", "lr": 0.1}') as Record<string, unknown>;
    expect(problems({ steps: [container('train', { map: { items: [item] } })] })).toEqual([
      { code: 'INVALID_FIELD', path: 'steps.train.map.items[0].__proto__', message: 'A key named "__proto__" cannot be kept (at steps.train.map.items[0].__proto__): JavaScript objects treat it as their prototype.' },
    ]);
  });

  test('an unknown step kind lists the kinds there are', () => {
    const [problem] = problems({ steps: [{ name: 'a', kind: 'lambda' }] });
    expect(problem).toMatchObject({ code: 'INVALID_FIELD', path: 'steps.a.kind' });
    expect(problem!.message).toContain("'container' | 'script' | 'job' | 'resource' | 'suspend'");
  });

  test('a value of the wrong form says which forms would do', () => {
    expect(problems({ steps: [container('a', {}, { args: [5, { concat: [] }] })] })).toEqual([
      { code: 'INVALID_FIELD', path: 'steps.a.container.args[0]', message: 'steps.a.container.args[0] must be a string or an object, not number 5.' },
      { code: 'INVALID_FIELD', path: 'steps.a.container.args[1].concat', message: expect.stringContaining('steps.a.container.args[1].concat:') },
    ]);
  });

  test('a half-written condition is reported at the missing operand, deep inside and/or', () => {
    const when = { op: 'and', conditions: [{ op: 'equal', left: 1, right: 1 }, { op: 'equal', left: 1 }] };
    expect(problems({ steps: [container('a', { when })] })).toEqual([
      { code: 'INVALID_FIELD', path: 'steps.a.when.conditions[1].right', message: 'steps.a.when.conditions[1].right is missing.' },
    ]);
  });

  test('a reference with a misspelt kind points at "ref"', () => {
    const [problem] = problems({ steps: [container('a', {}, { args: [{ ref: 'steps', step: 'b', output: 'result' }] })] });
    expect(problem).toMatchObject({ code: 'INVALID_FIELD', path: 'steps.a.container.args[0].ref' });
  });

  test('resource quantities use the Kubernetes format', () => {
    expect(problems({ steps: [container('a', { resources: { limits: { memory: '4 GB' } } })] })).toEqual([
      { code: 'INVALID_FIELD', path: 'steps.a.resources.limits.memory', message: 'steps.a.resources.limits.memory: Use a Kubernetes quantity such as "500m", "2", "4Gi".' },
    ]);
  });

  test('a missing metadata, a wrong kind and a non-object are told apart', () => {
    expect(checkWorkflow({ apiVersion: IR_API_VERSION, kind: 'Workflow', spec: { steps: [] } }).errors.map(String)).toEqual([
      'INVALID_FIELD at metadata: metadata must be an object, not nothing.',
    ]);
    expect(checkWorkflow({ apiVersion: IR_API_VERSION, kind: 'Pipeline' }).errors.map(String)).toEqual(['INVALID_FIELD at kind: kind must be "Workflow", not "Pipeline".']);
    for (const value of [null, 42, 'null', [], '[1, 2]']) {
      expect(checkWorkflow(value).errors.map((error) => error.code)).toEqual(['INVALID_DOCUMENT']);
    }
  });
});
