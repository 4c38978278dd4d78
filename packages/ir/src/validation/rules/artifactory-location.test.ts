import { describe, test } from 'vitest';
import { container, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { artifactOptionsRule } from './artifact-options-rule';

const username = { name: 'jfrog', key: 'username' };
const password = { name: 'jfrog', key: 'password' };
const writes = (location: Record<string, unknown>) => ({ outputs: { artifacts: [{ name: 'model', path: '/out/model', location: { type: 'artifactory', ...location } }] } });

describe('Artifactory locations', () => {
  test('an http(s) URL, plain or with the run id after the host, with both halves of basic auth or none, is valid', () => {
    expectValid(artifactOptionsRule, workflow([container('a', writes({ url: 'https://acme.jfrog.io/artifactory/ml/model.tgz', username, password }))]));
    expectValid(artifactOptionsRule, workflow([container('a', writes({ url: { concat: ['http://art:8081/ml/', { ref: 'workflow', field: 'uid' }, '/m'] } }))]));
  });

  test('a URL without http(s) or host, and a password without a user name, are reported at the field', () => {
    const at = (field: string) => ['steps', 'a', 'outputs', 'artifacts', 'model', 'location', field];
    expectValidationErrors(artifactOptionsRule, workflow([container('a', writes({ url: 'ftp://acme/ml/model', password }))]), [
      { code: 'INVALID_FIELD', path: at('url'), message: 'The output artifact "model" of step "a" has an Artifactory URL that does not start with http:// or https:// and a host: "ftp://acme/ml/model".' },
      { code: 'INVALID_FIELD', path: at('username'), message: 'with a password secret but no username secret' },
    ]);
    expectValidationErrors(artifactOptionsRule, workflow([container('a', writes({ url: { concat: ['https://', { ref: 'workflow', field: 'uid' }, '/m'] } }))]), [
      { code: 'INVALID_FIELD', path: at('url'), message: '"https://"' },
    ]);
  });

  test.each(['a b', 'a\\b', 'a\nb', 'a\tb'])('a URL holding %j (read differently by the engines) is reported, pointing at percent-encoding', (path) => {
    expectValidationErrors(artifactOptionsRule, workflow([container('a', writes({ url: { concat: [`https://art/${path}/`, { ref: 'workflow', field: 'uid' }] } }))]), [
      { code: 'INVALID_FIELD', path: ['steps', 'a', 'outputs', 'artifacts', 'model', 'location', 'url'], message: 'which engines would read as different URLs' },
    ]);
  });

  test.each(['{{workflow.name}}', 'Creds', "it's $(id)", 'a\nb', 'ü'])('a secret name %j Kubernetes would refuse is reported at the field', (name) => {
    expectValidationErrors(artifactOptionsRule, workflow([container('a', writes({ url: 'https://art/ml/m', username, password: { name, key: 'password' } }))]), [
      { code: 'INVALID_FIELD', path: ['steps', 'a', 'outputs', 'artifacts', 'model', 'location', 'password'], message: `an Artifactory password secret ${JSON.stringify(name)} key "password" that Kubernetes cannot name` },
    ]);
  });
});
