import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { createArtifactoryArtifact, createAzureArtifact, createGcsArtifact, createOssArtifact, createS3Artifact } from './artifacts';
import { parameter } from './config-workflow';
import { workflowName, workflowUid } from './handles';
import { runContainer } from './run-container';
import { concat } from './values';
import { workflow } from './workflow';

describe("artifact keys that name the run's id", () => {
  it('takes concat(text, workflowUid, text) as a key on S3, OSS and GCS, and the workflow validates', () => {
    const key = concat('models/', workflowUid, '/model.pkl');
    const built = workflow('per-run', () => {
      runContainer({
        image: 'alpine:3.20',
        stepName: 'train',
        output: [
          createS3Artifact('/out/model', { bucket: 'models', key }),
          createOssArtifact('/out/report', { bucket: 'reports', key: concat`reports/${workflowUid}.html`, endpoint: 'oss.example.com' }),
          createGcsArtifact('/out/metrics', { bucket: 'metrics', key: 'plain/m.json' }),
        ],
      });
    });
    const keys = stepOf(built, 'train').outputs?.artifacts?.map((artifact) => (artifact.location as { key: unknown }).key);
    expect(keys).toEqual([
      { concat: ['models/', { ref: 'workflow', field: 'uid' }, '/model.pkl'] },
      { concat: ['reports/', { ref: 'workflow', field: 'uid' }, '.html'] },
      'plain/m.json',
    ]);
    expect(validate(built)).toEqual([]);
  });

  it('refuses any other reference in a key, saying a key may name only the run id', () => {
    const error = catchCouler(() => createS3Artifact('/out/x', { bucket: 'b', key: concat('runs/', workflowName, '/x') }));
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toContain("a key may name only the run's id (workflowUid)");
    expect(catchCouler(() => workflow('p', () => {
      const p = parameter('p', { default: 'v' });
      runContainer({ image: 'alpine:3.20', output: [createGcsArtifact('/out/x', { bucket: 'b', key: concat('runs/', p) })] });
    })).message).toContain("a key may name only the run's id");
  });

  it('takes a per-run blob name on Azure, with the account key by secret reference, and the workflow validates', () => {
    const built = workflow('azure', () => {
      runContainer({
        image: 'alpine:3.20',
        stepName: 'train',
        output: createAzureArtifact('/out/model', { container: 'models', blob: concat('runs/', workflowUid, '/model'), endpoint: 'https://acct.blob.core.windows.net', accountKeySecret: { name: 'az', key: 'accountKey' } }),
      });
    });
    expect(stepOf(built, 'train').outputs?.artifacts?.[0]?.location).toEqual({
      type: 'azure',
      container: 'models',
      blob: { concat: ['runs/', { ref: 'workflow', field: 'uid' }, '/model'] },
      endpoint: 'https://acct.blob.core.windows.net',
      accountKey: { name: 'az', key: 'accountKey' },
    });
    expect(validate(built)).toEqual([]);
    const both = catchCouler(() =>
      workflow('both', () => {
        runContainer({ image: 'alpine:3.20', stepName: 'train', output: createAzureArtifact('/out/model', { container: 'models', blob: 'm', accountKeySecret: { name: 'az', key: 'accountKey' }, useSDKCreds: true }) });
      }),
    );
    expect(both.message).toContain('The output artifact "model" of step "train" gives its Azure location both accountKey and useSDKCreds.');
  });

  it('takes a per-run Artifactory URL with basic-auth secrets, and refuses a URL that is not http(s) and a password alone', () => {
    const username = { name: 'jfrog', key: 'username' };
    const password = { name: 'jfrog', key: 'password' };
    const built = workflow('artifactory', () => {
      runContainer({ image: 'alpine:3.20', stepName: 'train', output: createArtifactoryArtifact('/out/model', { url: concat('https://acme.jfrog.io/artifactory/ml/', workflowUid, '/model.tgz'), usernameSecret: username, passwordSecret: password }) });
    });
    expect(stepOf(built, 'train').outputs?.artifacts?.[0]?.location).toEqual({
      type: 'artifactory',
      url: { concat: ['https://acme.jfrog.io/artifactory/ml/', { ref: 'workflow', field: 'uid' }, '/model.tgz'] },
      username,
      password,
    });
    expect(validate(built)).toEqual([]);
    const refused = catchCouler(() =>
      workflow('bad', () => {
        runContainer({ image: 'alpine:3.20', stepName: 'train', output: createArtifactoryArtifact({ path: '/out/model', url: 'acme.jfrog.io/ml/model.tgz', passwordSecret: password }) });
      }),
    );
    expect(refused.errors?.map((each) => each.message)).toEqual([
      expect.stringContaining('The output artifact "model" of step "train" has an Artifactory URL that does not start with http:// or https:// and a host: "acme.jfrog.io/ml/model.tgz".'),
      expect.stringContaining('with a password secret but no username secret'),
    ]);
  });
});
