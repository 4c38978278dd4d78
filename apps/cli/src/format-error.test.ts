import { join } from 'node:path';
import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { formatError, listProblems } from './format-error';

const cwd = '/home/user/project';

describe('formatError', () => {
  it('prints code, path, message, hint and source locations, files relative to cwd', () => {
    const error = new CoulerError('UNKNOWN_OUTPUT', 'Step "train" reads output "data" of step "prepare", which has no such output.', {
      path: ['steps', 'train', 'inputs', 'parameters', 0],
      hint: 'Outputs of "prepare": result.',
      locations: [
        { file: join(cwd, 'src', 'workflow.ts'), line: 12, column: 5 },
        { file: '/elsewhere/shared.ts', line: 3, column: 1 },
      ],
    });
    expect(formatError(error, { cwd })).toBe(
      [
        'error[UNKNOWN_OUTPUT] at steps.train.inputs.parameters[0]: Step "train" reads output "data" of step "prepare", which has no such output.',
        '  hint: Outputs of "prepare": result.',
        '  --> src/workflow.ts:12:5',
        '  --> /elsewhere/shared.ts:3:1',
      ].join('\n'),
    );
  });

  it('leaves out "at" for an error of the whole workflow, and prints each inner error', () => {
    const error = new CoulerError('INVALID_WORKFLOW', 'Workflow "w" has 2 problems.', {
      errors: [
        new CoulerError('CYCLE', 'Steps "a" and "b" depend on each other.', { path: ['steps', 'a'] }),
        new CoulerError('INVALID_NAME', 'Step name "A" is not a DNS-1123 label.', { path: ['steps', 'A', 'name'] }),
      ],
    });
    expect(formatError(error).split('\n')).toEqual([
      'error[INVALID_WORKFLOW]: Workflow "w" has 2 problems.',
      'error[CYCLE] at steps.a: Steps "a" and "b" depend on each other.',
      'error[INVALID_NAME] at steps.A.name: Step name "A" is not a DNS-1123 label.',
    ]);
    expect(listProblems(error).map((problem) => problem.code)).toEqual(['CYCLE', 'INVALID_NAME']);
  });

  it('prints stack traces only with debug, the cause chain included', () => {
    const cause = new Error('disk on fire');
    const error = new CoulerError('LOAD_FAILED', 'Loading "w.ts" failed: disk on fire', { cause });
    const quiet = formatError(error);
    expect(quiet).toBe('error[LOAD_FAILED]: Loading "w.ts" failed: disk on fire\n  run with --debug for the stack trace');
    const loud = formatError(error, { debug: true });
    expect(loud).toContain(error.stack!);
    expect(loud).toContain(`caused by: ${cause.stack!}`);
  });

  it('prints any other error as one line pointing at --debug, and its stack under debug', () => {
    const error = new TypeError('Cannot read properties of undefined (reading "x")\n    with more detail');
    expect(formatError(error)).toBe('error: Cannot read properties of undefined (reading "x")\n  run with --debug for the stack trace');
    expect(formatError(error, { debug: true })).toBe(`error: Cannot read properties of undefined (reading "x")\n${error.stack!}`);
    expect(formatError('a thrown string')).toBe('error: a thrown string\n  run with --debug for the stack trace');
  });
});
