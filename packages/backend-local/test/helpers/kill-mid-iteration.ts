import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveCoulerHome } from '../../src/state/couler-home';
import { StateStore } from '../../src/state/state-store';

interface EngineOptions {
  readonly home: string;
  readonly file: string;
  readonly runId: string;
  readonly slots: number;
  readonly parameters?: string;
}

/**
 * Runs `file` in an engine process of its own (`fixtures/run-engine.mjs`) and kills it with
 * SIGKILL once iteration 2 of fan-out `models` is training and iterations 0, 1, 3 and 4 have
 * evaluated: the point where what must not run again on resume is known.
 */
export async function killMidIteration(options: EngineOptions): Promise<void> {
  await killEngineWhen(options, 'the middle of iteration c', (store) => {
    const running = store.runningAttempts(options.runId).some((attempt) => attempt.stepId === 'models[2].train');
    const others = store.getSteps(options.runId).filter((step) => /^models\[[0134]\]\.evaluate$/.test(step.id) && step.phase === 'Succeeded');
    return running && others.length === 4;
  });
}

/** Runs `file` in an engine process of its own and kills it with SIGKILL once `ready` holds of the run's recorded state. */
export async function killEngineWhen(options: EngineOptions, point: string, ready: (store: StateStore) => boolean): Promise<void> {
  const { home, file, runId, slots, parameters } = options;
  const args = [join(import.meta.dirname, '..', 'fixtures', 'run-engine.mjs'), home, file, runId, String(slots), ...(parameters === undefined ? [] : [parameters])];
  const engine = spawn(process.execPath, args, { stdio: 'ignore' });
  const database = resolveCoulerHome(home).database;
  const deadline = Date.now() + 60_000;
  for (let reached = false; !reached; ) {
    if (Date.now() > deadline) throw new Error(`the child engine never reached ${point}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!existsSync(database)) continue;
    const store = new StateStore(database);
    reached = ready(store);
    store.close();
  }
  engine.kill('SIGKILL');
  await new Promise((resolve) => engine.once('exit', resolve));
}
