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
});
