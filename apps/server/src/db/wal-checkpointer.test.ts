import { describe, expect, it } from 'vitest';
import { startWalCheckpointer } from './wal-checkpointer';

describe('startWalCheckpointer', () => {
  it('reports a checkpoint thread that cannot open its database, so that the caller checkpoints instead', async () => {
    const failures: string[] = [];
    const checkpointer = startWalCheckpointer('/nonexistent-couler-dir/server.db', 50, (message) => failures.push(message));
    await expect.poll(() => failures.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(failures[0]).toMatch(/unable to open database|directory does not exist/i);
    await checkpointer.stop();
  });
});
