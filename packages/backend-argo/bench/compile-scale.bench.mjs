#!/usr/bin/env node
// A benchmark, not a test: compiles 1k, 10k and 100k-step workflows (a chain, a fan-out and a
// diamond lattice) to Argo YAML, checks the result as `--validate` does (schema and lint), and
// prints the best of a few runs (the machine may be shared), the ratio to the size below (10× is
// linear; the scaling test compile-scaling.test.ts fails past 15×) and the goal beside it.
// Aim: 10k steps in under a second, YAML included. Run `pnpm build` first: it measures dist/.
import { performance } from 'node:perf_hooks';
import { IR_API_VERSION } from '@couler/ir';
import { assertValidArgoDocument, compileToArgo, emitArgoYaml } from '../dist/index.js';

const SIZES = (process.env.COULER_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
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

function measureOnce(workflow) {
  // Workflows this large exceed Argo's 1 MiB object: warn instead of refusing, and time it all.
  const start = performance.now();
  const { document } = compileToArgo(workflow, { sizeLimit: 'warn' });
  const compiled = performance.now();
  const yaml = emitArgoYaml(document);
  const emitted = performance.now();
  assertValidArgoDocument(document);
  const end = performance.now();
  return { compileMs: compiled - start, emitMs: emitted - compiled, validateMs: end - emitted, totalMs: emitted - start, bytes: Buffer.byteLength(yaml) };
}

/** The least disturbed of a few runs, figure by figure. */
function measure(workflow, runs) {
  const all = Array.from({ length: runs }, () => measureOnce(workflow));
  const least = (key) => Math.min(...all.map((run) => run[key]));
  return { compileMs: least('compileMs'), emitMs: least('emitMs'), validateMs: least('validateMs'), totalMs: least('totalMs'), bytes: all[0].bytes };
}

// The first check of a run loads the validators the build generated (Ajv standalone code).
const firstDocument = compileToArgo(workflowOf('chain', 10)).document;
const loadStart = performance.now();
assertValidArgoDocument(firstDocument);
console.log(`first --validate of a run (loads the generated validators): ${(performance.now() - loadStart).toFixed(0)} ms (goal: no schema compile, tens of ms)\n`);

const rows = [];
for (const shape of Object.keys(shapes)) {
  measureOnce(workflowOf(shape, 500)); // warm up the JIT
  for (const size of SIZES) {
    const result = measure(workflowOf(shape, size), size >= 100_000 ? 2 : 3);
    rows.push({ shape, size, ...result });
  }
}

const pad = (text, width) => String(text).padStart(width);
console.log(`${'shape'.padEnd(16)}${pad('steps', 9)}${pad('compile ms', 12)}${pad('yaml ms', 10)}${pad('total ms', 10)}${pad('× below', 9)}${pad('validate ms', 13)}${pad('× below', 9)}${pad('MiB', 7)}  goal`);
rows.forEach((row, index) => {
  const below = index > 0 && rows[index - 1].shape === row.shape ? rows[index - 1] : undefined;
  const ratio = (key) => (below ? `${(row[key] / below[key]).toFixed(1)}×` : '');
  const goal = [row.size === 10_000 ? 'total < 1000 ms' : '', below ? 'each × ≤ 15' : ''].filter(Boolean).join(', ');
  console.log(
    `${row.shape.padEnd(16)}${pad(row.size.toLocaleString('en'), 9)}${pad(row.compileMs.toFixed(0), 12)}${pad(row.emitMs.toFixed(0), 10)}${pad(row.totalMs.toFixed(0), 10)}${pad(ratio('totalMs'), 9)}${pad(row.validateMs.toFixed(0), 13)}${pad(ratio('validateMs'), 9)}${pad((row.bytes / 1048576).toFixed(1), 7)}  ${goal}`,
  );
});
let linear = true;
for (const shape of Object.keys(shapes)) {
  const [small, , large] = rows.filter((row) => row.shape === shape);
  if (!large) continue;
  // Time per step at 100k within 3x of that at 1k: linear, give or take GC and cache effects.
  const ratio = (large.totalMs + large.validateMs) / large.size / ((small.totalMs + small.validateMs) / small.size);
  console.log(`${shape}: time per step (compile, YAML, validate) at ${large.size.toLocaleString('en')} is ${ratio.toFixed(2)}x that at ${small.size.toLocaleString('en')}`);
  if (ratio > 3) linear = false;
}
const tenK = rows.filter((row) => row.size === 10_000);
console.log(`10k steps: ${tenK.map((row) => `${row.shape} ${row.totalMs.toFixed(0)} ms`).join(', ')} (aim: under 1000 ms; best of 3 runs)`);
console.log(linear ? 'growth: linear' : 'growth: NOT linear');
