import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CoulerError, type Step, type Workflow } from '@couler/ir';
import { airflow } from '../src/index';
import { SCRIPT_PATH } from '../src/compile/pod-wrapper';
import { MAX_ARG_STRLEN } from '../src/compile/process-limits';
// The compiler's own check stands behind the validation doCompile runs first, which refuses
// literal values over the limit already (ARGUMENT_TOO_LONG, for every engine).
import { compilerRefusal } from './support/compiler-refusal';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, output, script } from './support/ir';
import { hasJinja } from './support/python';
import { readPod, runPod, type RenderedPod } from './support/run-pod';

const directory = mkdtempSync(join(tmpdir(), 'couler-limits-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function refusal(workflow: Workflow): Promise<CoulerError> {
  const error = await airflow.doCompile(workflow, {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

/** Runs a pod's base container for real; the script's fixed path is moved into the test's folder. */
async function runBase(pod: RenderedPod, name: string) {
  const scriptPath = join(directory, `${name}.script`);
  const moved = { ...pod.base, argv: pod.base.argv.map((word) => word.replaceAll(SCRIPT_PATH, scriptPath)) };
  const { base } = await runPod({ base: moved, sidecar: undefined }, { shared: join(directory, name, 'shared'), xcom: join(directory, name, 'xcom') });
  return { ...base, scriptPath };
}

// About 200 kB of Python, with text Jinja, the shell and UTF-8 could each trip on, cut anywhere.
const filler = Array.from({ length: 3600 }, (_, line) => `# ${line} {{ x }} {% raw %} {#{ $(id) "'\\ ünïcødé 😀 {`).join('\n');
const bigSource = `${filler}\nimport hashlib, sys\nprint(hashlib.sha256(open(sys.argv[0], "rb").read()).hexdigest())\n`;

describe.skipIf(!hasJinja)('sources and texts over Linux’s 128 KiB limit for one variable', () => {
  it('a 200 kB script arrives in the pod byte for byte as a file, and python3 runs it', async () => {
    expect(Buffer.byteLength(bigSource)).toBeGreaterThan(200_000);
    const workflow = irWorkflow('big-script', [script('big', {}, bigSource)]);
    const dag = compileChecked(workflow);
    const pod = readPod(dag.source, { taskId: 'big', dagId: 'big-script', runId: 'r1' });
    // Each variable is under the limit, with its name, "=" and NUL.
    const pieces = Object.entries(pod.base.env).filter(([name]) => name.startsWith('COULER_SCRIPT'));
    expect(pieces.map(([name]) => name)).toEqual(['COULER_SCRIPT', 'COULER_SCRIPT_2']);
    for (const [name, value] of pieces) expect(Buffer.byteLength(`${name}=${value}`) + 1).toBeLessThanOrEqual(MAX_ARG_STRLEN);
    const run = await runBase(pod, 'big');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(run.scriptPath, 'utf8')).toBe(bigSource);
    expect(run.stdout.trim()).toBe(createHash('sha256').update(bigSource).digest('hex'));
  });

  it('a 200 kB inline (raw) artifact arrives byte for byte', async () => {
    const target = join(directory, 'raw-out', 'data.txt');
    const workflow = irWorkflow('big-raw', [container('write', { inputs: { artifacts: [{ name: 'data', path: target, raw: bigSource }] } }, { command: ['true'], args: [] })] as Step[]);
    const dag = compileChecked(workflow, { artifactStore: { url: 's3://bucket/runs' } });
    const run = await runBase(readPod(dag.source, { taskId: 'write', dagId: 'big-raw', runId: 'r1' }), 'raw');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(bigSource);
  });
});

describe.skipIf(!hasJinja)('values only known at run time', () => {
  it('without an artifact store, a producer whose output a step reads into an argument fails past the limit, naming it', async () => {
    const workflow = irWorkflow('big-output', [
      container('produce', {}, { command: ['sh', '-c'], args: ['head -c 140000 /dev/zero | tr "\\0" x'] }),
      container('consume', {}, { command: ['echo'], args: [{ concat: ['got ', output('produce')] }] }),
    ]);
    const dag = compileChecked(workflow);
    const run = await runBase(readPod(dag.source, { taskId: 'produce', dagId: 'big-output', runId: 'r1' }), 'produce');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'couler: output result is larger than 130048 bytes, and a step reads it into an argument or environment variable: Linux starts no command with one of 131072 bytes or more (MAX_ARG_STRLEN). Pass it as an output artifact (a file) instead.\n',
    );
    // A value under the limit still passes.
    const small = irWorkflow('small-output', [container('produce', {}, { command: ['sh', '-c'], args: ['printf ok'] }), workflow.spec.steps[1]!]);
    const ok = await runBase(readPod(compileChecked(small).source, { taskId: 'produce', dagId: 'small-output', runId: 'r1' }), 'produce-small');
    expect(ok).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('what Linux could not start is refused when compiling', () => {
  it('an argument of 200 kB: the step, the argument, its size and the limit', async () => {
    const workflow = irWorkflow('big-arg', [container('echo', {}, { args: ['small', 'x'.repeat(200_000)] })]);
    expect(await refusal(workflow)).toMatchObject({ code: 'ARGUMENT_TOO_LONG', path: ['steps', 'echo', 'container', 'args', 1] });
    const error = compilerRefusal(workflow);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'echo', 'container', 'args', 1], stepIds: ['echo'] });
    expect(error.message).toBe(
      'Argument 1 of step "echo" is 200000 bytes; Linux starts no process with one argument or environment variable of 131072 bytes or more (MAX_ARG_STRLEN, "Argument list too long"), so the pod would never run the command.',
    );
    expect(error.hint).toContain('input artifact with "raw" text');
  });

  it('an environment variable over the limit with its name', async () => {
    const workflow = irWorkflow('big-env', [container('echo', { env: [{ name: 'BIG', value: 'x'.repeat(MAX_ARG_STRLEN - 4) }] })]);
    expect(await refusal(workflow)).toMatchObject({ code: 'ARGUMENT_TOO_LONG' });
    const error = compilerRefusal(workflow);
    expect(error).toMatchObject({ path: ['steps', 'echo', 'env', 'BIG'] });
    expect(error.message).toContain(`Environment variable "BIG" of step "echo" is ${MAX_ARG_STRLEN} bytes`);
  });

  it('a script of 1.2 MB: more than a pod may carry, with what to do instead', async () => {
    const error = await refusal(irWorkflow('huge-script', [script('huge', {}, `${'#'.repeat(1_200_000)}\n`)]));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'huge'] });
    expect(error.message).toMatch(/^Step "huge" starts its pod with \d+ bytes of arguments, environment and carried files known when compiling, more than the 1048576 bytes/);
    expect(error.hint).toContain('ConfigMap mounted as a volume');
  });
});
