import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step, Workflow } from '@couler/ir';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { FakeWebHdfs } from './support/fake-webhdfs';
import { container, irWorkflow, output } from './support/ir';
import { hasJinja } from './support/python';
import { readPod, runPod } from './support/run-pod';

/**
 * HDFS and Git locations, run for real: the DAG file's transfer tool (python3) as the sidecar
 * against a WebHDFS namenode pair (a standby first) and datanode on loopback, and its Git init
 * containers (this machine's `git`) against a repository on disk. Only the shared and XCom
 * directories are moved under a temporary folder.
 */
const directory = mkdtempSync(join(tmpdir(), "couler hdfs-git '"));
const RUN_ID = 'manual__2026-12-02 "x" $(id) {{ run }}';
// HDFS takes any name without ":" and not "." or "..": quotes, $( ), Jinja braces, "?", "#", "%".
const HOSTILE = `it's "q" $(touch pwned) {{ x }} ?#%41 ünï`;
const hdfs = new FakeWebHdfs('ml');
const located = (path: string) => ({ type: 'hdfs', addresses: [hdfs.standby, hdfs.active.replace('http://', '')], path, user: 'ml' });

beforeAll(() => hdfs.start());
afterAll(async () => {
  await hdfs.stop();
  rmSync(directory, { recursive: true, force: true });
});

let runs = 0;
const compiled = new Map<Workflow, string>();
/** Runs one task's pod of the workflow (compiled and checked once, as `validate` does) in fresh directories. */
async function run(workflow: Workflow, taskId: string, xcom: Record<string, unknown> = {}, secrets: Record<string, string> = {}) {
  runs += 1;
  const source = compiled.get(workflow) ?? compileChecked(workflow, { airflowVersion: 3 }).source;
  compiled.set(workflow, source);
  const pod = readPod(source, { taskId, dagId: workflow.metadata.name, runId: RUN_ID, xcom, secrets });
  return { pod, ...(await runPod(pod, { shared: join(directory, `pod ${runs}`, 'shared'), xcom: join(directory, `pod ${runs}`, 'xcom') })) };
}

describe.skipIf(!hasJinja)('HDFS locations through WebHDFS, run for real', () => {
  const work = join(directory, `work ${HOSTILE}`);
  const fileAt = `/runs/${HOSTILE}/report.txt`;
  const treeAt = `/runs/${HOSTILE}/tree`;
  const TEXT = 'line 1\nit\'s "quoted" $(not run) {{ not rendered }} ünïcode\n';

  it('writes a file and a directory, then a reader of those outputs gets both back at its own paths', async () => {
    // What was there before is replaced whole, as an object is in S3.
    hdfs.write(`${treeAt}/stale.txt`, 'old');
    const workflow = irWorkflow('hdfs-e2e', [
      container(
        'produce',
        { env: [{ name: 'W', value: work }, { name: 'TEXT', value: TEXT }, { name: 'B', value: "it's b.txt" }], outputs: { artifacts: [{ name: 'report', path: join(work, 'out', 'report.txt'), location: located(fileAt) }, { name: 'tree', path: join(work, 'out', 'tree'), location: located(treeAt) }] } },
        { command: ['sh', '-c'], args: ['mkdir -p "$W/out/tree/sub dir/empty" && printf "%s" "$TEXT" > "$W/out/report.txt" && printf a > "$W/out/tree/a.txt" && printf "%s" "b \\$(id)" > "$W/out/tree/sub dir/$B"'] },
      ),
      container(
        'consume',
        { env: [{ name: 'W', value: work }, { name: 'B', value: "it's b.txt" }], inputs: { artifacts: [{ name: 'report', path: join(work, 'in', 'report.txt'), from: output('produce', 'report') }, { name: 'tree', path: join(work, 'in', 'tree'), from: output('produce', 'tree') }] } },
        { command: ['sh', '-c'], args: ['cat "$W/in/report.txt" "$W/in/tree/a.txt" "$W/in/tree/sub dir/$B" && ls -A "$W/in/tree" "$W/in/tree/sub dir"'] },
      ),
    ] as Step[]);
    const producer = await run(workflow, 'produce');
    expect(producer.base.stderr).toBe('');
    expect(producer.base.status).toBe(0);
    expect(hdfs.files.get(fileAt)?.toString('utf8')).toBe(TEXT);
    expect(hdfs.files.get(`${treeAt}/a.txt`)?.toString('utf8')).toBe('a');
    expect(hdfs.files.get(`${treeAt}/sub dir/it's b.txt`)?.toString('utf8')).toBe('b $(id)');
    expect(hdfs.directories.has(`${treeAt}/sub dir/empty`)).toBe(true);
    expect(hdfs.files.has(`${treeAt}/stale.txt`)).toBe(false);
    expect([...hdfs.directories].some((path) => path.includes('._COPYING_'))).toBe(false);
    // The standby was asked first and skipped; every request named the location's user.
    expect(hdfs.calls.some((call) => call.namenode === 'standby')).toBe(true);
    expect(hdfs.calls.every((call) => call.user === 'ml')).toBe(true);

    // The reader reads the producer's own locations: nothing comes through XCom.
    const consumer = await run(workflow, 'consume');
    expect(consumer.base.stderr).toBe('');
    expect(consumer.base.status).toBe(0);
    const tree = join(work, 'in', 'tree');
    expect(consumer.base.stdout).toBe(`${TEXT}ab $(id)${tree}:\na.txt\nsub dir\n\n${tree}/sub dir:\nempty\nit's b.txt\n`);
    expect(existsSync(join(directory, 'pwned'))).toBe(false);
  });

  it('fails the reading pod with the namenode\'s reason when the path does not exist', async () => {
    const workflow = irWorkflow('hdfs-missing', [container('read', { inputs: { artifacts: [{ name: 'data', path: join(work, 'missing'), location: located('/runs/missing.csv') }] } }, { command: ['true'], args: [] })] as Step[]);
    const pod = await run(workflow, 'read');
    expect(pod.base.status).toBe(1);
    expect(pod.base.stderr).toContain('couler: get hdfs:///runs/missing.csv: GETFILESTATUS /runs/missing.csv answered 404 Not Found: FileNotFoundException: File does not exist: /runs/missing.csv');
  });
});

describe.skipIf(!hasJinja)('Git input artifacts, cloned by an init container, run for real', () => {
  const origin = join(directory, 'origin');
  const BRANCH = `feature/it's-"q"-$(touch_pwned)-{{y}}-ünï`;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: origin, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } });
  beforeAll(() => {
    mkdirSync(origin);
    git('init', '--quiet', '--initial-branch=main');
    writeFileSync(join(origin, 'README'), 'main');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'main');
    git('checkout', '--quiet', '-b', BRANCH);
    writeFileSync(join(origin, 'README'), 'branch');
    git('commit', '--quiet', '-am', 'branch');
    git('checkout', '--quiet', 'main');
  });
  const workflow = (revision: string) =>
    irWorkflow('git-e2e', [
      container('build', { inputs: { artifacts: [{ name: 'source', path: join(directory, `src ${HOSTILE}`), location: { type: 'git', repo: `file://${origin}`, revision, depth: 1 } }] } }, { command: ['cat', join(directory, `src ${HOSTILE}`, 'README')], args: [] }),
    ] as Step[]);

  it('clones the revision before the step starts and puts the working tree at the artifact\'s path', async () => {
    const pod = await run(workflow(BRANCH), 'build');
    expect(pod.init).toHaveLength(1);
    expect(pod.base.stderr).toBe('');
    expect(pod.base.status).toBe(0);
    expect(pod.base.stdout).toBe('branch');
    // No sidecar: nothing else moves.
    expect(pod.sidecar).toBeUndefined();
  });

  it('fails the pod before the step runs when the revision does not exist, naming it', async () => {
    const pod = await run(workflow('no-such-branch'), 'build');
    expect(pod.base.status).toBe(1);
    expect(pod.base.stderr).toContain('couler: input artifact "source": the revision "no-such-branch" is neither a branch, a tag nor a commit of file://');
    expect(pod.base.stdout).toBe('');
  });
});

describe('Git locations in the DAG file', () => {
  const secret = (key: string) => ({ name: 'git-credentials', key });
  const reader = irWorkflow('git-dag', [
    container('build', { inputs: { artifacts: [{ name: 'source', path: '/src', location: { type: 'git', repo: 'https://git.example.com/r.git', revision: '{{ main }}', username: secret('user'), password: secret('token') } }, { name: 'tools', path: '/tools', location: { type: 'git', repo: 'git@git.example.com:t.git', sshPrivateKey: secret('ssh') } }] } }, { command: ['make'], args: [] }),
  ] as Step[]);

  it.each([2, 3] as const)('passes py_compile, Ruff and the structure check on Airflow %i, with credentials only in the init containers', (airflowVersion) => {
    const dag = compileChecked(reader, { airflowVersion, gitImage: 'registry.example.com/git:2' });
    expect(dag.task('build').pod?.initContainers).toEqual(['couler-git-0', 'couler-git-1']);
    expect(dag.task('build').pod?.containers ?? []).not.toContain('couler-transfer');
    expect(dag.flat).toContain('k8s.V1Container(name="couler-git-0", image="registry.example.com/git:2", command=["sh", "-c", BUILD_GIT_0]');
    expect(dag.flat).toContain('k8s.V1SecretVolumeSource(secret_name="git-credentials", items=[k8s.V1KeyToPath(key="ssh", path="key")], default_mode=0o440)');
    // init_containers is not a templated field: the revision is written as it is, not escaped for Jinja.
    expect(dag.source).toContain("revision='{{ main }}'");
  });

  it('the structure check notices a pod that lost a clone', () => {
    const dag = compileChecked(reader, { airflowVersion: 3 });
    const problems = checkAirflowDag(dag.source.replace('name="couler-git-1"', 'name="other"'), { airflowVersion: 3, workflow: reader, summary: dag.summary }).problems.map((problem) => problem.message);
    expect(problems).toContainEqual(expect.stringContaining('Step "build" reads Git artifact "tools", but its pod has no "couler-git-1" init container to clone it.'));
  });

  it('refuses a Git output location: nothing pushes to one', () => {
    const writer = irWorkflow('git-out', [container('push', { outputs: { artifacts: [{ name: 'code', path: '/src', location: { type: 'git', repo: 'https://git.example.com/r.git' } }] } }, { command: ['true'], args: [] })] as Step[]);
    expect(() => compileToAirflow(writer, resolveAirflowSettings({}))).toThrow('cannot move artifact "code" of step "push": it goes to a GIT location, and a Git location is read-only');
  });
});
