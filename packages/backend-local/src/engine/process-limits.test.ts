import { MAX_ARGUMENT_BYTES } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { assertProcessFits, totalArgumentBytes } from './process-limits';

const limits = (stack: string) => () => `Limit                     Soft Limit           Hard Limit           Units\nMax stack size            ${stack}              unlimited            bytes\n`;

describe.runIf(process.platform === 'linux')('totalArgumentBytes', () => {
  it('is a quarter of the stack limit, 6 MiB at most, as Linux computes ARG_MAX', () => {
    expect(totalArgumentBytes(limits('8388608'))).toBe(2 * 1024 * 1024);
    expect(totalArgumentBytes(limits('unlimited'))).toBe(6 * 1024 * 1024);
    expect(totalArgumentBytes(limits('67108864'))).toBe(6 * 1024 * 1024);
    expect(totalArgumentBytes(() => { throw new Error('no /proc'); })).toBe(2 * 1024 * 1024);
  });
});

describe('assertProcessFits', () => {
  it('lets the largest argument Linux takes through, and refuses one byte more', () => {
    expect(() => assertProcessFits('a', [{ what: 'Argument 1', text: 'x'.repeat(MAX_ARGUMENT_BYTES - 1) }], Infinity)).not.toThrow();
    expect(() => assertProcessFits('a', [{ what: 'Argument 1', text: 'x'.repeat(MAX_ARGUMENT_BYTES) }], Infinity)).toThrow('Argument 1 of step "a" is 131,073 bytes');
  });

  it('refuses arguments that fit one by one but not together, with the total and the limit', () => {
    const strings = Array.from({ length: 20 }, (_, index) => ({ what: `Argument ${index + 1}`, text: 'x'.repeat(120 * 1024) }));
    expect(() => assertProcessFits('a', strings, 2 * 1024 * 1024)).toThrow(
      /^The arguments and environment of step "a" are 2,457,\d+ bytes \(2,400 KiB\) together; a process on this machine may receive at most 2,097,152 bytes \(2,048 KiB\)/,
    );
    expect(() => assertProcessFits('a', strings, Infinity)).not.toThrow();
  });
});
