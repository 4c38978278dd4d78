import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, OutputLines } from './output-lines';

/** The lines `OutputLines` hands on for `chunks`, written one after the other, then ended. */
function linesOf(chunks: ReadonlyArray<string>): string[] {
  const lines: string[] = [];
  const output = new OutputLines((line) => lines.push(line));
  for (const chunk of chunks) output.write(chunk);
  output.end();
  return lines;
}

describe('OutputLines', () => {
  it('hands on lines split anywhere between chunks, empty ones included, and an unfinished last line', () => {
    expect(linesOf(['a', 'b\n', '\nc', 'd\ne'])).toEqual(['ab', '', 'cd', 'e']);
    expect(linesOf(['one\n', 'two\n'])).toEqual(['one', 'two']);
    expect(linesOf(['', '\n'])).toEqual(['']);
    expect(linesOf([])).toEqual([]);
  });

  it('hands on a line longer than the limit in pieces of the limit, with no empty line after a piece that ends at its newline', () => {
    const long = 'x'.repeat(2 * MAX_LINE_CHARS);
    expect(linesOf([long, '\nnext\n']).map((line) => line.length)).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS, 4]);
    const lines = linesOf([`${long}yz`, '\n']);
    expect(lines.map((line) => line.length)).toEqual([MAX_LINE_CHARS, MAX_LINE_CHARS, 2]);
    expect(lines.join('')).toBe(`${long}yz`);
  });

  it('never cuts a character outside the Basic Multilingual Plane in two', () => {
    const text = `${'x'.repeat(MAX_LINE_CHARS - 1)}😀tail`;
    const lines = linesOf([text]);
    expect(lines).toEqual([`${'x'.repeat(MAX_LINE_CHARS - 1)}`, '😀tail']);
    // A lone surrogate would be written to the log as U+FFFD: each piece round-trips through UTF-8.
    expect(lines.every((line) => Buffer.from(line, 'utf8').toString('utf8') === line)).toBe(true);
  });

  it('reads 64 MiB printed without a newline, in 64 KiB chunks, as the pieces of one line', () => {
    // Joining the unfinished line to every chunk, as before, takes minutes here: the test times out.
    const chunk = 'y'.repeat(64 * 1024);
    const lines: string[] = [];
    const output = new OutputLines((line) => lines.push(line));
    for (let written = 0; written < 64 * 1024 * 1024; written += chunk.length) output.write(chunk);
    output.end();
    expect(lines).toHaveLength((64 * 1024 * 1024) / MAX_LINE_CHARS);
    expect(lines.every((line) => line.length === MAX_LINE_CHARS && line[0] === 'y')).toBe(true);
  });
});
