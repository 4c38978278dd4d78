import { describe, test } from 'vitest';
import { container, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { datasetsRule } from './datasets-rule';

const source = { type: 's3', bucket: 'data', key: 'train/rows.csv', accessKey: { name: 'creds', key: 'accessKey' } };
const reads = (dataset: string) => ({ inputs: { artifacts: [{ name: 'rows', path: '/in/rows.csv', dataset }] } });

describe('datasetsRule', () => {
  test('steps read declared datasets', () => {
    expectValid(datasetsRule, workflow([container('a', reads('train')), container('b', reads('train'))], { datasets: [{ name: 'train', owner: 'alice', source }] }));
  });

  test('an undeclared dataset is reported at the input, with the closest declared name', () => {
    expectValidationErrors(datasetsRule, workflow([container('a', reads('trian'))], { datasets: [{ name: 'train', source }] }), [
      {
        code: 'INVALID_REFERENCE',
        path: ['steps', 'a', 'inputs', 'artifacts', 'rows', 'dataset'],
        stepIds: ['a'],
        message: 'Input artifact "rows" of step "a" reads dataset "trian", but the workflow declares no dataset of that name. Did you mean "train"?',
      },
    ]);
  });

  test('two datasets of one name, a git source and a per-run key are refused', () => {
    const datasets = [
      { name: 'train', source },
      { name: 'train', source },
      { name: 'repo', source: { type: 'git', repo: 'https://example.com/r.git' } },
      { name: 'per-run', source: { ...source, key: { concat: ['x/', { ref: 'workflow', field: 'uid' }] } } },
    ];
    expectValidationErrors(datasetsRule, workflow([container('a')], { datasets }), [
      { code: 'DUPLICATE_NAME', path: ['datasets', 'train'], message: 'There can be only one dataset named "train".' },
      { code: 'INVALID_FIELD', path: ['datasets', 'repo', 'source'], message: 'reads from git, which has no version' },
      { code: 'INVALID_FIELD', path: ['datasets', 'per-run', 'source', 'key'], message: "names the run's id" },
    ]);
  });

  test('an Azure source syncs; a per-run blob name and two kinds of credentials are refused', () => {
    const azure = { type: 'azure', container: 'data', blob: 'train/rows.csv', endpoint: 'https://acct.blob.core.windows.net', accountKey: { name: 'az', key: 'accountKey' } };
    expectValid(datasetsRule, workflow([container('a', reads('train'))], { datasets: [{ name: 'train', source: azure }] }));
    const datasets = [
      { name: 'per-run', source: { ...azure, blob: { concat: ['x/', { ref: 'workflow', field: 'uid' }] } } },
      { name: 'both', source: { ...azure, useSDKCreds: true } },
    ];
    expectValidationErrors(datasetsRule, workflow([container('a')], { datasets }), [
      { code: 'INVALID_FIELD', path: ['datasets', 'per-run', 'source', 'blob'], message: "names the run's id" },
      { code: 'INVALID_FIELD', path: ['datasets', 'both', 'source'], message: 'both accountKey and useSDKCreds' },
    ]);
  });

  test('an Artifactory source syncs; a per-run URL and a URL that is not http(s) are refused', () => {
    const artifactory = { type: 'artifactory', url: 'https://acme.jfrog.io/artifactory/data/rows.csv' };
    expectValid(datasetsRule, workflow([container('a', reads('train'))], { datasets: [{ name: 'train', source: artifactory }] }));
    const datasets = [
      { name: 'per-run', source: { ...artifactory, url: { concat: ['https://acme.jfrog.io/', { ref: 'workflow', field: 'uid' }] } } },
      { name: 'ftp', source: { ...artifactory, url: 'ftp://acme/rows.csv' } },
    ];
    expectValidationErrors(datasetsRule, workflow([container('a')], { datasets }), [
      { code: 'INVALID_FIELD', path: ['datasets', 'per-run', 'source', 'url'], message: "names the run's id" },
      { code: 'INVALID_FIELD', path: ['datasets', 'ftp', 'source', 'url'], message: 'does not start with http:// or https://' },
    ]);
  });
});
