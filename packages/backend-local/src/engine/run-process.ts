import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface ProcessSpec {
  readonly argv: ReadonlyArray<string>;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Every line of both streams, as it comes (a last line without newline too). */
  readonly onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  readonly onSpawn?: (pid: number) => void;
}

export interface ProcessOutcome {
  readonly exitCode?: number;
  readonly signal?: string;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** Why the process could not start (missing program …). */
  readonly spawnError?: string;
  /** Standard output, up to `RESULT_LIMIT` bytes. */
  readonly stdout: string;
  /** The last lines of the log, both streams. */
  readonly logTail: ReadonlyArray<string>;
  readonly pid?: number;
}

/** Argo keeps a step's `result` small too; the whole output stays in the log. */
export const RESULT_LIMIT = 1024 * 1024;
const TAIL_LINES = 20;
/** Between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2000;

/** Signals a whole process group: the step and whatever it started. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Gone already.
    }
  }
}

/** Why a process could not start, in words: `spawn E2BIG` says little. */
function spawnErrorMessage(program: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return `${program}: command not found (not on PATH)`;
  if (error.code === 'E2BIG') return `${program}: its arguments and environment are larger than the system lets one process receive (E2BIG, "Argument list too long")`;
  return error.message;
}

/**
 * Runs one process in its own process group, handing on its output line by line. A timeout or
 * an abort sends SIGTERM to the group, then SIGKILL after a grace period. Never rejects.
 */
export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  return new Promise((resolve) => {
    const stdoutChunks: Buffer[] = [];
    let stdoutBytes = 0;
    const tail: string[] = [];
    const partial = { stdout: '', stderr: '' };
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    let timeoutTimer: NodeJS.Timeout | undefined;

    const pushLine = (stream: 'stdout' | 'stderr', line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      spec.onLine?.(stream, line);
    };
    const onData = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      if (stream === 'stdout' && stdoutBytes < RESULT_LIMIT) {
        stdoutChunks.push(chunk);
        stdoutBytes += chunk.length;
      }
      const lines = (partial[stream] + chunk.toString('utf8')).split('\n');
      partial[stream] = lines.pop() ?? '';
      for (const line of lines) pushLine(stream, line);
    };

    let child: ChildProcessByStdio<null, Readable, Readable>;
    try {
      child = spawn(spec.argv[0]!, spec.argv.slice(1), { cwd: spec.cwd, env: spec.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      // Some refusals come at once, not as an 'error' event: E2BIG, a NUL in an argument.
      const message = spawnErrorMessage(spec.argv[0]!, error as NodeJS.ErrnoException);
      spec.onLine?.('stderr', message);
      resolve({ spawnError: message, stdout: '', logTail: [message], timedOut: false, cancelled: false });
      return;
    }
    const stop = () => {
      if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child.pid, 'SIGTERM');
      killTimer = setTimeout(() => child.pid !== undefined && killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    if (child.pid !== undefined) spec.onSpawn?.(child.pid);
    child.stdout.on('data', onData('stdout'));
    child.stderr.on('data', onData('stderr'));
    if (spec.timeoutMs !== undefined) {
      timeoutTimer = setTimeout(() => {
        timedOut = true;
        stop();
      }, spec.timeoutMs);
    }
    if (spec.signal?.aborted) onAbort();
    else spec.signal?.addEventListener('abort', onAbort, { once: true });

    const finish = (outcome: Omit<ProcessOutcome, 'stdout' | 'logTail' | 'timedOut' | 'cancelled' | 'pid'>) => {
      if (settled) return;
      settled = true;
      if (timeoutTimer) clearTimeout(timeoutTimer);
      if (killTimer) clearTimeout(killTimer);
      spec.signal?.removeEventListener('abort', onAbort);
      for (const stream of ['stdout', 'stderr'] as const) if (partial[stream] !== '') pushLine(stream, partial[stream]);
      const stdout = Buffer.concat(stdoutChunks).subarray(0, RESULT_LIMIT).toString('utf8');
      resolve({ ...outcome, stdout, logTail: [...tail], timedOut, cancelled, ...(child.pid !== undefined && { pid: child.pid }) });
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      const message = spawnErrorMessage(spec.argv[0]!, error);
      pushLine('stderr', message);
      finish({ spawnError: message });
    });
    child.on('close', (code, signal) => finish({ ...(code !== null && { exitCode: code }), ...(signal !== null && { signal }) }));
    // A background grandchild may hold the pipes open after the step's own process exits.
    child.on('exit', (code, signal) => {
      setTimeout(() => finish({ ...(code !== null && { exitCode: code }), ...(signal !== null && { signal }) }), 2000).unref();
    });
  });
}
