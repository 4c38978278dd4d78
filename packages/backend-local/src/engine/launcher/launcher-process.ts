import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { OUTPUT_LIMITS } from './launch-protocol';
import { serveLaunchRequests } from './serve-launch-requests';

/** Launcher processes of one run at most, whatever the machine: each is a Node process. */
export const MAX_LAUNCHERS = 4;

/** What a launcher printed last (a crash of Node itself) is kept to this many characters, for the message. */
export const STDERR_TAIL_BYTES = 2000;

/** A launcher process as started, before it serves anyone. */
export interface LauncherProcess {
  readonly child: ChildProcess;
  /** The environment it was started with: requests send only their change of it. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The Node executable it runs on. */
  readonly nodePath: string;
}

/**
 * V8 flags of a launcher. Its program is a few dozen lines that relay messages, so it needs
 * neither V8's helper threads nor compiled code; without them each of its spawns costs less,
 * as `spawn` forks it: the fork copies less memory that can be written (no JIT code pages) and
 * has no other thread of the process to tell of it. A bare spawn loop took 12 % less CPU with
 * `--single-threaded`, 17 % less with both (300 spawns, 2-core VM). `--no-expose-wasm` only
 * silences the warning `--jitless` prints about WebAssembly, which it turns off.
 */
const LAUNCHER_NODE_FLAGS = ['--single-threaded', '--jitless', '--no-expose-wasm'];

/**
 * Starts a launcher: `node -e "(serveLaunchRequests)(require, OUTPUT_LIMITS)"`, talking over an IPC channel.
 * It keeps nothing alive: its process, channel and stderr are unreferenced until it has work.
 *
 * @throws what `spawn` throws when no process can be made at all.
 */
export function spawnLauncherProcess(nodePath: string): LauncherProcess {
  // Its own flags and environment, not the engine's: no --inspect port, profiler or loader.
  const { NODE_OPTIONS: _options, ...env } = process.env;
  const child = spawn(nodePath, [...LAUNCHER_NODE_FLAGS, '-e', `(${serveLaunchRequests.toString()})(require, ${JSON.stringify(OUTPUT_LIMITS)})`], {
    env,
    detached: true, // Ctrl-C in a terminal reaches the engine, which cancels; not the launcher.
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  child.unref();
  child.channel?.unref();
  (child.stderr as Socket | null)?.unref();
  return { child, env, nodePath };
}
