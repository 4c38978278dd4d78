/**
 * Tekton's generated transfer steps run for real: each task's steps in order on this machine
 * (`couler-download`, the step's own wrapper, `couler-upload`; python3 runs the transfer tool
 * from the step's environment), after Tekton's substitution phases, against an S3 server on
 * loopback that checks every SigV4 signature. Only the shared emptyDir is moved under a temporary
 * folder. The test lives here, beside both packages, so that the fake S3 server of the Airflow
 * tests (which other work extends for more stores) stays one copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeS3 } from '../../../packages/backend-airflow/test/support/fake-s3';
import { compileChecked, taskNamed } from '../../../packages/backend-tekton/test/support/compile-checked';
import { pipelineTaskParams, runTaskLocallyAsync } from '../../../packages/backend-tekton/test/support/simulate-task';
import type { TektonCompileOptions, TektonDocument } from '../../../packages/backend-tekton/src/index';

const ACCESS = 'AKIDCOULERTEST';
const SECRET = 'secret/with+chars=';
const SECRETS = { 'couler-artifacts': { AWS_ACCESS_KEY_ID: ACCESS, AWS_SECRET_ACCESS_KEY: SECRET }, 'own-keys': { access: ACCESS, secret: SECRET } };
const fake = new FakeS3(ACCESS, SECRET, 'us-east-1', ['x-token', 'let me in']);
const directory = mkdtempSync(join(tmpdir(), "couler tekton '"));
const RUN = 'pipe-run-x7k2p';
// Names and text a user could write: quotes, $( ), Tekton variables, braces, unicode, line breaks.
const HOSTILE_NAME = `it's "data" $(params.x) $(context.taskRun.name) {{ x }} ü`;
const PAYLOAD = 'line 1\nit\'s "quoted" $(not run) $(params.x) {{ not rendered }} ünïcode\n\n';
const at = (name: string) => join(directory, `${name} dir`, `it's "${name}" $(touch pwned).txt`);

beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(directory, { recursive: true, force: true });
});

const store = (): TektonCompileOptions => ({ artifactStore: { url: 's3://couler-bucket/runs', endpoint: fake.endpoint, secretName: 'couler-artifacts' } });

function ir(steps: Step[]): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'transfers' }, spec: { steps } } as Workflow;
}

/** A step writing `text` with printf to each of `files` (a directory is made for each). */
function writer(name: string, files: Record<string, string>, extra: Partial<Step> = {}): Step {
  const script = 'while [ $# -gt 0 ]; do mkdir -p "$(dirname "$1")" && printf "%s" "$2" > "$1"; shift 2; done';
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script, 'sh', ...Object.entries(files).flat()] }, ...extra } as Step;
}

/** A step printing each file it was given, separated by `|`. */
function reader(name: string, files: string[], extra: Partial<Step>): Step {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', 'for f do if [ -e "$f" ]; then cat "$f"; else printf missing; fi; printf "|"; done', 'sh', ...files] }, ...extra } as Step;
}

/** Runs one pipeline task of the compiled documents, with the run's name and earlier tasks' results. */
async function runTask(documents: TektonDocument[], name: string, results: Record<string, string> = {}, context: Record<string, string> = {}) {
  const task = taskNamed(documents, name);
  const params = pipelineTaskParams(task, { 'context.pipelineRun.name': RUN, ...results });
  return runTaskLocallyAsync(task.taskSpec, params, { secrets: SECRETS, context: { 'context.taskRun.name': `${RUN}-${name}`, ...context } });
}

describe('Tekton artifacts through the artifact store', () => {
  it('a file and a directory with hostile names go from producer to consumer, signed, under <run>/<task>/<artifact>', async () => {
    const file = at('file');
    const folder = join(directory, 'folder $(x)');
    const steps: Step[] = [
      writer('produce', { [file]: PAYLOAD, [join(folder, 'a.txt')]: 'A', [join(folder, 'sub', "b'.txt")]: 'B' }, {
        outputs: { artifacts: [{ name: HOSTILE_NAME, path: file }, { name: 'folder', path: folder }] },
      }),
      reader('consume', [at('copy'), join(directory, 'copied', 'a.txt'), join(directory, 'copied', 'sub', "b'.txt")], {
        dependencies: ['produce'],
        inputs: {
          artifacts: [
            { name: 'data', path: at('copy'), from: { ref: 'step', step: 'produce', output: HOSTILE_NAME }, mode: 0o600 },
            { name: 'folder', path: join(directory, 'copied'), from: { ref: 'step', step: 'produce', output: 'folder' } },
          ],
        },
      }),
    ];
    const { documents } = compileChecked(ir(steps), store());
    const produced = await runTask(documents, 'produce');
    expect(produced.stderr).toBe('');
    expect(produced.exitCode).toBe(0);
    const key = `runs/${RUN}/produce/${HOSTILE_NAME}`;
    expect(fake.object('couler-bucket', key)?.body.toString('utf8')).toBe(PAYLOAD);
    expect(fake.object('couler-bucket', `runs/${RUN}/produce/folder`)?.metadata['x-amz-meta-couler-archive']).toBe('tar');
    const urls = Object.values(produced.results);
    expect(urls).toEqual(expect.arrayContaining([`s3://couler-bucket/${key}`, `s3://couler-bucket/runs/${RUN}/produce/folder`]));

    rmSync(file);
    const results = Object.fromEntries(Object.entries(produced.results).map(([result, value]) => [`tasks.produce.results.${result}`, value]));
    const consumed = await runTask(documents, 'consume', results);
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.stdout).toBe(`${PAYLOAD}|A|B|`);
    expect(statSync(at('copy')).mode & 0o777).toBe(0o600);
  });

  it('an optional artifact the producer did not write gives an empty result, and its reader goes on without it', async () => {
    const steps: Step[] = [
      writer('produce', {}, { container: { image: 'alpine:3.20', command: ['true'] }, outputs: { artifacts: [{ name: 'maybe', path: at('never'), optional: true }] } } as Partial<Step>),
      reader('consume', [at('maybe copy')], { dependencies: ['produce'], inputs: { artifacts: [{ name: 'maybe', path: at('maybe copy'), optional: true, from: { ref: 'step', step: 'produce', output: 'maybe' } }] } }),
    ];
    const { documents } = compileChecked(ir(steps), store());
    const produced = await runTask(documents, 'produce');
    expect(produced.exitCode, produced.stderr).toBe(0);
    expect(produced.results['maybe-url']).toBe('');
    const consumed = await runTask(documents, 'consume', { 'tasks.produce.results.maybe-url': '' });
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.stdout).toBe('missing|');
    expect(consumed.stderr).toContain("optional input artifact 'maybe' was not produced");
  });

  it('each iteration of a mapped producer uploads its own object', async () => {
    const steps: Step[] = [writer('produce', { [at('mapped')]: 'one iteration' }, { map: { items: ['a', 'b', 'c', 'd'] }, outputs: { artifacts: [{ name: 'part', path: at('mapped') }] } })];
    const { documents } = compileChecked(ir(steps), store());
    const produced = await runTask(documents, 'produce', {}, { 'context.taskRun.name': `${RUN}-produce-3` });
    expect(produced.exitCode, produced.stderr).toBe(0);
    expect(fake.object('couler-bucket', `runs/${RUN}/produce/3/part`)?.body.toString('utf8')).toBe('one iteration');
  });
});

describe('Tekton artifacts at their own locations (no artifact store)', () => {
  const location = (key: string) => ({ type: 's3' as const, bucket: 'own-bucket', key, endpoint: fake.endpoint, accessKey: { name: 'own-keys', key: 'access' }, secretKey: { name: 'own-keys', key: 'secret' } });
  const KEY = "models/it's $(params.x) ü/model.txt";

  it('an S3 location is written by its producer and read by a consumer and by a step naming the location', async () => {
    const steps: Step[] = [
      writer('produce', { [at('model')]: PAYLOAD }, { outputs: { artifacts: [{ name: 'model', path: at('model'), location: location(KEY) }] } }),
      reader('consume', [at('model copy')], { dependencies: ['produce'], inputs: { artifacts: [{ name: 'model', path: at('model copy'), from: { ref: 'step', step: 'produce', output: 'model' } }] } }),
      reader('direct', [at('direct copy')], { dependencies: ['produce'], inputs: { artifacts: [{ name: 'model', path: at('direct copy'), location: location(KEY) }] } }),
    ];
    const { documents } = compileChecked(ir(steps));
    const produced = await runTask(documents, 'produce');
    expect(produced.exitCode, produced.stderr).toBe(0);
    expect(fake.object('own-bucket', KEY)?.body.toString('utf8')).toBe(PAYLOAD);
    expect(produced.results['model-url']).toBe(`s3://own-bucket/${KEY}`);
    const consumed = await runTask(documents, 'consume', { 'tasks.produce.results.model-url': produced.results['model-url']! });
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.stdout).toBe(`${PAYLOAD}|`);
    const direct = await runTask(documents, 'direct');
    expect(direct.exitCode, direct.stderr).toBe(0);
    expect(direct.stdout).toBe(`${PAYLOAD}|`);
  });

  it('an HTTP input is fetched with its headers', async () => {
    fake.objects.set('public/penguins.json', { body: Buffer.from('[{"species": "Adélie"}]'), metadata: {} });
    const steps: Step[] = [
      reader('read', [at('penguins')], { inputs: { artifacts: [{ name: 'penguins', path: at('penguins'), location: { type: 'http', url: `${fake.endpoint}/public/penguins.json`, headers: [{ name: 'X-Token', value: 'let me in' }] } }] } }),
    ];
    const { documents } = compileChecked(ir(steps));
    const read = await runTask(documents, 'read');
    expect(read.exitCode, read.stderr).toBe(0);
    expect(read.stdout).toBe('[{"species": "Adélie"}]|');
  });

  it('a missing object fails the step before its command runs, saying which artifact and why; an optional one is skipped', async () => {
    const steps: Step[] = [
      reader('needs', [at('absent')], { inputs: { artifacts: [{ name: 'absent model', path: at('absent'), location: location('no/such/key') }] } }),
      reader('tolerates', [at('absent too')], { inputs: { artifacts: [{ name: 'absent model', path: at('absent too'), optional: true, location: location('no/such/key') }] } }),
    ];
    const { documents } = compileChecked(ir(steps));
    const failed = await runTask(documents, 'needs');
    expect(failed.exitCode).not.toBe(0);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain("couler: cannot download input artifact 'absent model':");
    expect(failed.stderr).toContain('answered 404 Not Found');
    expect(failed.stderr).toContain('NoSuchKey');
    const skipped = await runTask(documents, 'tolerates');
    expect(skipped.exitCode, skipped.stderr).toBe(0);
    expect(skipped.stdout).toBe('missing|');
  });

  it('wrong credentials fail the upload with the store\'s answer, and no URL is handed on', async () => {
    const steps: Step[] = [writer('produce', { [at('denied')]: 'x' }, { outputs: { artifacts: [{ name: 'model', path: at('denied'), location: location('denied/model') }] } })];
    const { documents } = compileChecked(ir(steps));
    const task = taskNamed(documents, 'produce');
    const outcome = await runTaskLocallyAsync(task.taskSpec, pipelineTaskParams(task, { 'context.pipelineRun.name': RUN }), { secrets: { 'own-keys': { access: ACCESS, secret: 'wrong' } } });
    expect(outcome.exitCode).not.toBe(0);
    expect(outcome.stderr).toContain('SignatureDoesNotMatch');
    expect(outcome.results['model-url']).toBeUndefined();
    expect(fake.object('own-bucket', 'denied/model')).toBeUndefined();
    expect(readFileSync(at('denied'), 'utf8')).toBe('x');
  });
});

describe('Tekton Git input artifacts', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
  // A branch name Git allows that is shell, Tekton and Jinja syntax at once.
  const BRANCH = "feature/it's-$(params.x)-{{x}}";

  function repository(): string {
    const repo = mkdtempSync(join(directory, 'repo '));
    git(repo, 'init', '-q');
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'first');
    git(repo, 'checkout', '-q', '-b', BRANCH);
    execFileSync('sh', ['-c', `printf '%s' "$1" > "$2"`, 'sh', PAYLOAD, join(repo, 'data.txt')]);
    git(repo, 'add', 'data.txt');
    git(repo, 'commit', '-q', '-m', 'data');
    git(repo, 'checkout', '-q', 'main');
    return repo;
  }

  it('a couler-git step clones the revision into the shared volume before the step runs, and the step reads the working tree', async () => {
    const repo = repository();
    const checkout = join(directory, 'checkout $(x)');
    const steps: Step[] = [reader('consume', [join(checkout, 'data.txt')], { inputs: { artifacts: [{ name: 'source', path: checkout, location: { type: 'git', repo: `file://${repo}`, revision: BRANCH, depth: 1 } }] } })];
    const { documents } = compileChecked(ir(steps));
    const task = taskNamed(documents, 'consume');
    expect(task.taskSpec.steps.map((step: { name: string }) => step.name)).toEqual(['couler-git-0', 'main']);
    const consumed = await runTask(documents, 'consume');
    expect(consumed.exitCode, consumed.stderr).toBe(0);
    expect(consumed.stdout).toBe(`${PAYLOAD}|`);
  });

  it('a revision the repository lacks fails the task in the clone step, before the step runs, saying so', async () => {
    const repo = repository();
    const steps: Step[] = [reader('consume', [at('never read')], { inputs: { artifacts: [{ name: 'source', path: join(directory, 'nowhere'), location: { type: 'git', repo: `file://${repo}`, revision: 'no-such-branch' } }] } })];
    const consumed = await runTask(compileChecked(ir(steps)).documents, 'consume');
    expect(consumed.exitCode).not.toBe(0);
    expect(consumed.stderr).toContain('input artifact "source"');
    expect(consumed.stderr).toContain('no-such-branch');
    expect(consumed.stdout).toBe('');
  });
});
