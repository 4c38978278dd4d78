import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coulerHome, runCouler, scratchWith } from './run-couler';

// Issue 23, points 7 (local engine), 8 and 9 (IR): what `couler validate` and `couler run`
// say about unknown fields, NUL characters and values too large for a process.

function project(files: Record<string, string>): string {
  const directory = scratchWith();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

const UNKNOWN_FIELDS_YAML = `apiVersion: couler.dev/v1alpha1
kind: Workflow
metadata: { name: unknown-fields }
spec:
  steps:
    - name: train
      kind: container
      securityContext: { runAsUser: 0 }
      container: { image: python:3.12, command: [python, train.py], imagePulPolicy: Always }
      retry: { limit: 3, backof: { durationSeconds: 1 } }
`;

const NUL_YAML = `apiVersion: couler.dev/v1alpha1
kind: Workflow
metadata: { name: nul-bytes }
spec:
  parameters:
    - { name: mode, default: "fast\\0", enum: ["fast\\0", slow] }
  steps:
    - name: train
      kind: container
      container: { image: alpine:3.20, command: [echo], args: [a, b, "c\\0d"] }
      env: [{ name: TOKEN, value: "x\\0y" }]
`;

/** 200 kB, over Linux's 128 KiB for one argument or variable. */
const BIG = 200 * 1024;

describe.concurrent('unknown fields in an IR file (issue 23, point 9)', () => {
  it('validate refuses each unknown field at its own path, with a did-you-mean, and exits 1', async () => {
    const directory = project({ 'wf.yaml': UNKNOWN_FIELDS_YAML });
    const { code, stdout, stderr } = await runCouler(['validate', 'wf.yaml'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unknown field "securityContext" in steps.train.');
    expect(stderr).toContain('Unknown field "imagePulPolicy" in steps.train.container. Did you mean "imagePullPolicy"?');
    expect(stderr).toContain('Unknown field "backof" in steps.train.retry. Did you mean "backoff"?');
    expect(stderr).toContain('steps.train.container.imagePulPolicy');
    expect(stderr).toMatch(/steps\.train\.container has the fields "image", "command", "args", "workingDir", "imagePullPolicy"/);
  });

  it('run refuses it before starting anything', async () => {
    const directory = project({ 'wf.yaml': UNKNOWN_FIELDS_YAML });
    const { code, stdout, stderr } = await runCouler(['run', 'wf.yaml', '--home', coulerHome()], directory);
    expect(code).toBe(1);
    expect(stdout).not.toContain('Running');
    expect(stderr).toContain('Did you mean "imagePullPolicy"?');
  });

  it('a workflow file exporting a plain IR object with an unknown field is refused alike', async () => {
    const directory = project({
      'wf.ts': `export default {
  apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'plain' },
  spec: { cronConfig: { schedule: '0 3 * * *' }, steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', command: ['true'] } }] },
};
`,
    });
    const { code, stderr } = await runCouler(['validate', 'wf.ts'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown field "cronConfig" in spec.');
  });
});

describe.concurrent('NUL characters (issue 23, point 8)', () => {
  it('validate refuses every NUL of an IR file with its path: arguments, env, parameter default and enum', async () => {
    const directory = project({ 'wf.yaml': NUL_YAML });
    const { code, stdout } = await runCouler(['validate', 'wf.yaml', '--json'], directory);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { valid: boolean; errors: Array<{ code: string; path: Array<string | number>; stepIds?: string[] }> };
    expect(report.valid).toBe(false);
    expect(report.errors.map(({ code: errorCode, path, stepIds }) => ({ errorCode, path, stepIds }))).toEqual([
      { errorCode: 'NUL_CHARACTER', path: ['parameters', 'mode', 'default'], stepIds: undefined },
      { errorCode: 'NUL_CHARACTER', path: ['parameters', 'mode', 'enum', 0], stepIds: undefined },
      { errorCode: 'NUL_CHARACTER', path: ['steps', 'train', 'env', 'TOKEN', 'value'], stepIds: ['train'] },
      { errorCode: 'NUL_CHARACTER', path: ['steps', 'train', 'container', 'args', 2], stepIds: ['train'] },
    ]);
  });

  it('validate and compile refuse a NUL the DSL passes into the IR, naming the step and the argument', async () => {
    const directory = project({
      'wf.ts': `import { runContainer, workflow } from '@couler/dsl';

export default workflow('nul-dsl', () => {
  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['ok', 'bad\\0arg'], stepName: 'train' });
});
`,
    });
    const validated = await runCouler(['validate', 'wf.ts'], directory);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('error[NUL_CHARACTER]');
    expect(validated.stderr).toContain('steps.train.container.args[1] holds a NUL character');
    expect(validated.stderr).toContain('Remove the NUL character.');
    const compiled = await runCouler(['compile', 'wf.ts', '--backend', 'argo'], directory);
    expect(compiled.code).toBe(1);
    expect(compiled.stdout).toBe('');
    expect(compiled.stderr).toContain('NUL_CHARACTER');
  });
});

describe.concurrent('values too large for one process (issue 23, point 7, local engine)', () => {
  it('a 200 kB script source runs: the local engine hands it over in a file, not an argument', async () => {
    const directory = project({
      'wf.ts': `import { runScript, workflow } from '@couler/dsl';

export default workflow('big-script', () => {
  runScript({ image: 'alpine:3.20', command: 'sh', source: '# ' + 'x'.repeat(${BIG}) + '\\necho ran big script\\n', stepName: 'big' });
});
`,
    });
    const validated = await runCouler(['validate', 'wf.ts'], directory);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    const run = await runCouler(['run', 'wf.ts', '--plain', '--home', coulerHome()], directory);
    expect(run.stderr).not.toContain('E2BIG');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ big succeeded');
  });

  it('a literal 200 kB argument is refused by validate and run with its size, the limit and the path', async () => {
    const directory = project({
      'wf.ts': `import { runContainer, workflow } from '@couler/dsl';

export default workflow('big-arg', () => {
  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['x'.repeat(${BIG})], stepName: 'shout' });
});
`,
    });
    for (const args of [['validate', 'wf.ts'], ['run', 'wf.ts', '--home', coulerHome()]]) {
      const { code, stdout, stderr } = await runCouler(args, directory);
      expect(code).toBe(1);
      expect(stdout).not.toContain('Running');
      expect(stderr).toContain('error[ARGUMENT_TOO_LONG]');
      expect(stderr).toContain('Argument 1 of step "shout" is 204,801 bytes (200 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB) in one argument or variable');
      expect(stderr).toContain('steps.shout.container.args[0]');
      expect(stderr).not.toContain('E2BIG');
    }
  });

  it.each([
    ['an argument', "args: [producer.result]", 'Argument 1 of step "consumer" (from output "result" of step "producer") is 204,801 bytes (200 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB)'],
    ['an env value', "env: { BLOB: producer.result }", 'Environment variable "BLOB" of step "consumer" (from output "result" of step "producer") is 204,806 bytes (200 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB)'],
  ])('a 200 kB value known only at run time, passed as %s, fails that step before it starts, and the run says why', async (_what, passed, message) => {
    const directory = project({
      'wf.ts': `import { runContainer, workflow } from '@couler/dsl';

export default workflow('big-runtime', () => {
  const producer = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'head -c ${BIG} /dev/zero | tr "\\\\0" x'], stepName: 'producer' });
  runContainer({ image: 'alpine:3.20', command: ['echo'], ${passed}, stepName: 'consumer' });
});
`,
    });
    expect((await runCouler(['validate', 'wf.ts'], directory)).code).toBe(0);
    const { code, stdout, stderr } = await runCouler(['run', 'wf.ts', '--plain', '--home', coulerHome()], directory);
    expect(code).toBe(1);
    expect(stdout).toContain('✓ producer succeeded');
    expect(stdout).toContain(`✗ consumer error`);
    expect(stderr).toContain(`Step "consumer" errored: ${message}`);
    expect(stdout + stderr).not.toContain('E2BIG');
  });

  it('a literal environment variable over the limit is refused by validate with its name and path', async () => {
    const directory = project({
      'wf.ts': `import { runContainer, workflow } from '@couler/dsl';

export default workflow('big-env', () => {
  runContainer({ image: 'alpine:3.20', command: ['true'], env: { BLOB: 'x'.repeat(${BIG}) }, stepName: 'quiet' });
});
`,
    });
    const { code, stderr } = await runCouler(['validate', 'wf.ts'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('Environment variable "BLOB" of step "quiet" is 204,806 bytes (200 KiB)');
    expect(stderr).toContain('steps.quiet.env.BLOB.value');
  });
});
