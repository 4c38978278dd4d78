#!/usr/bin/env node
// A benchmark, not a test: runs `couler` as a user does (node dist/bin.js, a new process, a
// workflow file it has never seen) on layered workflows of 1k, 10k and 100k steps and prints,
// per command, the best wall time of several runs (the machine may be shared: the least
// disturbed run), its CPU time and peak memory, the ratio to the size below (10 is linear) and
// the goal beside each figure. Run `pnpm build` first: it measures dist/, what users run.
// Beside `compile --split` and `split` it runs `floor-program.cjs` the same way: the least any
// Node program does with the same file (esbuild, run it, write the parts), so that a goal below
// what the machine allows shows as such.
// COULER_BENCH_SIZES=1000,10000 and COULER_BENCH_RUNS=5 change the sizes and the runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLayeredWorkflow } from './layered-workflow-file.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'dist', 'bin.js');
const FLOOR = join(here, 'floor-program.cjs');
const SIZES = (process.env.COULER_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.COULER_BENCH_RUNS ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'couler-cli-bench-'));

/**
 * The commands measured; `goal(figures)` says whether a size meets the issue's goal. A command
 * with a `program` runs that script instead of couler (the floors); `id` tells apart rows of one label.
 */
const idOf = (command) => command.id ?? command.label;
const COMMANDS = [
  { label: 'ir', argv: (file) => ['ir', file], goal: () => '(reference for validate)' },
  { label: 'validate', argv: (file) => ['validate', file], goal: (_size, best) => `≤ ir + 10% = ${(best.ir * 1.1).toFixed(2)} s` },
  { label: 'compile --split', argv: (file, out) => ['compile', file, '--split', '-o', out], goal: (size) => (size === 10_000 ? '< 0.65 s' : '') },
  { label: '  floor', id: 'compile-floor', program: FLOOR, argv: (file, out) => [file, out], goal: () => '(esbuild, run, write JSON)' },
  { label: 'split', argv: (file) => ['split', file], goal: (size) => (size === 100_000 ? '< 2 s, < 1 GB' : '') },
  { label: '  floor', id: 'split-floor', program: FLOOR, argv: (file) => [file, '--no-write'], goal: () => '(esbuild, run)' },
];

/** One run of `couler argv` on a fresh copy of the workflow file: wall ms, CPU ms, peak MiB. */
function runOnce(size, command, run) {
  const slug = idOf(command).replace(/\W+/g, '-');
  const directory = join(scratch, `${size}-${slug}-${run}`);
  const file = writeLayeredWorkflow(join(scratch, `wf-${size}-${slug}-${run}.ts`), size);
  const usageFile = join(scratch, `usage-${run}.json`);
  const start = performance.now();
  const result = spawnSync(process.execPath, ['-r', join(here, 'report-usage.cjs'), command.program ?? BIN, ...command.argv(file, directory)], {
    env: { ...process.env, COULER_BENCH_USAGE: usageFile },
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command.program ?? 'couler'} ${command.argv(file, directory).join(' ')} failed: ${result.stderr.toString().slice(0, 500)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  rmSync(directory, { recursive: true, force: true });
  rmSync(file);
  return { wallMs, cpuMs: usage.cpuMs, maxRssMiB: usage.maxRssKiB / 1024 };
}

const best = new Map();
for (const size of SIZES) {
  for (const command of COMMANDS) {
    const runs = Array.from({ length: size >= 100_000 ? Math.min(RUNS, 2) : RUNS }, (_, run) => runOnce(size, command, run));
    best.set(`${idOf(command)}@${size}`, {
      wallMs: Math.min(...runs.map((run) => run.wallMs)),
      cpuMs: Math.min(...runs.map((run) => run.cpuMs)),
      maxRssMiB: Math.min(...runs.map((run) => run.maxRssMiB)),
    });
  }
}
rmSync(scratch, { recursive: true, force: true });

const pad = (text, width) => String(text).padEnd(width);
console.log(`couler on layered workflows (10 steps a layer, each waiting for two above), best of ${RUNS} runs\n`);
console.log(`${pad('command', 17)}${pad('steps', 9)}${pad('wall', 9)}${pad('cpu', 9)}${pad('peak', 10)}${pad('× size below', 24)}goal`);
for (const command of COMMANDS) {
  SIZES.forEach((size, index) => {
    const figure = best.get(`${idOf(command)}@${size}`);
    const below = index > 0 ? best.get(`${idOf(command)}@${SIZES[index - 1]}`) : undefined;
    const ratio = below ? `${(figure.wallMs / below.wallMs).toFixed(1)}× (cpu ${(figure.cpuMs / below.cpuMs).toFixed(1)}×)` : '';
    const ir = best.get(`ir@${size}`);
    const goal = command.goal(size, { ir: ir.wallMs / 1000 });
    console.log(`${pad(command.label, 17)}${pad(size.toLocaleString('en'), 9)}${pad(`${(figure.wallMs / 1000).toFixed(2)} s`, 9)}${pad(`${(figure.cpuMs / 1000).toFixed(2)} s`, 9)}${pad(`${figure.maxRssMiB.toFixed(0)} MiB`, 10)}${pad(ratio, 24)}${goal}`);
  });
}
console.log('\nLinear growth is 10× per size step; the goal of the scaling tests is at most 15×.');
console.log('A floor row is floor-program.cjs on the same file: esbuild, the file run against a DSL that only records');
console.log('steps, the parts written as JSON: what a Node CLI that loads the file with esbuild pays before any work of its own.');
