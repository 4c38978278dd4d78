import { describe, expect, it } from 'vitest';
import { catchCouler, stepOf } from './__tests__/helpers';
import { concat, createHttpArtifact, createLocalArtifact, createPluginArtifact, createS3Artifact, listArtifactFiles, map, runContainer, workflow, workflowUid } from './index';

const images = createS3Artifact('/data', { bucket: 'ml', key: 'raw/images', endpoint: 'minio:9000', insecure: true });

describe('listArtifactFiles', () => {
  it("builds a data step listing the artifact's location, whose result a later map fans out over", () => {
    const built = workflow('shards', () => {
      const files = listArtifactFiles(images, { stepName: 'files', transformation: ['filter(data, {# endsWith ".png"})', 'map(data, {# + ".ready"})'], retry: { limit: 2 } });
      map((file) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [file], stepName: 'each' }), files);
    });
    expect(stepOf(built, 'files')).toMatchObject({
      kind: 'data',
      data: {
        source: { artifactPaths: { type: 's3', bucket: 'ml', key: 'raw/images', endpoint: 'minio:9000', insecure: true } },
        transformation: [{ expression: 'filter(data, {# endsWith ".png"})' }, { expression: 'map(data, {# + ".ready"})' }],
      },
      retry: { limit: 2 },
    });
    expect(stepOf(built, 'each').map).toEqual({ from: { ref: 'step', step: 'files', output: 'result' } });
  });

  it('keeps hostile expressions as they were written, and lists a plugin location with a per-run key', () => {
    const hostile = 'filter(data, {# contains "{{workflow.name}}" || # contains \'$(id)\' || # contains "{% x %}\\\\"})\n';
    const built = workflow('w', () => void listArtifactFiles(createPluginArtifact('/x', { plugin: 'acme-store', configuration: { bucket: 'ml' }, key: concat('runs/', workflowUid) }), { stepName: 'files', transformation: [hostile] }));
    const step = stepOf(built, 'files');
    expect(step.kind === 'data' && step.data).toEqual({
      source: { artifactPaths: { type: 'plugin', name: 'acme-store', configuration: '{"bucket":"ml"}', key: { concat: ['runs/', { ref: 'workflow', field: 'uid' }] } } },
      transformation: [{ expression: hostile }],
    });
  });

  it('says what to fix: an artifact without a location, a blank or non-text expression, and container options', () => {
    expect(catchCouler(() => workflow('w', () => void listArtifactFiles(createLocalArtifact('/x')))).message).toContain('an artifact without a location');
    expect(catchCouler(() => workflow('w', () => void listArtifactFiles('s3://ml/raw' as never))).message).toContain('lists a stored location');
    expect(catchCouler(() => workflow('w', () => void listArtifactFiles(images, { transformation: ['  '] }))).message).toContain('[0] must be an expression over data');
    expect(catchCouler(() => workflow('w', () => void listArtifactFiles(images, { transformation: 'filter(data, {true})' as never }))).message).toContain('takes a list of expressions');
    expect(catchCouler(() => workflow('w', () => void listArtifactFiles(images, { env: { A: '1' } } as never))).message).toContain('runs no container of yours');
  });

  it('is refused when the workflow is built where nothing can list the location', () => {
    const error = catchCouler(() => workflow('w', () => void listArtifactFiles(createHttpArtifact('/x', { url: 'https://example.com/files/' }), { stepName: 'files' })));
    expect(error.message).toContain('which cannot be listed');
  });
});

describe('createPluginArtifact', () => {
  it('writes an artifact driver plugin location: YAML text kept as it is, an object as JSON', () => {
    const yaml = "bucket: ml\ncreds: '{{x}}' $(id)\n";
    const built = workflow('w', () => {
      runContainer({ image: 'alpine:3.20', stepName: 'train', output: createPluginArtifact('/out/model', { plugin: 'acme-store', configuration: yaml, key: 'models/model.tgz', connectionTimeoutSeconds: 30 }) });
    });
    expect(stepOf(built, 'train').outputs?.artifacts?.[0]?.location).toEqual({ type: 'plugin', name: 'acme-store', configuration: yaml, key: 'models/model.tgz', connectionTimeoutSeconds: 30 });
  });

  it.each([
    [{ plugin: 'Acme Store' }, 'DNS-1123 label of at most 47 characters'],
    [{ plugin: 'a'.repeat(48) }, 'at most 47'],
    [{ configuration: '' }, "must be the plugin's configuration"],
    [{ configuration: ['a'] }, "must be the plugin's configuration"],
    [{ connectionTimeoutSeconds: 0.5 }, 'whole number of seconds'],
    [{ key: undefined }, 'needs "key"'],
  ])('refuses %j, saying what to fix', (override, message) => {
    const options = { plugin: 'acme-store', configuration: 'bucket: ml', key: 'k', ...override } as never;
    expect(catchCouler(() => workflow('w', () => void runContainer({ image: 'alpine:3.20', output: createPluginArtifact('/out/model', options) }))).message).toContain(message);
  });
});
