// The engine's cost per step next to bare child_process.spawn of the same commands, measured in
// the same run. Not a test: it prints figures. Aim: within 1.3x of spawn.
// Run: pnpm --filter @couler/backend-local bench   (builds first through turbo)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '../dist/index.js';

const STEPS = Number(process.env.BENCH_STEPS ?? 1000);
const PARALLELISM = availableParallelism();
const COMMAND = ['true'];

function spawnOnce() {
  return new Promise((resolve, reject) => {
    const child = spawn(COMMAND[0], COMMAND.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** `count` spawns, at most `parallelism` at once (1: one after the other, like a chain). */
async function bareSpawn(count, parallelism) {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await spawnOnce();
    }
  };
  await Promise.all(Array.from({ length: parallelism }, worker));
  return performance.now() - start;
}

function workflow(shape) {
  const steps = Array.from({ length: STEPS }, (_, index) => ({
    name: `s${index}`,
    kind: 'container',
    container: { image: 'alpine', command: COMMAND },
    ...(shape === 'chain' && index > 0 && { dependencies: [`s${index - 1}`] }),
  }));
  return { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: `bench-${shape}` }, spec: { steps } };
}

async function engine(shape) {
  const home = mkdtempSync(join(tmpdir(), 'couler-bench-'));
  try {
    const start = performance.now();
    const summary = await runWorkflow(workflow(shape), { home, parallelism: PARALLELISM });
    const ms = performance.now() - start;
    if (summary.phase !== 'Succeeded') throw new Error(`bench run ${shape} ended ${summary.phase}: ${summary.message}`);
    return ms;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

await bareSpawn(50, PARALLELISM); // warm-up
console.log(`${STEPS} steps of \`${COMMAND.join(' ')}\`, parallelism ${PARALLELISM} (cores), node ${process.version}`);
console.log('shape   bare spawn/step   engine/step   overhead/step   ratio');
for (const shape of ['wide', 'chain']) {
  // Bare spawn right before the engine run: the machine's load drifts, both see the same.
  const bare = await bareSpawn(STEPS, shape === 'wide' ? PARALLELISM : 1);
  const ran = await engine(shape);
  const perBare = bare / STEPS;
  const perEngine = ran / STEPS;
  console.log(
    `${shape.padEnd(6)}  ${perBare.toFixed(2).padStart(12)} ms  ${perEngine.toFixed(2).padStart(9)} ms  ${(perEngine - perBare).toFixed(2).padStart(10)} ms   ${(perEngine / perBare).toFixed(2)}x`,
  );
}
