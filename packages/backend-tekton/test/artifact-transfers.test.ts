import { IR_API_VERSION, type ArtifactLocation, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileToTekton, createTektonBackend, type TektonCompileOptions } from '../src/index';
import { compileChecked, taskNamed } from './support/compile-checked';
import type { LooseJson } from './support/loose-json';
import { refusal } from './support/refusal';

/** The generated steps run for real against an S3 server in tests/engines (tekton-artifact-transfers.test.ts); here: what is written, and what is refused. */
const STORE: TektonCompileOptions = { artifactStore: { url: 's3://bucket/runs', endpoint: 'http://minio.storage:9000', secretName: 'couler-artifacts' } };
const HOSTILE = ["it's \"x\"", '$(params.x)', '$(context.taskRun.name)', '$(results.r.path)', '{{ x }}', 'multi\nline', 'ü 🚀', '$((1+2))', '`id`'];

function ir(steps: Step[]): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'artifacts' }, spec: { steps } } as Workflow;
}

const produce = (artifacts: Array<{ name: string; location?: ArtifactLocation; optional?: boolean }>, extra: Partial<Step> = {}): Step =>
  ({ name: 'produce', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, outputs: { artifacts: artifacts.map((artifact, index) => ({ path: `/tmp/out-${index}`, ...artifact })) }, ...extra }) as Step;
const consume = (names: string[], extra: Partial<Step> = {}): Step =>
  ({ name: 'consume', kind: 'container', container: { image: 'alpine:3.20', command: ['ls'] }, dependencies: ['produce'], inputs: { artifacts: names.map((name, index) => ({ name: `in-${index}`, path: `/in/${index}`, from: { ref: 'step', step: 'produce', output: name } })) }, ...extra }) as Step;

const stepsOf = (task: LooseJson): LooseJson[] => task.taskSpec.steps;
const envNames = (step: LooseJson): string[] => (step.env ?? []).map((variable: LooseJson) => variable.name);

describe('artifacts through the artifact store', () => {
  it('wraps the step between a download and an upload step, with the credentials in those steps only', () => {
    const { documents } = compileChecked(ir([produce([{ name: 'model' }]), consume(['model'])]), STORE);
    const producer = taskNamed(documents, 'produce');
    expect(stepsOf(producer).map((step) => step.name)).toEqual(['main', 'couler-upload']);
    expect(producer.params).toEqual([{ name: 'couler-run', value: '$(context.pipelineRun.name)' }]);
    expect(producer.taskSpec.results).toEqual([{ name: 'model-url', type: 'string' }]);
    const consumer = taskNamed(documents, 'consume');
    expect(stepsOf(consumer).map((step) => step.name)).toEqual(['couler-download', 'main']);
    expect(consumer.params).toContainEqual({ name: 'couler-artifact-0', value: '$(tasks.produce.results.model-url)' });
    for (const task of [producer, consumer]) {
      const [main] = stepsOf(task).filter((step) => step.name === 'main');
      expect(JSON.stringify(main)).not.toContain('COULER_STORE');
      expect(JSON.stringify(main)).not.toContain('secretKeyRef');
      const transfer = stepsOf(task).find((step) => step.name !== 'main')!;
      expect(transfer.image).toBe('python:3.12-alpine');
      expect(envNames(transfer)).toEqual(expect.arrayContaining(['COULER_STORE_ACCESS_KEY', 'COULER_STORE_SECRET_KEY']));
      expect(transfer.script).toContain("export COULER_STORE_ENDPOINT='http://minio.storage:9000'");
    }
    // The store replaces the data workspace for artifacts.
    expect(JSON.stringify(documents)).not.toContain('couler-data');
  });

  it('passes validation in every task and run style, with hostile artifact names', () => {
    const names = HOSTILE.map((text, index) => `${index} ${text}`);
    const workflow = ir([produce(names.map((name) => ({ name }))), consume(names)]);
    for (const style of [{ taskStyle: 'separate' as const }, { runStyle: 'embedded' as const }, { transferImage: 'registry.example/py:$(x)' }]) {
      const { documents } = compileChecked(workflow, { ...STORE, ...style });
      expect(JSON.stringify(documents)).toContain('couler-upload');
    }
  });

  it('without a store, an artifact with no location still passes through the data workspace', () => {
    const { documents } = compileChecked(ir([produce([{ name: 'model' }]), consume(['model'])]));
    expect(stepsOf(taskNamed(documents, 'consume')).map((step) => step.name)).toEqual(['main']);
    expect(JSON.stringify(documents)).toContain(`"$(workspaces.couler-data.path)\\"'/artifacts/produce/model'`);
  });

  it('orders a reader after its producer when the IR names no dependency: a file in the workspace or at a location is no task result Tekton could wait for', () => {
    for (const location of [undefined, { type: 's3', bucket: 'models', key: 'runs/model.bin', endpoint: 'minio.storage:9000' } as ArtifactLocation]) {
      const { documents } = compileChecked(ir([produce([{ name: 'model', ...(location && { location }) }]), consume(['model'], { dependencies: undefined })]));
      expect(taskNamed(documents, 'consume').runAfter, location ? 'at a location' : 'in the workspace').toEqual(['produce']);
    }
  });

  it('is checked as a setting', () => {
    expect(refusal(() => compileToTekton(ir([produce([{ name: 'm' }])]), { artifactStore: { url: 'minio:9000/bucket' } } as never))).toMatchObject({ code: 'INVALID_FIELD', path: ['settings', 'artifactStore', 'url'] });
    expect(refusal(() => createTektonBackend({ transferImage: ' ' }))).toMatchObject({ code: 'INVALID_FIELD', path: ['settings', 'transferImage'] });
  });

  it('refuses artifact URLs that would not fit in the results a step may write, naming the setting', () => {
    const names = Array.from({ length: 12 }, (_, index) => `artifact-with-a-long-name-${index}`);
    const error = refusal(() => compileToTekton(ir([produce(names.map((name) => ({ name })))]), { ...STORE, resultLimitBytes: 2048 }));
    expect(error.message).toContain('uploaded artifacts');
    expect(error.hint).toContain('resultLimitBytes');
  });

  it('refuses reading an artifact of a mapped step: a matrix gathers only string results', () => {
    const error = refusal(() => compileToTekton(ir([produce([{ name: 'part' }], { map: { items: ['a', 'b'] } }), consume(['part'])]), STORE));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('mapped step "produce"');
  });

  it('refuses a volume of the workflow named like the transfer volume', () => {
    const workflow = ir([produce([{ name: 'm' }], { volumeMounts: [{ name: 'couler-transfer', mountPath: '/x' }] })]);
    (workflow.spec as { volumes?: unknown }).volumes = [{ name: 'couler-transfer', emptyDir: {} }];
    expect(refusal(() => compileToTekton(workflow, STORE)).message).toContain('a volume named "couler-transfer"');
  });
});

describe('artifacts at their own location', () => {
  const s3: ArtifactLocation = { type: 's3', bucket: 'models', key: "runs/it's $(params.x)/m.txt", endpoint: 'minio:9000', insecure: true, accessKey: { name: 'keys', key: 'a' }, secretKey: { name: 'keys', key: 's' } };

  it('an S3 output and an HTTP input need no store, and each location keeps its own credentials', () => {
    const http: ArtifactLocation = { type: 'http', url: 'https://example.com/$(params.x)/data.json', headers: [{ name: 'Authorization', value: 'Bearer $(context.taskRun.name)' }] };
    const steps = [produce([{ name: 'model', location: s3 }]), consume(['model'], { inputs: { artifacts: [{ name: 'from', path: '/in/m', from: { ref: 'step', step: 'produce', output: 'model' } }, { name: 'web', path: '/in/w', location: http, mode: 0o400 }] } })];
    const { documents } = compileChecked(ir(steps));
    const upload = stepsOf(taskNamed(documents, 'produce')).find((step) => step.name === 'couler-upload')!;
    expect(upload.script).toContain("export COULER_OUTPUT_0_ENDPOINT='http://minio:9000'");
    expect(upload.env).toContainEqual({ name: 'COULER_OUTPUT_0_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'keys', key: 'a' } } });
    const consumer = taskNamed(documents, 'consume');
    const download = stepsOf(consumer)[0]!;
    expect(envNames(download)).toEqual(expect.arrayContaining(['COULER_INPUT_0_ACCESS_KEY', 'COULER_INPUT_0_SECRET_KEY']));
    expect(download.script).toContain("couler_get 'https://example.com/$''(params.x)/data.json' inputs/1 INPUT_1 'web' required");
    expect(stepsOf(consumer)[1]!.script).toContain("chmod 400 '/in/w'");
  });

  it.each([
    ['oss', { type: 'oss', bucket: 'models', key: "runs/it's $(params.x)/m", endpoint: 'oss-cn-hangzhou.aliyuncs.com', accessKey: { name: 'oss', key: 'id' }, secretKey: { name: 'oss', key: 'secret' } }, 'oss://models/', ['COULER_INPUT_0_ACCESS_KEY', 'COULER_INPUT_0_SECRET_KEY']],
    ['gcs', { type: 'gcs', bucket: 'models', key: 'runs/m', serviceAccountKey: { name: 'gcp', key: 'key.json' } }, 'gs://models/runs/m', ['COULER_INPUT_0_SERVICE_ACCOUNT_KEY']],
    ['hdfs', { type: 'hdfs', addresses: ['nn-a:8020', 'nn-b:8020'], path: '/data/$(params.x)', user: 'etl' }, 'hdfs:///data/', []],
  ] as const)('moves a %s location with the same transfer tool as Airflow, its credentials in the download step only', (_type, location, url, secrets) => {
    const steps: Step[] = [consume([], { dependencies: [], inputs: { artifacts: [{ name: 'source', path: '/src', location: location as ArtifactLocation }] } })];
    const { documents } = compileChecked(ir(steps));
    const [download, main] = stepsOf(taskNamed(documents, 'consume'));
    expect(download!.name).toBe('couler-download');
    expect(download!.script).toContain(url);
    expect(envNames(download!)).toEqual(expect.arrayContaining([...secrets]));
    expect(JSON.stringify(main)).not.toContain('secretKeyRef');
  });

  it.each([
    ['hdfs', { type: 'hdfs', addresses: ['nn:8020'], path: '/a/../k' }, 'HDFS refuses the path'],
  ] as const)('refuses what the transfer tool cannot move (%s), naming the artifact and the step', (type, location, why) => {
    const steps: Step[] = [consume([], { dependencies: [], inputs: { artifacts: [{ name: 'source', path: '/src', location: location as unknown as ArtifactLocation }] } })];
    const error = refusal(() => compileToTekton(ir(steps)));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain(`artifact "source" in a ${type.toUpperCase()} location`);
    expect(error.message).toContain(why);
    expect(error.message).toContain('"consume"');
    expect(error.path).toEqual(['steps', 'consume', 'inputs', 'artifacts', 'source', 'location']);
  });

  it.each([
    ['artifactory', { type: 'artifactory', url: 'https://acme.jfrog.io/artifactory/ml/model.tgz' }, 'cannot PUT an output to Artifactory, nor sign in with basic auth'],
    ['azure', { type: 'azure', container: 'c', blob: 'model', endpoint: 'https://acct.blob.core.windows.net' }, 'not Azure Blob Storage'],
  ] as const)('refuses a %s artifact with the transfer tool\'s reason and where it works instead', async (type, location, why) => {
    const error = await Promise.resolve(createTektonBackend(STORE).doCompile(ir([produce([{ name: 'model', location: location as unknown as ArtifactLocation }])]), {})).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining(`("artifact.${type}"), used by "produce"`) });
    expect((error as { hint?: string }).hint).toContain(why);
    expect((error as { hint?: string }).hint).toContain('compile for Argo');
  });

  it('clones a Git input in a couler-git step of its own, its credentials and SSH key in that step only', () => {
    const location: ArtifactLocation = { type: 'git', repo: 'https://example.com/$(params.x)/r.git', revision: "v1 $(params.y) it's", username: { name: 'git', key: 'user' }, password: { name: 'git', key: 'token' }, sshPrivateKey: { name: 'git-ssh', key: 'id_ed25519' } };
    const steps: Step[] = [consume([], { dependencies: [], inputs: { artifacts: [{ name: 'source', path: '/src', location }] } })];
    const { documents } = compileChecked(ir(steps), { gitImage: 'registry.example/git:2' });
    const task = taskNamed(documents, 'consume');
    const [clone, main] = stepsOf(task);
    expect(clone!.name).toBe('couler-git-0');
    expect(clone!.image).toBe('registry.example/git:2');
    expect(clone!.env).toEqual(expect.arrayContaining([{ name: 'COULER_GIT_USERNAME', valueFrom: { secretKeyRef: { name: 'git', key: 'user' } } }, { name: 'COULER_GIT_PASSWORD', valueFrom: { secretKeyRef: { name: 'git', key: 'token' } } }]));
    expect(clone!.volumeMounts).toContainEqual({ name: 'couler-git-0-ssh', mountPath: '/couler-git-ssh', readOnly: true });
    expect(task.taskSpec.volumes).toContainEqual({ name: 'couler-git-0-ssh', secret: { secretName: 'git-ssh', items: [{ key: 'id_ed25519', path: 'key' }], defaultMode: 0o440 } });
    // User text is never a Tekton variable: the repository's and revision's `$(` are escaped.
    expect(clone!.script).not.toContain('$(params.x)');
    expect(clone!.script).not.toContain('$(params.y)');
    expect(JSON.stringify(main)).not.toContain('secretKeyRef');
    expect(main!.script).toContain('/couler-transfer/git/0');
  });

  it("refuses a task whose steps' scripts together outgrow the one argument Tekton places them with (a huge Git revision)", () => {
    const location: ArtifactLocation = { type: 'git', repo: 'https://example.com/r.git', revision: 'r'.repeat(100 * 1024) };
    const steps: Step[] = [consume([], { dependencies: [], inputs: { artifacts: [{ name: 'source', path: '/src', location }] } })];
    const error = refusal(() => compileToTekton(ir(steps)));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('couler-git-0, main');
    expect(error.message).toContain('place-scripts init container');
  });

  it('refuses an HTTP output: the tool only reads HTTP', () => {
    const error = refusal(() => compileToTekton(ir([produce([{ name: 'page', location: { type: 'http', url: 'https://example.com/x' } }])])));
    expect(error.message).toContain('only reads HTTP');
  });
});
