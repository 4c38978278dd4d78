// `couler run` of N trivial steps, through the CLI as a user runs it, next to a bare
// child_process.spawn loop of the same commands at the same parallelism, measured in the same
// run, one after the other. Not a test: it prints figures. Aim: within 1.3x of the bare loop.
//   pnpm --filter @couler/backend-local bench       (needs apps/cli built: pnpm turbo run build --filter=@couler/cli...)
//   BENCH_STEPS=1000 BENCH_PARALLELISM=2 BENCH_ROUNDS=3 [BENCH_SHAPES=wide] [BENCH_CLI=…/bin.js] node bench/engine-overhead.bench.mjs
// Wall time is what the aim is about; CPU time (user + system, the process and all it waited
// for) is printed beside it because on a loaded machine it moves less from run to run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const STEPS = Number(process.env.BENCH_STEPS ?? 1000);
const PARALLELISM = Number(process.env.BENCH_PARALLELISM ?? availableParallelism());
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COMMAND = ['sh', '-c', 'true'];
// BENCH_SHAPES=wide: only the side-by-side run (a chain takes several times longer). `one` is a
// single step: the engine's fixed cost (start-up, state, launcher) against one bare spawn.
const SHAPES = (process.env.BENCH_SHAPES ?? 'wide,chain,one').split(',');
const stepsOf = (shape) => (shape === 'one' ? 1 : STEPS);
// BENCH_CLI: another build of the CLI (another checkout's apps/cli/dist/bin.js), to compare.
const CLI = process.env.BENCH_CLI ?? join(import.meta.dirname, '..', '..', '..', 'apps', 'cli', 'dist', 'bin.js');

if (!existsSync(CLI)) {
  console.error(`${CLI} is missing: build the CLI first (pnpm turbo run build --filter=@couler/cli...).`);
  process.exit(1);
}

/** CPU milliseconds of this process and of the children it has waited for (Linux /proc). */
function cpu() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
  const tick = 100; // USER_HZ: 100 on Linux
  return { self: ((fields[11] + fields[12]) * 1000) / tick, children: ((fields[13] + fields[14]) * 1000) / tick };
}

// The bare loop runs in a Node process of its own, started for it, as `couler run` is: both pay
// a Node start-up (about 0.1 s of CPU here); what the CLI loads beyond it counts as the engine's.
const BARE_LOOP = `
const { spawn } = require('node:child_process');
const [count, parallelism, command] = [Number(process.argv[1]), Number(process.argv[2]), JSON.parse(process.argv[3])];
const spawnOnce = () => new Promise((resolve, reject) => {
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.resume();
  child.stderr.resume();
  child.on('error', reject);
  child.on('close', resolve);
});
let next = 0;
const worker = async () => {
  while (next < count) {
    next++;
    await spawnOnce();
  }
};
Promise.all(Array.from({ length: parallelism }, worker)).catch((error) => { console.error(error); process.exit(1); });
`;

// Preloaded (node -r) into the bare loop and into `couler run`: the process's own CPU time, at
// exit, to the file COULER_BENCH_OWN_CPU names. The rest of what the bench waited for is their
// children's: the steps (and, for couler, its launchers).
const OWN_CPU_PRELOAD = `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.COULER_BENCH_OWN_CPU, String((u.userCPUTime + u.systemCPUTime) / 1000)); });`;

/** Milliseconds of CPU the process that wrote `file` spent itself (see OWN_CPU_PRELOAD). */
const ownCpuIn = (file) => Number(readFileSync(file, 'utf8'));

/** `count` spawns, at most `parallelism` at once (1: one after the other, like a chain), from a new Node process. */
async function bareSpawn(count, parallelism) {
  const before = cpu();
  const start = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', preload, '-e', BARE_LOOP, String(count), String(parallelism), JSON.stringify(COMMAND)], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, COULER_BENCH_OWN_CPU: ownCpuFile },
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const after = cpu();
  if (code !== 0) throw new Error(`the bare spawn loop exited ${code}`);
  return { ms, cpuMs: after.children - before.children, ownCpuMs: ownCpuIn(ownCpuFile) };
}

function workflow(shape) {
  const steps = Array.from({ length: stepsOf(shape) }, (_, index) => ({
    name: `s${index}`,
    kind: 'container',
    container: { image: 'alpine', command: COMMAND },
    ...(shape === 'chain' && index > 0 && { dependencies: [`s${index - 1}`] }),
  }));
  return { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: `bench-${shape}` }, spec: { steps } };
}

/** `couler run FILE --no-cache --parallelism P`, its output to a file as `couler run … > log` writes it. */
async function coulerRun(file, dir, name) {
  // A home per run, all removed at the end: on an ext4 disk without a journal, every new inode
  // skips those freed in the last minutes, so deleting the last run's 3,000 files right before
  // this one would make its directories cost several times what they do in use.
  const home = join(dir, `home-${name}`);
  const out = openSync(join(dir, 'run.log'), 'w');
  const before = cpu();
  const start = performance.now();
  const code = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', preload, CLI, 'run', file, '--no-cache', '--parallelism', String(PARALLELISM), '--home', home], {
      stdio: ['ignore', out, out],
      env: { ...process.env, COULER_BENCH_OWN_CPU: ownCpuFile },
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  const ms = performance.now() - start;
  const after = cpu();
  closeSync(out);
  if (code !== 0) throw new Error(`couler run exited ${code}:\n${readFileSync(join(dir, 'run.log'), 'utf8').slice(-2000)}`);
  return { ms, cpuMs: after.children - before.children, ownCpuMs: ownCpuIn(ownCpuFile) };
}

const dir = mkdtempSync(join(tmpdir(), 'couler-bench-'));
const preload = join(dir, 'own-cpu.cjs');
const ownCpuFile = join(dir, 'own-cpu.txt');
writeFileSync(preload, OWN_CPU_PRELOAD);
try {
  const files = Object.fromEntries(
    ['wide', 'chain', 'one'].map((shape) => {
      const file = join(dir, `${shape}.json`);
      writeFileSync(file, JSON.stringify(workflow(shape)));
      return [shape, file];
    }),
  );
  await bareSpawn(50, PARALLELISM); // warm-up
  console.log(`${STEPS} steps (one: 1) of \`${COMMAND.join(' ')}\`, --parallelism ${PARALLELISM}, ${ROUNDS} rounds, node ${process.version}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
  console.log('shape  round   bare spawn   couler run   ratio (wall)   bare cpu   couler cpu   ratio (cpu)   cpu: loop + steps | engine + launchers & steps');
  for (const shape of SHAPES) {
    const ratios = [];
    const cpuRatios = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Bare spawn right before the engine run: the machine's load drifts, both see the same.
      const bare = await bareSpawn(stepsOf(shape), shape === 'wide' ? PARALLELISM : 1);
      const ran = await coulerRun(files[shape], dir, `${shape}-${round}`);
      ratios.push(ran.ms / bare.ms);
      cpuRatios.push(ran.cpuMs / bare.cpuMs);
      const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
      // Where the CPU went: the Node process itself (the loop, or the engine) + what it started.
      const split = ({ cpuMs, ownCpuMs }) => `${(ownCpuMs / 1000).toFixed(2)} + ${((cpuMs - ownCpuMs) / 1000).toFixed(2)} s`;
      console.log(
        `${shape.padEnd(6)} ${String(round).padStart(5)}   ${seconds(bare.ms)}    ${seconds(ran.ms)}    ${(ran.ms / bare.ms).toFixed(2).padStart(9)}x   ${seconds(bare.cpuMs)}   ${seconds(ran.cpuMs)}   ${(ran.cpuMs / bare.cpuMs).toFixed(2).padStart(9)}x   ${split(bare)} | ${split(ran)}`,
      );
    }
    const summary = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return `best ${sorted[0].toFixed(2)}x, median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}x`;
    };
    // One step is all fixed cost, Node's start-up included on both sides: no aim, a figure to watch.
    console.log(`${shape.padEnd(6)} wall ratio: ${summary(ratios)}; cpu ratio: ${summary(cpuRatios)}${shape === 'one' ? ' (the fixed cost of a run)' : ' (aim 1.3x)'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
