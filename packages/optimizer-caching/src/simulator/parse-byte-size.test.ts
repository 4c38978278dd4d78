import { describe, expect, it } from 'vitest';
import { parseByteSize } from './parse-byte-size';

describe('parseByteSize', () => {
  it.each([
    ['10GB', 1e10],
    ['10 gb', 1e10],
    ['512MiB', 512 * 2 ** 20],
    ['1.5TB', 1.5e12],
    ['2e9', 2e9],
    ['0', 0],
  ])('%s is %d bytes', (text, bytes) => expect(parseByteSize(text)).toBe(bytes));

  it.each(['', 'ten GB', '-1GB', '10 GBs', '10XB'])('refuses %o with a hint about units', (text) => {
    expect(() => parseByteSize(text)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', hint: expect.stringMatching(/GiB/) }));
  });
});
