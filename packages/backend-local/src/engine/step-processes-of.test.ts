import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stepProcessesOf } from './step-processes-of';

describe.runIf(process.platform === 'linux')('stepProcessesOf', () => {
  it('finds the processes of a run, and what they started, by the run id in their environment', async () => {
    const runId = `orphans-${process.pid}`;
    const step = spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], { env: { PATH: process.env.PATH, COULER_RUN_ID: runId }, stdio: ['ignore', 'pipe', 'ignore'] });
    const other = spawn('sleep', ['30'], { env: { PATH: process.env.PATH, COULER_RUN_ID: `${runId}-other` }, stdio: 'ignore' });
    let grandchild = 0;
    try {
      grandchild = await new Promise<number>((resolve) => step.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
      expect(stepProcessesOf(runId).sort()).toEqual([step.pid, grandchild].sort());
      expect(stepProcessesOf('no-such-run')).toEqual([]);
    } finally {
      for (const pid of [step.pid, other.pid, grandchild]) if (pid) process.kill(pid, 'SIGKILL');
    }
  });
});
