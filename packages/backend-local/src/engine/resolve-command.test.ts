import type { ContainerStep } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { resolveCommand } from './resolve-command';
import { ResolveError, type ResolveScope } from './resolve-value';
import { createStepSandbox } from './step-sandbox';

const scope: ResolveScope = {
  parameter: (name) => ({ lr: '0.1' })[name] ?? '',
  stepOutput: () => '/tmp/out.txt from upstream',
  input: () => {
    throw new ResolveError('no inputs here');
  },
  item: () => '',
  workflow: () => '',
};

const step: ContainerStep = {
  name: 'train',
  kind: 'container',
  container: {
    image: 'python:3.12',
    command: ['sh', '-c'],
    args: [{ concat: ['echo lr=', { ref: 'parameter', name: 'lr' }, ' > /tmp/out.txt'] }, { ref: 'step', step: 'prep', output: 'result' }],
  },
  env: [{ name: 'LOG', value: '/tmp/out.txt' }],
  inputs: { parameters: [{ name: 'epochs', default: '3' }] },
  outputs: { parameters: [{ name: 'out', path: '/tmp/out.txt' }] },
};

describe('resolveCommand', () => {
  const sandbox = createStepSandbox('/runs/r/train', ['/tmp/out.txt']);

  it('rewrites declared paths in literal text only, and hashes the IR text for memoization', () => {
    const resolved = resolveCommand(step, scope, sandbox, { PATH: '/usr/bin:/bin', HOME: '/root' }, 'r');
    expect(resolved.argv).toEqual(['sh', '-c', 'echo lr=0.1 > /runs/r/train.root/tmp/out.txt', '/tmp/out.txt from upstream']);
    expect(resolved.keyArgs).toEqual(['echo lr=0.1 > /tmp/out.txt', '/tmp/out.txt from upstream']);
    expect(resolved.env.LOG).toBe('/runs/r/train.root/tmp/out.txt');
    expect(resolved.keyEnv).toEqual({ LOG: '/tmp/out.txt' });
    expect(resolved.inputs).toEqual({ epochs: '3' });
  });

  it('tells the process where its outputs go, on top of the base environment', () => {
    const { env } = resolveCommand(step, scope, sandbox, { PATH: '/usr/bin:/bin', HOME: '/root' }, 'r');
    expect(env).toMatchObject({ HOME: '/root', COULER_RUN_ID: 'r', COULER_STEP_DIR: '/runs/r/train', COULER_OUTPUT_OUT: '/runs/r/train.root/tmp/out.txt' });
    expect(JSON.parse(env.COULER_OUTPUTS!)).toEqual({ out: '/runs/r/train.root/tmp/out.txt' });
  });

  it('refuses a container step without a command: the image entrypoint is not known here', () => {
    const bare: ContainerStep = { name: 'serve', kind: 'container', container: { image: 'nginx' } };
    expect(() => resolveCommand(bare, scope, sandbox, {}, 'r')).toThrow('Step "serve" has no command: in a container it would run the entrypoint of "nginx"');
  });

  it('fails the step before it starts when a resolved argument or variable is too large or holds a NUL, naming where it came from', () => {
    const big = 'x'.repeat(200 * 1024);
    const fromUpstream: ResolveScope = { ...scope, stepOutput: () => big };
    expect(() => resolveCommand(step, fromUpstream, sandbox, {}, 'r')).toThrow(
      'Argument 2 of step "train" (from output "result" of step "prep") is 204,801 bytes (200 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB) in one argument or variable',
    );
    const withEnv: ContainerStep = { ...step, container: { ...step.container, args: [] }, env: [{ name: 'BLOB', value: { ref: 'parameter', name: 'lr' } }] };
    expect(() => resolveCommand(withEnv, { ...scope, parameter: () => big }, sandbox, {}, 'r')).toThrow(
      'Environment variable "BLOB" of step "train" (from parameter "lr") is 204,806 bytes (200 KiB)',
    );
    expect(() => resolveCommand(step, { ...scope, stepOutput: () => 'a\0b' }, sandbox, {}, 'r')).toThrow(
      'Argument 2 of step "train" (from output "result" of step "prep") holds a NUL character (\\0) at position 1, which no process can receive.',
    );
  });

  it('counts the base environment towards the total once per run, and the variables a step replaces only once', () => {
    const base = { PATH: '/usr/bin:/bin', BASE: 'b'.repeat(100 * 1024) };
    const withBlobs = (count: number, size: number): ContainerStep => ({
      ...step,
      container: { ...step.container, args: [] },
      env: Array.from({ length: count }, (_, index) => ({ name: index === 0 ? 'BASE' : `BLOB${index}`, value: 'x'.repeat(size) })),
    });
    // 15 variables of 120 KiB, one of them replacing BASE: under the 2 MiB of an 8 MiB stack.
    expect(() => resolveCommand(withBlobs(15, 120 * 1024), scope, sandbox, base, 'r')).not.toThrow();
    // Once more for the same run, and one more variable: over it, with the same total either way.
    expect(() => resolveCommand(withBlobs(15, 120 * 1024), scope, sandbox, base, 'r')).not.toThrow();
    const message = (env: Record<string, string>) => {
      try {
        resolveCommand(withBlobs(18, 120 * 1024), scope, sandbox, env, 'r');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const total = message(base);
    expect(total).toMatch(/^The arguments and environment of step "train" are [\d,]+ bytes \([\d,]+ KiB\) together; a process on this machine may receive at most/);
    // A base environment the fast count refuses (a NUL) is checked variable by variable, and named.
    expect(message({ ...base, BAD: 'a\0b' })).toMatch(/^Environment variable "BAD" of step "train" holds a NUL character/);
    // 18 variables of 120 KiB, BASE among them counted once (not its 100 KiB as well), plus a
    // few hundred bytes of PATH, COULER_* variables and the command.
    const bytes = Number(/are ([\d,]+) bytes/.exec(total)![1]!.replaceAll(',', ''));
    expect(bytes - 18 * 120 * 1024).toBeGreaterThan(0);
    expect(bytes - 18 * 120 * 1024).toBeLessThan(2000);
  });
});
