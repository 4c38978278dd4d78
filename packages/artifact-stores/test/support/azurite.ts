import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Azurite's well-known development account (public, in Microsoft's documentation). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** The account's blob endpoint, path-style: `http://127.0.0.1:PORT/devstoreaccount1`. */
  readonly endpoint: string;
  /** Every request of the access log: `METHOD /account/container/blob?query`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Starts the real Azure Storage emulator (Azurite's blob service) on a free loopback port, its data in `workspace`. */
export async function startAzurite(workspace: string): Promise<Azurite> {
  const packageDir = dirname(createRequire(import.meta.url).resolve('azurite/package.json'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(packageDir, 'dist/src/blob/main.js'), '--blobHost', '127.0.0.1', '--blobPort', '0', '--skipApiVersionCheck', '--loose', '--disableTelemetry', '--location', workspace],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const requests: string[] = [];
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`azurite exited (${code}) before listening: ${output}`)));
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      for (const match of chunk.matchAll(/"([A-Z]+) (\S+) HTTP\/[\d.]+"/g)) requests.push(`${match[1]} ${match[2]}`);
      const listening = /successfully listens on (http:\/\/\S+)/.exec(output);
      if (listening?.[1]) resolve(listening[1]);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
  });
  return {
    endpoint: `${url}/${AZURITE_ACCOUNT}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
