import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { resumeRun } from '../src/run-workflow';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

const CHAINS = 4;
const LENGTH = 30;

describe('kill -9 while steps finish in a burst', () => {
  it('loses no step reported or recorded as succeeded, and starts no step before what it depends on is recorded', { timeout: 120_000 }, async () => {
    const scratch = dirs.scratch();
    const home = dirs.home();
    const log = join(scratch, 'log');
    // Four chains of quick steps side by side: completions and the starts they release come
    // close together, so the kill lands among queued records, commits and launches.
    const name = (chain: number, index: number) => `c${chain}-${index}`;
    const steps = Array.from({ length: CHAINS * LENGTH }, (_, position) => {
      const chain = position % CHAINS;
      const index = Math.floor(position / CHAINS);
      return sh(name(chain, index), `echo ${name(chain, index)} >> ${log}`, index > 0 ? { dependencies: [name(chain, index - 1)] } : {});
    });
    const file = join(scratch, 'workflow.json');
    writeFileSync(file, JSON.stringify(workflowOf('burst', steps)));
    const engine = spawn(process.execPath, [join(import.meta.dirname, 'fixtures', 'run-engine.mjs'), home, file, 'burst-run', String(CHAINS)], { stdio: ['ignore', 'pipe', 'ignore'] });
    const reported = new Set<string>();
    const exited = new Promise((resolve) => engine.once('exit', resolve));
    // Kill once a quarter of the steps were reported: the rest are still coming.
    await new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input: engine.stdout });
      lines.on('line', (line) => {
        if (!line.startsWith('{')) return;
        const event = JSON.parse(line) as { type: string; stepId?: string; phase?: string };
        if (event.type === 'step-finished' && event.phase === 'Succeeded') reported.add(event.stepId!);
        if (reported.size === (CHAINS * LENGTH) / 4) {
          engine.kill('SIGKILL');
          resolve();
        }
      });
      engine.once('exit', () => reject(new Error(`the engine ended before it was killed, having reported ${reported.size} steps`)));
    });
    await exited;

    const store = new StateStore(resolveCoulerHome(home).database);
    const recorded = new Set(store.getSteps('burst-run').filter((step) => step.phase === 'Succeeded').map((step) => step.id));
    store.close();
    const ranBefore = readFileSync(log, 'utf8').trim().split('\n');
    // Every step reported succeeded was on disk when the engine died…
    expect([...reported].filter((id) => !recorded.has(id))).toEqual([]);
    // …and every step that ran found the step before it in its chain recorded.
    const early = ranBefore.filter((id) => {
      const [chain, index] = id.slice(1).split('-').map(Number);
      return index! > 0 && !recorded.has(name(chain!, index! - 1));
    });
    expect(early).toEqual([]);

    const summary = await resumeRun('burst-run', { home });
    expect(summary.phase).toBe('Succeeded');
    const runs = readFileSync(log, 'utf8').trim().split('\n');
    const count = (id: string) => runs.filter((line) => line === id).length;
    // Nothing recorded as succeeded ran again; everything ran.
    expect([...recorded].filter((id) => count(id) !== 1)).toEqual([]);
    expect(steps.filter((step) => count(step.name) === 0).map((step) => step.name)).toEqual([]);
  });
});
