import { describe, test } from 'vitest';
import { container, output, script, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { exactlyOneRule } from './exactly-one-rule';

const secret = { name: 'creds', key: 'token' };
const resource = (name: string, fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'resource',
  resource: { action: 'create', manifest: 'kind: Job' },
  ...fields,
});
const job = (replicas: Record<string, unknown>) => ({ name: 'dist', kind: 'job', job: { framework: 'pytorch', image: 'pt', replicas } });

describe('exactlyOneRule', () => {
  test('accepts one source everywhere', () => {
    const steps = [
      container('a', {
        env: [{ name: 'A', value: '1' }, { name: 'B', secretKeyRef: secret }, { name: 'C', configMapKeyRef: secret }],
        envFrom: [{ secretRef: { name: 's' } }, { configMapRef: { name: 'c' }, prefix: 'C_' }],
        inputs: { artifacts: [{ name: 'raw', path: '/r', raw: 'text' }, { name: 'remote', path: '/s', location: { type: 'http', url: 'https://x' } }] },
        outputs: { parameters: [{ name: 'out', path: '/tmp/out' }], artifacts: [{ name: 'model', path: '/tmp/model' }] },
        map: { items: [1] },
      }),
      script('b', { inputs: { artifacts: [{ name: 'model', path: '/m', from: output('a', 'model') }] } }),
      resource('c', { outputs: { parameters: [{ name: 'id', jsonPath: '{.metadata.uid}' }] } }),
      job({ Master: { replicas: 1 }, Worker: { replicas: 4 } }),
    ];
    expectValid(exactlyOneRule, workflow(steps, { volumes: [{ name: 'v', emptyDir: {} }] }));
  });

  test('an environment variable needs exactly one source', () => {
    const step = container('a', { env: [{ name: 'NONE' }, { name: 'BOTH', value: 'x', secretKeyRef: secret }] });
    expectValidationErrors(exactlyOneRule, workflow([step]), [
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'env', 'NONE'], stepIds: ['a'], message: 'needs one of "value", "secretKeyRef", "configMapKeyRef", "fieldRef", "resourceFieldRef"; it has none.' },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'env', 'BOTH'], message: 'has "value" and "secretKeyRef"; give exactly one of' },
    ]);
  });

  test('each envFrom entry is reported at its own index', () => {
    const step = container('a', { envFrom: [{ secretRef: { name: 's' } }, { prefix: 'X_' }] });
    expectValidationErrors(exactlyOneRule, workflow([step]), [{ code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'envFrom', 1], message: 'envFrom entry 1 of step "a"' }]);
  });

  test('an input artifact comes from one place', () => {
    const step = container('b', {
      inputs: { artifacts: [{ name: 'nowhere', path: '/n' }, { name: 'twice', path: '/t', raw: 'x', location: { type: 'gcs', bucket: 'b', key: 'k' } }] },
    });
    expectValidationErrors(exactlyOneRule, workflow([step]), [
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'b', 'inputs', 'artifacts', 'nowhere'] },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'b', 'inputs', 'artifacts', 'twice'], message: '"location" and "raw"' },
    ]);
  });

  test('a map has items or from, not both and not neither', () => {
    const steps = [container('a', { map: {} }), container('b', { map: { items: [1], from: { ref: 'parameter', name: 'p' } } })];
    expectValidationErrors(exactlyOneRule, workflow(steps), [
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'map'], message: 'The map of step "a" needs one of "items", "from"' },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'b', 'map'] },
    ]);
  });

  test('container and script outputs are read from files, resource outputs from the object', () => {
    const steps = [
      container('a', { outputs: { parameters: [{ name: 'nopath' }, { name: 'query', path: '/p', jsonPath: '{.x}' }] } }),
      resource('r', { outputs: { parameters: [{ name: 'none' }, { name: 'both', jsonPath: '{.x}', jqFilter: '.x' }] } }),
    ];
    expectValidationErrors(exactlyOneRule, workflow(steps), [
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'outputs', 'parameters', 'nopath'], message: 'must be read from a file: give "path"' },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'a', 'outputs', 'parameters', 'query'] },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'r', 'outputs', 'parameters', 'none'], message: 'needs one of "jsonPath", "jqFilter"' },
      { code: 'AMBIGUOUS_SOURCE', path: ['steps', 'r', 'outputs', 'parameters', 'both'] },
    ]);
  });

  test('steps without a container of their own have no output artifacts; suspend steps no outputs at all', () => {
    const steps = [
      resource('r', { outputs: { artifacts: [{ name: 'log', path: '/log' }] } }),
      { name: 'wait', kind: 'suspend', suspend: {}, outputs: { parameters: [{ name: 'x', path: '/x' }] } },
    ];
    expectValidationErrors(exactlyOneRule, workflow(steps), [
      { code: 'INVALID_FIELD', path: ['steps', 'r', 'outputs', 'artifacts'], message: 'resource step "r" runs no container of its own' },
      { code: 'INVALID_FIELD', path: ['steps', 'wait', 'outputs', 'parameters', 'x'], message: 'Suspend step "wait" cannot have output parameters.' },
    ]);
  });

  test('single-replica roles have one replica, and a job has at least one role', () => {
    expectValidationErrors(exactlyOneRule, workflow([job({ Chief: { replicas: 2 }, Worker: { replicas: 3 } })]), [
      { code: 'INVALID_FIELD', path: ['steps', 'dist', 'job', 'replicas', 'Chief', 'replicas'], message: 'asks for 2 "Chief" replicas; there must be exactly one.' },
    ]);
    expectValidationErrors(exactlyOneRule, workflow([job({})]), [{ code: 'INVALID_FIELD', path: ['steps', 'dist', 'job', 'replicas'], message: 'has no replicas' }]);
  });

  test('a volume has exactly one source', () => {
    const volumes = [{ name: 'empty' }, { name: 'both', emptyDir: {}, secret: { secretName: 's' } }];
    expectValidationErrors(exactlyOneRule, workflow([container('a')], { volumes }), [
      { code: 'AMBIGUOUS_SOURCE', path: ['volumes', 'empty'], message: 'Volume "empty" needs one of "persistentVolumeClaim", "emptyDir", "configMap", "secret"' },
      { code: 'AMBIGUOUS_SOURCE', path: ['volumes', 'both'], message: 'has "emptyDir" and "secret"' },
    ]);
  });
});
