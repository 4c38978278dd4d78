#!/usr/bin/env node
// A benchmark, not a test: compiles 1k, 10k and 100k-step workflows (a chain, a fan-out and a
// diamond lattice) to Argo YAML and prints the time and steps per second of each, then whether
// the time grows linearly with the number of steps. Aim: 10k steps in under a second, YAML
// serialization included. Run `pnpm build` first: it measures dist/, what users run.
import { performance } from 'node:perf_hooks';
import { IR_API_VERSION } from '@couler/ir';
import { compileToArgo, emitArgoYaml } from '../dist/index.js';

const SIZES = [1_000, 10_000, 100_000];
const LATTICE_WIDTH = 10;

function step(name, dependencies) {
  return {
    name,
    kind: 'container',
    container: { image: 'alpine:3.20', command: ['echo'], args: [name] },
    ...(dependencies.length > 0 && { dependencies }),
  };
}

const shapes = {
  chain: (size) => Array.from({ length: size }, (_, index) => step(`s${index}`, index === 0 ? [] : [`s${index - 1}`])),
  'fan-out': (size) => [step('root', []), ...Array.from({ length: size - 1 }, (_, index) => step(`s${index}`, ['root']))],
  'diamond lattice': (size) =>
    Array.from({ length: size }, (_, index) => {
      const layer = Math.floor(index / LATTICE_WIDTH);
      const column = index % LATTICE_WIDTH;
      if (layer === 0) return step(`s${index}`, []);
      const above = (offset) => `s${(layer - 1) * LATTICE_WIDTH + ((column + offset) % LATTICE_WIDTH)}`;
      return step(`s${index}`, [...new Set([above(0), above(1)])]);
    }),
};

function workflowOf(shape, size) {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: `${shape.replace(/ /g, '-')}-${size}` }, spec: { steps: shapes[shape](size) } };
}

function measure(workflow) {
  // Workflows this large exceed Argo's 1 MiB object: warn instead of refusing, and time it all.
  const start = performance.now();
  const { document } = compileToArgo(workflow, { sizeLimit: 'warn' });
  const compiled = performance.now();
  const yaml = emitArgoYaml(document);
  const end = performance.now();
  return { compileMs: compiled - start, emitMs: end - compiled, totalMs: end - start, bytes: Buffer.byteLength(yaml) };
}

const rows = [];
for (const shape of Object.keys(shapes)) {
  measure(workflowOf(shape, 500)); // warm up the JIT
  for (const size of SIZES) {
    const result = measure(workflowOf(shape, size));
    rows.push({ shape, size, ...result });
  }
}

const pad = (text, width) => String(text).padStart(width);
console.log(`${'shape'.padEnd(16)}${pad('steps', 9)}${pad('compile ms', 12)}${pad('yaml ms', 10)}${pad('total ms', 10)}${pad('steps/s', 11)}${pad('MiB', 8)}`);
for (const row of rows) {
  console.log(
    `${row.shape.padEnd(16)}${pad(row.size.toLocaleString('en'), 9)}${pad(row.compileMs.toFixed(0), 12)}${pad(row.emitMs.toFixed(0), 10)}${pad(row.totalMs.toFixed(0), 10)}${pad(Math.round(row.size / (row.totalMs / 1000)).toLocaleString('en'), 11)}${pad((row.bytes / 1048576).toFixed(1), 8)}`,
  );
}
let linear = true;
for (const shape of Object.keys(shapes)) {
  const [small, , large] = rows.filter((row) => row.shape === shape);
  // Time per step at 100k within 3x of that at 1k: linear, give or take GC and cache effects.
  const ratio = large.totalMs / large.size / (small.totalMs / small.size);
  console.log(`${shape}: time per step at ${large.size.toLocaleString('en')} is ${ratio.toFixed(2)}x that at ${small.size.toLocaleString('en')}`);
  if (ratio > 3) linear = false;
}
const tenK = rows.filter((row) => row.size === 10_000);
console.log(`10k steps: ${tenK.map((row) => `${row.shape} ${row.totalMs.toFixed(0)} ms`).join(', ')} (aim: under 1000 ms)`);
console.log(linear ? 'growth: linear' : 'growth: NOT linear');
