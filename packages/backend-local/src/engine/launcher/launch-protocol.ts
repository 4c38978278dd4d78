/**
 * The messages between the engine and its step launcher (a small Node process that spawns step
 * processes for it), over Node's IPC channel with `serialization: 'advanced'` so that output
 * chunks travel as bytes. Plain data; `id` pairs every event with the request that caused it.
 * Each message is an array: what one side has to say within one tick of its event loop.
 */

/** Engine → launcher: start this process, in its own process group, stdout and stderr piped. */
export interface LaunchRequest {
  readonly type: 'spawn';
  readonly id: number;
  readonly argv: ReadonlyArray<string>;
  readonly cwd: string;
  /**
   * The process's environment as a change of the launcher's own (which the engine gave it):
   * most of a step's environment is the engine's, and sending it whole with every request made
   * the IPC messages, and their serialization on both sides, most of the engine's cost per step.
   */
  readonly env: EnvChange;
  /** Create `cwd` (and its parents) before spawning. */
  readonly createCwd?: boolean;
}

/**
 * Engine → launcher: the engine has read `bytes` more of the output the launcher sent. Sent once
 * a MiB or more came since the last one, so steps that print little never cause one. A launcher
 * with more than `OUTPUT_LIMITS.pauseBytes` sent and not acknowledged stops reading its processes'
 * pipes until the engine catches up (they block on a full pipe, as under a slow terminal):
 * without it, a step printing faster than the engine writes its log filled the launcher's memory.
 */
export interface LaunchAck {
  readonly type: 'ack';
  readonly bytes: number;
}

/** What the engine sends a launcher. */
export type LaunchMessage = LaunchRequest | LaunchAck;

/** The engine acknowledges output once this much came since its last acknowledgement. */
export const ACK_OUTPUT_BYTES = 1024 * 1024;

/** When a launcher stops reading its processes' output, and when it reads again (bytes unacknowledged). */
export interface OutputLimits {
  readonly pauseBytes: number;
  readonly resumeBytes: number;
}

export const OUTPUT_LIMITS: OutputLimits = { pauseBytes: 4 * 1024 * 1024, resumeBytes: 1024 * 1024 };

/**
 * Variables to set (or replace), and variables of the launcher's environment to leave out. Pairs,
 * not an object: a variable may be named `__proto__`.
 */
export interface EnvChange {
  readonly set: ReadonlyArray<readonly [name: string, value: string]>;
  readonly unset: ReadonlyArray<string>;
}

/** Launcher → engine: what happened to the process of request `id`, in the order it happened. */
export type LaunchEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'spawned'; readonly id: number; readonly pid: number }
  | { readonly type: 'data'; readonly id: number; readonly stream: 'stdout' | 'stderr'; readonly chunk: Uint8Array }
  /**
   * The process could not start; `immediate` when `spawn` threw instead of emitting 'error'.
   * `cwdError` when its working directory could not be created (the message is the system's).
   */
  | { readonly type: 'error'; readonly id: number; readonly code?: string; readonly message: string; readonly immediate: boolean; readonly cwdError?: boolean }
  | { readonly type: 'exit'; readonly id: number; readonly code: number | null; readonly signal: string | null }
  /** `pid` when no 'spawned' came before: the process ended within moments of starting. */
  | { readonly type: 'close'; readonly id: number; readonly code: number | null; readonly signal: string | null; readonly pid?: number };
