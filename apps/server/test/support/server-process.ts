import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const SERVER_BIN = join(import.meta.dirname, '..', '..', 'dist', 'bin.js');

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
}

/** Starts `couler-server` as its own process and resolves once it listens. */
export function spawnServer(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_BIN, '--port', '0', '--quiet', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  return new Promise((resolve, reject) => {
    // A guard against a server that never listens, not a speed check: under the full suite's load
    // a start (PostgreSQL, migrations) once took over 30 s. The full suite's limit per test (300 s)
    // is longer, so this message, with the server's output, is what shows there.
    const timer = setTimeout(() => reject(new Error(`server did not start: ${text}`)), 180_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => text });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${text}`));
    });
  });
}

export function stopProcess(server: ServerProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
}
