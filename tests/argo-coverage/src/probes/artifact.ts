import type { ArgoFieldProbe } from '../probe';
import { PRODUCER_CONSUMER, probeWorkflow } from '../probe-workflow';

/** One step writing an artifact to `location` (a create*Artifact call) and one reading it from there. */
const stored = (location: string): string =>
  probeWorkflow(`
const write = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo x > /out/data'], output: ${location}, stepName: 'write' });
runContainer({ image: 'alpine:3.20', command: ['cat', '/in/data'], input: write.output('data').at('/in/data'), stepName: 'read' });
`);

const S3 = stored(`createS3Artifact('/out/data', { name: 'data', bucket: 'ml', key: 'runs/data', endpoint: 's3.amazonaws.com', accessKeySecret: { name: 's3', key: 'id' }, secretKeySecret: { name: 's3', key: 'secret' } })`);
const LOCAL_OPTIONS = stored(`createLocalArtifact('/out/data', { name: 'data', archive: 'none', global: true, optional: true })`);

/** Artifact fields: inputs and outputs of steps, in every store the DSL offers. */
export const probes: ArgoFieldProbe[] = [
  { field: 'Artifact.name', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].outputs.artifacts[].name' },
  { field: 'Artifact.path', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].outputs.artifacts[].path' },
  { field: 'Artifact.from', workflow: PRODUCER_CONSUMER, path: 'spec.templates[].dag.tasks[].arguments.artifacts[].from' },
  { field: 'Artifact.s3', workflow: S3, path: 'spec.templates[].outputs.artifacts[].s3' },
  ...['archive', 'globalName', 'optional'].map((field) => ({ field: `Artifact.${field}`, workflow: LOCAL_OPTIONS, path: `spec.templates[].outputs.artifacts[].${field}` })),
  {
    field: 'Artifact.oss',
    workflow: stored(`createOssArtifact('/out/data', { name: 'data', bucket: 'ml', key: 'runs/data', endpoint: 'oss-cn-hangzhou.aliyuncs.com' })`),
    path: 'spec.templates[].outputs.artifacts[].oss',
  },
  {
    field: 'Artifact.gcs',
    workflow: stored(`createGcsArtifact('/out/data', { name: 'data', bucket: 'ml', key: 'runs/data' })`),
    path: 'spec.templates[].outputs.artifacts[].gcs',
  },
  {
    field: 'Artifact.azure',
    workflow: stored(`createAzureArtifact('/out/data', { name: 'data', container: 'ml', blob: 'runs/data', endpoint: 'https://acct.blob.core.windows.net', accountKeySecret: { name: 'az-creds', key: 'accountKey' } })`),
    path: 'spec.templates[].outputs.artifacts[].azure',
  },
  {
    field: 'Artifact.artifactory',
    workflow: stored(`createArtifactoryArtifact('/out/data', { name: 'data', url: 'https://acme.jfrog.io/artifactory/ml/runs/data.tgz', usernameSecret: { name: 'jfrog-creds', key: 'username' }, passwordSecret: { name: 'jfrog-creds', key: 'password' } })`),
    path: 'spec.templates[].outputs.artifacts[].artifactory',
  },
  {
    field: 'Artifact.plugin',
    workflow: stored(`createPluginArtifact('/out/data', { name: 'data', plugin: 'acme-store', configuration: 'bucket: ml', key: 'runs/data' })`),
    path: 'spec.templates[].outputs.artifacts[].plugin',
  },
  {
    field: 'Artifact.hdfs',
    workflow: stored(`createHdfsArtifact('/out/data', { name: 'data', addresses: ['namenode:8020'], hdfsPath: '/runs/data', user: 'ml' })`),
    path: 'spec.templates[].outputs.artifacts[].hdfs',
  },
  {
    field: 'Artifact.git',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['ls', '/src'], input: createGitArtifact('/src', { repo: 'https://github.com/couler-proj/couler.git', revision: 'master' }) });`),
    path: 'spec.templates[].inputs.artifacts[].git',
  },
  {
    field: 'Artifact.http',
    workflow: probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['ls', '/data'], input: createHttpArtifact('/data/iris.csv', { url: 'https://example.com/iris.csv' }) });`),
    path: 'spec.templates[].inputs.artifacts[].http',
  },
  { field: 'Artifact.deleted', outOfScope: 'set by the controller once it has garbage-collected the artifact (status, not spec)' },
];
