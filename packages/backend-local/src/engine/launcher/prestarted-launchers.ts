import type { LaunchEvent } from './launch-protocol';
import { spawnLauncherProcess, STDERR_TAIL_BYTES, type LauncherProcess } from './launcher-process';

/** The launcher started ahead of the engine, with what it said before the engine took it. */
export interface PrestartedLauncher extends LauncherProcess {
  /** Its messages so far (its 'ready'), to be handed on in order. */
  readonly events: LaunchEvent[];
  /** The end of what it printed on stderr so far. */
  readonly stderr: string;
}

interface Waiting {
  readonly launcher: LauncherProcess;
  readonly events: LaunchEvent[];
  stderr: string;
  gone: boolean;
  /** Removes the listeners that kept the account while it waited. */
  readonly release: () => void;
}

// One pool per process, whatever copy of this module asks: the CLI loads the small `launcher`
// entry early, the engine the package's index later.
const POOL = Symbol.for('@couler/backend-local/prestarted-launchers');
function pool(): Waiting[] {
  const holder = globalThis as { [POOL]?: Waiting[] };
  holder[POOL] ??= [];
  return holder[POOL];
}

/**
 * Starts the launcher of a run's first step before the run needs it. A launcher is a new Node
 * process, some 40 ms before it can spawn anything; started while the CLI still loads its own
 * modules, it is ready when the first step is, and a one-step `couler run` no longer waits for
 * it (0.41 → 0.35 s, median of 10). One only: a second one booting at the same time competed
 * with the loading CLI for the other core and made that run slower (0.39 s); the engine starts
 * the others when steps run side by side. A launcher the run does not take exits with it.
 */
export function prestartLauncher(options: { nodePath?: string } = {}): void {
  if (pool().length > 0) return;
  let launcher: LauncherProcess;
  try {
    launcher = spawnLauncherProcess(options.nodePath ?? process.execPath);
  } catch {
    return; // The engine will try again, and say why if it cannot.
  }
  const { child } = launcher;
  const waiting: Waiting = {
    launcher,
    events: [],
    stderr: '',
    gone: false,
    release: () => {
      child.off('message', onMessage);
      child.stderr?.off('data', onStderr);
      child.off('exit', onGone);
      child.off('error', onGone);
      child.off('disconnect', onGone);
    },
  };
  const onMessage = (events: ReadonlyArray<LaunchEvent>) => void waiting.events.push(...events);
  const onStderr = (chunk: Buffer) => {
    waiting.stderr = (waiting.stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
  };
  const onGone = () => {
    waiting.gone = true;
  };
  child.on('message', onMessage);
  child.stderr?.on('data', onStderr);
  child.on('exit', onGone);
  child.on('error', onGone);
  child.on('disconnect', onGone);
  pool().push(waiting);
}

/**
 * A launcher started ahead for `nodePath`, still alive and connected; the caller attaches its
 * own listeners at once (in the same tick) and replays `events`. Undefined when none is left.
 */
export function takePrestartedLauncher(nodePath: string): PrestartedLauncher | undefined {
  const waiting = pool();
  for (let index = 0; index < waiting.length; index += 1) {
    const candidate = waiting[index]!;
    if (candidate.launcher.nodePath !== nodePath) continue;
    waiting.splice(index, 1);
    index -= 1;
    candidate.release();
    if (candidate.gone || !candidate.launcher.child.connected) {
      discard(candidate);
      continue;
    }
    return { ...candidate.launcher, events: candidate.events, stderr: candidate.stderr };
  }
  return undefined;
}

/** Lets every launcher started ahead and not taken go: each exits once its channel closes. */
export function releasePrestartedLaunchers(): void {
  for (const candidate of pool().splice(0)) {
    candidate.release();
    discard(candidate);
  }
}

function discard({ launcher: { child } }: Waiting): void {
  child.on('error', () => undefined); // Nobody listens any more; a late error is of no interest.
  if (child.connected) child.disconnect();
}
