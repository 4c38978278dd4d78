import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/** What a spawner reports about one process, in the order it happens. */
export interface SpawnListener {
  onSpawn(pid: number): void;
  onData(stream: 'stdout' | 'stderr', chunk: Uint8Array): void;
  /**
   * The process could not start (`immediate` when `spawn` refused at once: E2BIG, a NUL in an
   * argument), or, with `lost`, the engine lost sight of it (its launcher died) and stopped it.
   */
  onError(error: { readonly code?: string; readonly message: string; readonly immediate: boolean; readonly lost?: boolean }): void;
  onExit(code: number | null, signal: string | null): void;
  /** Exited and its output pipes closed: nothing more comes. */
  onClose(code: number | null, signal: string | null): void;
}

/** How a process is started: its argv, working directory and whole environment. */
export interface SpawnRequest {
  readonly argv: ReadonlyArray<string>;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Create `cwd` (and its parents) first. A step's private directory is made by whoever spawns
   * its process: a mkdir costs as much as a trivial step on some disks, and in a launcher it
   * runs beside the engine instead of on its thread.
   */
  readonly createCwd?: boolean;
}

/** Why a working directory could not be made, in the words a step's log shows. */
export function createCwdMessage(cwd: string, message: string): string {
  return `The working directory ${cwd} could not be created: ${message}`;
}

/**
 * Starts step processes, each in its own process group (so that a timeout or a cancel signals
 * the step and everything it started), with stdout and stderr piped. Never throws.
 */
export interface ProcessSpawner {
  spawn(request: SpawnRequest, listener: SpawnListener): void;
}

/**
 * Spawns from this process. On Linux the cost of a spawn grows with the spawning process's
 * memory (fork copies its page tables), which is why runs use a `StepLauncher` instead; this
 * one serves the rare process outside a run (`docker rm`) and a run whose launcher cannot start.
 */
export const directSpawner: ProcessSpawner = {
  spawn(request, listener) {
    let child: ReturnType<typeof spawn>;
    try {
      if (request.createCwd) mkdirSync(request.cwd, { recursive: true });
    } catch (error) {
      listener.onError({ message: createCwdMessage(request.cwd, (error as Error).message), immediate: true });
      return;
    }
    try {
      child = spawn(request.argv[0]!, request.argv.slice(1), { cwd: request.cwd, env: request.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      listener.onError({ ...(code !== undefined && { code }), message, immediate: true });
      return;
    }
    if (child.pid !== undefined) listener.onSpawn(child.pid);
    child.stdout!.on('data', (chunk: Buffer) => listener.onData('stdout', chunk));
    child.stderr!.on('data', (chunk: Buffer) => listener.onData('stderr', chunk));
    child.on('error', (error: NodeJS.ErrnoException) => listener.onError({ ...(error.code !== undefined && { code: error.code }), message: error.message, immediate: false }));
    child.on('exit', (code, signal) => listener.onExit(code, signal));
    child.on('close', (code, signal) => listener.onClose(code, signal));
  },
};
