import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/** One line a step printed. */
export interface RunLogLine {
  readonly stepId: string;
  readonly attempt: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/**
 * Everything the steps of a run print, in one append-only file: `<step> <attempt> o|e <text>`
 * per line. One file per run, not per step: creating a file costs more than running a trivial
 * step on some disks, and a single file keeps the order in which lines came.
 */
export class RunLog {
  private readonly stream: WriteStream;

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path, { flags: 'a' });
  }

  write(stepId: string, attempt: number, stream: 'stdout' | 'stderr', text: string): void {
    this.stream.write(`${stepId} ${attempt} ${stream === 'stdout' ? 'o' : 'e'} ${text}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.stream.end(resolve));
  }
}

/** Parses run log text (whole lines only; a trailing partial line is ignored). */
export function parseRunLog(text: string): RunLogLine[] {
  const lines: RunLogLine[] = [];
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  for (const line of complete.split('\n')) {
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const third = line.indexOf(' ', second + 1);
    if (first < 0 || second < 0 || third < 0) continue;
    lines.push({
      stepId: line.slice(0, first),
      attempt: Number(line.slice(first + 1, second)),
      stream: line.slice(second + 1, third) === 'e' ? 'stderr' : 'stdout',
      text: line.slice(third + 1),
    });
  }
  return lines;
}
