import { closeSync, createWriteStream, fstatSync, mkdirSync, openSync, readSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/** One line a step printed. */
export interface RunLogLine {
  readonly stepId: string;
  readonly attempt: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

/** Past this much written to the log and not yet on disk, the engine stops acknowledging output (see `backlog`). */
const BACKLOG_BYTES = 8 * 1024 * 1024;

/**
 * Everything the steps of a run print, in one append-only file: `<step> <attempt> o|e <text>`
 * per line. One file per run, not per step: creating a file costs more than running a trivial
 * step on some disks, and a single file keeps the order in which lines came.
 */
export class RunLog {
  private readonly stream: WriteStream;
  private draining: Promise<void> | undefined;
  private failed = false;

  /**
   * @param onFailure told once, when the file cannot be written (a full disk, a lost mount): the
   *   lines from then on are dropped and the run goes on, since its steps' results and state are
   *   kept elsewhere. Without a listener, the stream's error would end the engine mid-run.
   */
  constructor(
    readonly path: string,
    onFailure: (message: string) => void = () => {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path, { flags: 'a' });
    this.stream.on('error', (error) => {
      if (this.failed) return;
      this.failed = true;
      onFailure(
        `The run log ${path} could not be written (${error.message}): what the steps print from now on is not kept, \`couler logs\` shows what was written before. The steps go on, and their results are kept.`,
      );
    });
    // A resumed run appends to its log. Cut off mid-line before (the disk filled, the engine was
    // killed during a write), that line is ended first, so the new ones are not joined to it.
    if (endsMidLine(path)) this.stream.write('\n');
  }

  write(stepId: string, attempt: number, stream: 'stdout' | 'stderr', text: string): void {
    if (this.failed) return;
    this.stream.write(`${stepId} ${attempt} ${stream === 'stdout' ? 'o' : 'e'} ${text}\n`);
  }

  /**
   * Undefined while the disk keeps up with the log; else a promise of the moment it has caught up
   * (or failed). The engine waits for it before it tells a launcher it may send more output, so
   * a step that prints faster than the disk takes it waits on its pipe, and the engine's memory
   * holds a few MiB of it, not all.
   */
  backlog(): Promise<void> | undefined {
    if (this.stream.writableLength < BACKLOG_BYTES) return undefined;
    this.draining ??= new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done).off('error', done).off('close', done);
        this.draining = undefined;
        resolve();
      };
      this.stream.on('drain', done).on('error', done).on('close', done);
    });
    return this.draining;
  }

  close(): Promise<void> {
    if (this.stream.closed) return Promise.resolve();
    // On 'close', which comes after 'error': a write that fails as the log closes is still told.
    return new Promise((resolve) => this.stream.once('close', resolve).end());
  }
}

/** Whether the file exists and its last byte is not a newline. */
function endsMidLine(path: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.size === 0 || !stats.isFile()) return false;
    const last = Buffer.alloc(1);
    readSync(descriptor, last, 0, 1, stats.size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(descriptor);
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
