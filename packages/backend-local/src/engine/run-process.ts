import { StringDecoder } from 'node:string_decoder';
import { killGroup } from './kill-group';
import { directSpawner, type ProcessSpawner } from './launcher/process-spawner';
import { OutputLines } from './output-lines';

export { killGroup } from './kill-group';

export interface ProcessSpec {
  readonly argv: ReadonlyArray<string>;
  readonly cwd: string;
  /** Create `cwd` (and its parents) first, where the process is spawned (see `SpawnRequest`). */
  readonly createCwd?: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Every line of both streams, as it comes (a last line without newline too). */
  readonly onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  readonly onSpawn?: (pid: number) => void;
  /** Who starts the process: the run's `StepLauncher`, or this process (the default). */
  readonly spawner?: ProcessSpawner;
}

export interface ProcessOutcome {
  readonly exitCode?: number;
  readonly signal?: string;
  readonly timedOut: boolean;
  readonly cancelled: boolean;
  /** Why the process could not start (missing program …). */
  readonly spawnError?: string;
  /** The engine lost sight of the process (its launcher died) and stopped it. */
  readonly lostError?: string;
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

/** Why a process could not start, in words: `spawn E2BIG` says little. */
function spawnErrorMessage(program: string, error: { readonly code?: string; readonly message: string }): string {
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
    const stdoutChunks: Uint8Array[] = [];
    let stdoutBytes = 0;
    const tail: string[] = [];
    // A character split between two chunks is decoded whole.
    const decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    let pid: number | undefined;
    let exited = false;
    /** A stop asked for before the launcher reported the pid: done as soon as it does. */
    let stopPending = false;
    let killTimer: NodeJS.Timeout | undefined;
    let timeoutTimer: NodeJS.Timeout | undefined;

    const pushLine = (stream: 'stdout' | 'stderr', line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      spec.onLine?.(stream, line);
    };
    const lines = { stdout: new OutputLines((line) => pushLine('stdout', line)), stderr: new OutputLines((line) => pushLine('stderr', line)) };
    const stop = () => {
      if (exited || settled) return;
      if (pid === undefined) {
        stopPending = true;
        return;
      }
      const target = pid;
      killGroup(target, 'SIGTERM');
      killTimer = setTimeout(() => killGroup(target, 'SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    const finish = (outcome: Omit<ProcessOutcome, 'stdout' | 'logTail' | 'timedOut' | 'cancelled' | 'pid'>) => {
      if (settled) return;
      settled = true;
      if (timeoutTimer) clearTimeout(timeoutTimer);
      if (killTimer) clearTimeout(killTimer);
      spec.signal?.removeEventListener('abort', onAbort);
      for (const stream of ['stdout', 'stderr'] as const) {
        lines[stream].write(decoders[stream].end());
        lines[stream].end();
      }
      const stdout = Buffer.concat(stdoutChunks).subarray(0, RESULT_LIMIT).toString('utf8');
      resolve({ ...outcome, stdout, logTail: [...tail], timedOut, cancelled, ...(pid !== undefined && { pid }) });
    };
    const ended = (code: number | null, signal: string | null) => ({ ...(code !== null && { exitCode: code }), ...(signal !== null && { signal }) });

    if (spec.timeoutMs !== undefined) {
      timeoutTimer = setTimeout(() => {
        timedOut = true;
        stop();
      }, spec.timeoutMs);
    }
    if (spec.signal?.aborted) onAbort();
    else spec.signal?.addEventListener('abort', onAbort, { once: true });

    (spec.spawner ?? directSpawner).spawn(
      { argv: spec.argv, cwd: spec.cwd, env: spec.env, ...(spec.createCwd && { createCwd: true }) },
      {
        onSpawn(spawned) {
          pid = spawned;
          spec.onSpawn?.(spawned);
          if (stopPending) stop();
        },
        onData(stream, chunk) {
          if (stream === 'stdout' && stdoutBytes < RESULT_LIMIT) {
            stdoutChunks.push(chunk);
            stdoutBytes += chunk.length;
          }
          lines[stream].write(decoders[stream].write(chunk as Buffer));
        },
        onError(error) {
          if (error.lost) {
            pushLine('stderr', error.message);
            finish({ lostError: error.message });
            return;
          }
          // Some refusals come at once, not as an 'error' event: E2BIG, a NUL in an argument.
          const message = spawnErrorMessage(spec.argv[0]!, error);
          pushLine('stderr', message);
          finish({ spawnError: message });
        },
        onExit(code, signal) {
          exited = true;
          // A background grandchild may hold the pipes open after the step's own process exits.
          setTimeout(() => finish(ended(code, signal)), 2000).unref();
        },
        onClose(code, signal) {
          exited = true;
          finish(ended(code, signal));
        },
      },
    );
  });
}
