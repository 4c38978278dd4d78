import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from '../../test/support/compile-checked';
import { refusal } from '../../test/support/refusal';
import { runTaskLocally } from '../../test/support/simulate-task';
import { compileToTekton } from './compile-to-tekton';
import { LINUX_MAX_ARG_BYTES } from './process-limits';

const ir = (steps: Step[]): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'big' }, spec: { steps } }) as Workflow;

/** A shell script of about `bytes` bytes that prints its own size marker, with hostile text in it. */
function bigScript(bytes: number): string {
  const filler = `# ${'x'.repeat(98)}\n`;
  return `${filler.repeat(Math.ceil(bytes / filler.length))}printf '%s' 'done $(params.x) é'\n`;
}

describe('what a process can receive (Linux: 128 KiB per argument or variable, about 2 MiB in all)', () => {
  it('a 200 kB script compiles, stays a script run from a file, and arrives byte for byte', () => {
    const source = bigScript(200_000);
    const { documents } = compileChecked(ir([{ name: 'a', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source } } as Step]));
    const spec = taskNamed(documents, 'a').taskSpec;
    const step = spec.steps[0];
    // Tekton places the script through one init-container argument: what it holds stays small.
    expect(Buffer.byteLength(step.script) * 4 / 3).toBeLessThan(LINUX_MAX_ARG_BYTES);
    for (const variable of step.env) expect(Buffer.byteLength(`${variable.name}=${variable.value}`)).toBeLessThan(LINUX_MAX_ARG_BYTES);
    const ran = runTaskLocally(spec, {});
    expect(ran.stderr).toBe('');
    expect(ran.stdout).toBe('done $(params.x) é');
    // The interpreter ran a file holding exactly the user's source.
    expect(step.script).toContain("'sh' /tmp/couler-source");
  });

  it('a 50 kB script stays a plain Tekton script', () => {
    const { documents } = compileChecked(ir([{ name: 'a', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: bigScript(50_000) } } as Step]));
    const step = taskNamed(documents, 'a').taskSpec.steps[0];
    expect(step.script.startsWith('#!/usr/bin/env sh\n# xxx')).toBe(true);
    expect(step.env).toBeUndefined();
  });

  it('an argument over 128 KiB is refused with its size, the limit, the step and the path', () => {
    const error = refusal(() => compileToTekton(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args: ['ok', 'y'.repeat(140 * 1024)] } } as Step])));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toBe('The tekton backend cannot express an argument of 140 KiB: Linux passes at most 128 KiB in one argument or environment variable (the pod would fail with "Argument list too long") ("process.size"), used by "a".');
    expect(error.path).toEqual(['steps', 'a', 'container', 'args', 1]);
    expect(error.hint).toContain('Pass large text as a file');
  });

  it('an environment variable over 128 KiB is refused with its name, size and path', () => {
    const error = refusal(() => compileToTekton(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['env'] }, env: [{ name: 'BIG', value: 'z'.repeat(130 * 1024) }] } as Step])));
    expect(error.message).toContain('environment variable "BIG" of 130 KiB: Linux passes at most 128 KiB');
    expect(error.path).toEqual(['steps', 'a', 'env', 'BIG']);
  });

  it('arguments that each fit but pass 2 MiB together are refused', () => {
    const args = Array.from({ length: 20 }, () => 'w'.repeat(110 * 1024));
    const error = refusal(() => compileToTekton(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args } } as Step])));
    expect(error.message).toContain('arguments and environment of 2200 KiB: Linux passes at most 2048 KiB in all arguments and environment variables of a process');
  });
});
