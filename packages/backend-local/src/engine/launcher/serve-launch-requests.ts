import type { LaunchEvent, LaunchMessage, LaunchRequest, OutputLimits } from './launch-protocol';

/**
 * The whole program of the launcher process: spawns each requested process and reports its pid,
 * output, exit and close. It is started as `node -e "(<this function's source>)(require, limits)"`,
 * so its body must not refer to anything outside itself (only to `load`, Node's `require`, and
 * `limits`, plain data written into the command): that
 * keeps it working from `src/` under a test runner, from both builds in `dist/`, and inside a
 * user's bundle, with no file to locate at run time.
 *
 * When the engine goes away (its IPC channel closes: it exited or was killed with -9), the
 * launcher exits and leaves the step processes running, each in its own process group, exactly
 * as a dead engine leaves them when it spawned them itself: `resumeRun` stops them.
 */
export function serveLaunchRequests(load: (id: string) => unknown, limits: OutputLimits): void {
  // Inside the function: its source is all the launcher process gets.
  const SPAWNED_DELAY_MS = 20;
  const { spawn } = load('node:child_process') as typeof import('node:child_process');
  const { mkdirSync } = load('node:fs') as typeof import('node:fs');
  // Events wait for the end of the tick and go as one message: each message wakes the engine,
  // and two steps ending together then cost one wake-up.
  let outbox: LaunchEvent[] = [];
  const flush = () => {
    const events = outbox;
    outbox = [];
    if (events.length > 0 && process.connected) process.send!(events);
  };
  const send = (event: LaunchEvent) => {
    if (outbox.length === 0) setImmediate(flush);
    outbox.push(event);
  };
  // Read once: each read of `process.env` asks the C++ environment for every variable (about
  // 30 µs a spawn here, against 1 µs for a copy of this). No prototype: a variable named
  // __proto__ is a variable like any other.
  const ownEnv: Record<string, string | undefined> = Object.assign(Object.create(null), process.env);
  // Output sent and not yet acknowledged by the engine; past `limits.pauseBytes` every process's
  // pipes stop being read (a process writing more blocks, as under a slow terminal) until the
  // engine has read down to `limits.resumeBytes`.
  let unread = 0;
  let paused = false;
  const pipes = new Set<import('node:stream').Readable>();
  const relay = (id: number, stream: 'stdout' | 'stderr', chunk: Buffer) => {
    send({ type: 'data', id, stream, chunk });
    unread += chunk.length;
    if (!paused && unread > limits.pauseBytes) {
      paused = true;
      for (const pipe of pipes) pipe.pause();
    }
  };
  const read = (id: number, stream: 'stdout' | 'stderr', pipe: import('node:stream').Readable) => {
    pipes.add(pipe);
    pipe.on('data', (chunk: Buffer) => relay(id, stream, chunk));
    if (paused) pipe.pause();
    pipe.on('close', () => pipes.delete(pipe));
  };
  process.on('message', (messages: ReadonlyArray<LaunchMessage>) => {
    for (const message of messages) {
      if (message.type === 'spawn') {
        serve(message);
        continue;
      }
      unread -= message.bytes;
      if (paused && unread <= limits.resumeBytes) {
        paused = false;
        for (const pipe of pipes) pipe.resume();
      }
    }
  });
  const serve = (request: LaunchRequest) => {
    const { id } = request;
    let child: import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, import('node:stream').Readable>;
    try {
      if (request.createCwd) mkdirSync(request.cwd, { recursive: true });
    } catch (error) {
      send({ type: 'error', id, message: (error as Error).message, immediate: true, cwdError: true });
      return;
    }
    try {
      const env: Record<string, string | undefined> = Object.assign(Object.create(null), ownEnv);
      for (const [name, value] of request.env.set) env[name] = value;
      for (const name of request.env.unset) delete env[name];
      child = spawn(request.argv[0]!, request.argv.slice(1), { cwd: request.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      send({ type: 'error', id, ...(code !== undefined && { code }), message, immediate: true });
      return;
    }
    // The pid is told only if the process outlives SPAWNED_DELAY_MS; a shorter one's comes with
    // its close, a message fewer per step. Meanwhile a stop waits for it (`runProcess`), and a
    // resume after a kill -9 finds the process by its run id, not by this pid.
    const pid = child.pid;
    let spawnedTimer: NodeJS.Timeout | undefined;
    if (pid !== undefined) {
      spawnedTimer = setTimeout(() => {
        spawnedTimer = undefined;
        send({ type: 'spawned', id, pid });
      }, SPAWNED_DELAY_MS);
    }
    read(id, 'stdout', child.stdout);
    read(id, 'stderr', child.stderr);
    child.on('error', (error: NodeJS.ErrnoException) => send({ type: 'error', id, ...(error.code !== undefined && { code: error.code }), message: error.message, immediate: false }));
    // 'exit' matters only when 'close' is late (a background grandchild holds the pipes): a
    // message fewer per step otherwise.
    let exitTimer: NodeJS.Timeout | undefined;
    child.on('exit', (code, signal) => {
      exitTimer = setTimeout(() => send({ type: 'exit', id, code, signal }), 50);
    });
    child.on('close', (code, signal) => {
      clearTimeout(exitTimer);
      if (spawnedTimer !== undefined) {
        clearTimeout(spawnedTimer);
        send({ type: 'close', id, code, signal, pid });
      } else send({ type: 'close', id, code, signal });
    });
  };
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready' });
}
