import type { ChildProcess } from 'node:child_process';
import { killGroup } from '../kill-group';
import { ACK_OUTPUT_BYTES, type EnvChange, type LaunchEvent, type LaunchMessage, type LaunchRequest } from './launch-protocol';
import { createCwdMessage, directSpawner, type ProcessSpawner, type SpawnListener, type SpawnRequest } from './process-spawner';
import { spawnLauncherProcess, STDERR_TAIL_BYTES, type LauncherProcess } from './launcher-process';
import { releasePrestartedLaunchers, takePrestartedLauncher } from './prestarted-launchers';

/** Restarts after a launcher died mid-run before the engine stops trusting it and spawns itself. */
const MAX_RESTARTS = 3;

export interface StepLauncherOptions {
  /** Told once when the engine stops using a launcher and spawns steps itself. */
  readonly onNotice?: (message: string) => void;
  /** The Node executable the launcher runs on. Default: the one running the engine. */
  readonly nodePath?: string;
  /**
   * Most launcher processes at once (default 1): a request goes to an idle one, or starts
   * another while under this number. Two on two cores spawn side by side.
   */
  readonly size?: number;
  /**
   * Undefined while the engine keeps up with the output it reads; else a promise of the moment
   * it has (the run log written to disk). Output is acknowledged to a launcher only then.
   */
  readonly outputBacklog?: () => Promise<void> | undefined;
}

interface InFlight {
  readonly request: SpawnRequest;
  readonly listener: SpawnListener;
  pid?: number;
}

interface Launcher {
  readonly child: ChildProcess;
  readonly inFlight: Map<number, InFlight>;
  ready: boolean;
  disconnected: boolean;
  exit?: { code: number | null; signal: string | null };
  /** Why it could not start at all. */
  startError?: string;
  stderr: string;
  /** Messages of this tick, sent together at its end (one wake-up of the launcher). */
  outbox: LaunchMessage[];
  /** Output read from it since the last acknowledgement (see `LaunchAck`). */
  unacknowledged: number;
  /** The environment the launcher was started with: requests send only their change of it. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** `wanted` as a change of `base`: what to set, and which of `base`'s variables to drop. */
export function envChange(base: Readonly<Record<string, string | undefined>>, wanted: Readonly<Record<string, string | undefined>>): EnvChange {
  const set: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(wanted)) if (value !== undefined && (!Object.hasOwn(base, name) || base[name] !== value)) set.push([name, value]);
  const unset: string[] = [];
  for (const name of Object.keys(base)) if (base[name] !== undefined && (!Object.hasOwn(wanted, name) || wanted[name] === undefined)) unset.push(name);
  return { set, unset };
}

/**
 * Spawns a run's step processes from small Node processes of its own (launchers: one, or up to
 * `size` when steps come while the others are busy), started on demand and kept for the run. On Linux, `spawn` forks the calling process, and a
 * fork costs more the more memory the caller has: from the engine (SQLite, the run's state, the
 * CLI's modules) it took about twice as long as from a bare Node, and it blocked the engine
 * meanwhile. The launcher only spawns and relays; timeouts, kills, logs and outputs stay in the
 * engine (`runProcess`), which signals process groups by pid itself.
 *
 * If the launcher dies, the steps it was watching are killed (nothing could report their end)
 * and fail as engine errors, and the next request starts a new launcher; after three deaths, or
 * if one never comes up, the engine spawns steps itself for the rest of the run, saying so once.
 */
export class StepLauncher implements ProcessSpawner {
  private readonly launchers: Launcher[] = [];
  private nextId = 1;
  private restarts = 0;
  private direct = false;
  private closed = false;

  constructor(private readonly options: StepLauncherOptions = {}) {}

  spawn(request: SpawnRequest, listener: SpawnListener): void {
    const launcher = this.direct || this.closed ? undefined : this.pick();
    if (!launcher) {
      directSpawner.spawn(request, listener);
      return;
    }
    const id = this.nextId++;
    launcher.inFlight.set(id, { request, listener });
    launcher.child.channel?.ref();
    const message: LaunchRequest = { type: 'spawn', id, argv: request.argv, cwd: request.cwd, env: envChange(launcher.env, request.env), ...(request.createCwd && { createCwd: true }) };
    this.post(launcher, message);
  }

  private post(launcher: Launcher, message: LaunchMessage): void {
    if (launcher.outbox.length === 0) setImmediate(() => this.flush(launcher));
    launcher.outbox.push(message);
  }

  private flush(launcher: Launcher): void {
    const messages = launcher.outbox;
    launcher.outbox = [];
    // A launcher gone meanwhile has failed these requests already (`onLauncherGone`).
    if (messages.length > 0 && launcher.child.connected) launcher.child.send(messages);
  }

  /** The pids of the launchers running now (for tests and diagnostics). */
  get pids(): number[] {
    return this.launchers.flatMap((launcher) => (launcher.child.pid === undefined ? [] : [launcher.child.pid]));
  }

  /**
   * Lets the launchers go (each exits once its channel closes), and waits for their exit before
   * this process ends: reaped, their CPU time counts in the engine's (`time couler run`).
   * Later requests spawn from this process.
   */
  close(): void {
    this.closed = true;
    releasePrestartedLaunchers();
    for (const launcher of this.launchers.splice(0)) {
      if (!launcher.child.connected) continue;
      this.flush(launcher);
      launcher.child.ref();
      launcher.child.disconnect();
    }
  }

  /** The least busy launcher; a new one while all are busy and there is room. */
  private pick(): Launcher | undefined {
    let best: Launcher | undefined;
    for (const launcher of this.launchers) if (!best || launcher.inFlight.size < best.inFlight.size) best = launcher;
    if (best && (best.inFlight.size === 0 || this.launchers.length >= Math.max(1, this.options.size ?? 1))) return best;
    return this.start() ?? best;
  }

  private start(): Launcher | undefined {
    const nodePath = this.options.nodePath ?? process.execPath;
    // One the CLI started while it loaded (`prestartLauncher`), else a new one.
    const prestarted = takePrestartedLauncher(nodePath);
    let started: LauncherProcess;
    try {
      started = prestarted ?? spawnLauncherProcess(nodePath);
    } catch (error) {
      this.goDirect(`the step launcher could not start (${(error as Error).message})`);
      return undefined;
    }
    const { child, env } = started;
    const launcher: Launcher = { child, inFlight: new Map(), ready: false, disconnected: false, stderr: prestarted?.stderr ?? '', outbox: [], unacknowledged: 0, env };
    this.launchers.push(launcher);
    child.stderr?.on('data', (chunk: Buffer) => {
      launcher.stderr = (launcher.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
    });
    child.on('message', (events: ReadonlyArray<LaunchEvent>) => {
      for (const event of events) this.onEvent(launcher, event);
    });
    for (const event of prestarted?.events ?? []) this.onEvent(launcher, event);
    child.on('error', (error) => {
      // A write to a launcher that just died fails too; its 'exit' says the rest.
      if (child.pid !== undefined || launcher.startError !== undefined) return;
      // It never started (no such executable, no memory): nothing it was sent has run.
      launcher.startError = error.message;
      launcher.exit = { code: null, signal: null };
      launcher.disconnected = true;
      this.onLauncherGone(launcher);
    });
    child.on('exit', (code, signal) => {
      launcher.exit = { code, signal };
      this.onLauncherGone(launcher);
    });
    // The channel closes once every message it sent has been read: only then is the account complete.
    child.on('disconnect', () => {
      launcher.disconnected = true;
      this.onLauncherGone(launcher);
    });
    return launcher;
  }

  private onEvent(launcher: Launcher, event: LaunchEvent): void {
    if (event.type === 'ready') {
      launcher.ready = true;
      return;
    }
    // Read is read, whoever it was for (a step settled meanwhile): the launcher counts it sent.
    if (event.type === 'data') {
      launcher.unacknowledged += event.chunk.byteLength;
      if (launcher.unacknowledged >= ACK_OUTPUT_BYTES) {
        const bytes = launcher.unacknowledged;
        launcher.unacknowledged = 0;
        const backlog = this.options.outputBacklog?.();
        if (backlog) void backlog.then(() => this.post(launcher, { type: 'ack', bytes }));
        else this.post(launcher, { type: 'ack', bytes });
      }
    }
    const entry = launcher.inFlight.get(event.id);
    if (!entry) return;
    switch (event.type) {
      case 'spawned':
        entry.pid = event.pid;
        entry.listener.onSpawn(event.pid);
        break;
      case 'data':
        entry.listener.onData(event.stream, event.chunk);
        break;
      case 'exit':
        entry.listener.onExit(event.code, event.signal);
        break;
      case 'error':
        this.settle(launcher, event.id);
        entry.listener.onError(event.cwdError ? { message: createCwdMessage(entry.request.cwd, event.message), immediate: true } : event);
        break;
      case 'close':
        this.settle(launcher, event.id);
        if (event.pid !== undefined && entry.pid === undefined) entry.listener.onSpawn(event.pid);
        entry.listener.onClose(event.code, event.signal);
        break;
    }
  }

  private settle(launcher: Launcher, id: number): void {
    launcher.inFlight.delete(id);
    // Idle, the launcher must not keep the engine's process alive.
    if (launcher.inFlight.size === 0) launcher.child.channel?.unref();
  }

  private onLauncherGone(launcher: Launcher): void {
    if (!launcher.disconnected || launcher.exit === undefined) return;
    const index = this.launchers.indexOf(launcher);
    if (index >= 0) this.launchers.splice(index, 1);
    if (launcher.inFlight.size === 0 || this.closed) return;
    const orphans = [...launcher.inFlight.values()];
    launcher.inFlight.clear();
    const how = launcher.exit.signal ? `was killed by ${launcher.exit.signal}` : `exited with code ${launcher.exit.code}`;
    const said = launcher.stderr.trim() === '' ? '' : `: ${launcher.stderr.trim().split('\n').slice(-3).join(' | ')}`;
    if (!launcher.ready) {
      // Nothing it was sent has started: run it all from here.
      this.goDirect(
        launcher.startError !== undefined
          ? `the step launcher could not start (${launcher.startError})`
          : `the step launcher (process ${launcher.child.pid}) ${how} before it was ready${said}`,
      );
      for (const { request, listener } of orphans) directSpawner.spawn(request, listener);
      return;
    }
    this.restarts++;
    if (this.restarts > MAX_RESTARTS) this.goDirect(`the step launcher died ${this.restarts} times`);
    for (const { pid, listener } of orphans) {
      // Its output can no longer be read nor its end seen: stop it, so that a retry or a resume
      // never runs beside it.
      if (pid !== undefined) killGroup(pid, 'SIGKILL');
      listener.onError({
        message: `The engine lost this step's process: the step launcher (process ${launcher.child.pid ?? '?'}) ${how}${said}. The process was stopped.`,
        immediate: false,
        lost: true,
      });
    }
  }

  private goDirect(why: string): void {
    if (this.direct) return;
    this.direct = true;
    this.options.onNotice?.(`Steps are spawned by the engine itself for the rest of this run: ${why}.`);
  }
}
