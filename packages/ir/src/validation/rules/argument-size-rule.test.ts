import { describe, expect, test } from 'vitest';
import { container, echo, script, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { argumentSizeRule, MAX_ARGUMENT_BYTES, utf8Bytes } from './argument-size-rule';

const big = 'x'.repeat(200 * 1024);

describe('argumentSizeRule', () => {
  test('the largest argument Linux takes passes; one byte more is refused with the size and the limit', () => {
    const largest = 'x'.repeat(MAX_ARGUMENT_BYTES - 1);
    expectValid(argumentSizeRule, workflow([echo('a', [largest])]));
    expectValidationErrors(argumentSizeRule, workflow([echo('a', ['small', `${largest}x`])]), [
      {
        code: 'ARGUMENT_TOO_LONG',
        path: ['steps', 'a', 'container', 'args', 1],
        stepIds: ['a'],
        message: 'Argument 2 of step "a" is 131,073 bytes (128 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB) in one argument or variable, its final NUL included.',
        hint: 'input artifact with `raw` text',
      },
    ]);
  });

  test('a 200 kB script source is fine (engines write it to a file); a 200 kB literal argument is not', () => {
    expectValid(argumentSizeRule, workflow([script('s', {}, `# ${big}\nprint(1)\n`)]));
    expectValidationErrors(argumentSizeRule, workflow([echo('a', [big])]), [{ code: 'ARGUMENT_TOO_LONG', path: ['steps', 'a', 'container', 'args', 0], message: 'is 204,801 bytes (200 KiB)' }]);
  });

  test('environment variables count as NAME=value; a concat counts its literal text; references are left to run time', () => {
    const w = workflow([
      container('a', { env: [{ name: 'BLOB', value: big }, { name: 'PART', value: { concat: [big, { ref: 'parameter', name: 'p' }] } }, { name: 'LATER', value: { ref: 'parameter', name: 'p' } }] }, { command: ['true'] }),
    ], { parameters: [{ name: 'p' }] });
    expectValidationErrors(argumentSizeRule, w, [
      { code: 'ARGUMENT_TOO_LONG', path: ['steps', 'a', 'env', 'BLOB', 'value'], message: 'Environment variable "BLOB" of step "a" is 204,806 bytes' },
      { code: 'ARGUMENT_TOO_LONG', path: ['steps', 'a', 'env', 'PART', 'value'] },
    ]);
  });

  test('sizes are UTF-8 bytes, as the kernel counts them', () => {
    expect(utf8Bytes('aé☃😀')).toBe(1 + 2 + 3 + 4);
    const snowmen = '☃'.repeat(Math.ceil(MAX_ARGUMENT_BYTES / 3));
    expectValidationErrors(argumentSizeRule, workflow([echo('a', [snowmen])]), [{ code: 'ARGUMENT_TOO_LONG', path: ['steps', 'a', 'container', 'args', 0] }]);
  });

  test('container-set containers and job commands are checked at their own paths', () => {
    const set = { name: 'set', kind: 'containerSet', containerSet: { containers: [{ name: 'main', image: 'alpine', command: ['echo', big] }] } };
    const job = { name: 'dist', kind: 'job', job: { framework: 'pytorch', image: 'x', args: [big], replicas: { Master: { replicas: 1, command: [big] } } } };
    expectValidationErrors(argumentSizeRule, workflow([set, job]), [
      { code: 'ARGUMENT_TOO_LONG', path: ['steps', 'set', 'containerSet', 'containers', 'main', 'command', 1], message: 'Command part 2 of step "set"' },
      { code: 'ARGUMENT_TOO_LONG', path: ['steps', 'dist', 'job', 'args', 0] },
      { code: 'ARGUMENT_TOO_LONG', path: ['steps', 'dist', 'job', 'replicas', 'Master', 'command', 0] },
    ]);
  });
});
