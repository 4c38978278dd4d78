#!/usr/bin/env node
// A benchmark, not a test: where `couler compile FILE --split -o DIR` spends its time, by phase,
// on a layered workflow it has never seen (1k, 10k by default). It runs the CLI as users do
// (node dist/bin.js, a new process) under V8's sampling profiler and sums the time under the
// functions that start each phase. The profiler adds its own cost, so read the shares and the
// ratio between sizes (10 is linear), and `cli-scale.bench.mjs` for the real seconds.
// COULER_BENCH_SIZES=1000,10000,100000 changes the sizes. Run `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLayeredWorkflow } from './layered-workflow-file.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'dist', 'bin.js');
const SIZES = (process.env.COULER_BENCH_SIZES ?? '1000,10000').split(',').map(Number);

/**
 * Phases, each the samples under the outermost frame of one of its functions (a phase nested in
 * another is counted in both: `dsl: validate` is part of `dsl: workflow()`).
 */
const PHASES = [
  ['load: esbuild bundle', ['bundleWorkflowModule']],
  ['dsl: workflow() in all', ['workflow']],
  ['dsl: validate (checkWorkflow)', ['finish>checkWorkflow']],
  ['dsl: canonicalize', ['finish>canonicalizeWorkflow']],
  ['cli: check of the export', ['loadWorkflow>checkWorkflow']],
  ['split: splitWorkflow', ['splitWorkflow']],
  ['argo: compileToArgo (parts)', ['compileToArgo']],
  ['argo: schema + lint (parts)', ['assertValidArgoDocument']],
  ['argo: YAML text', ['emitArgoYaml']],
  ['write files', ['writeFile', 'writeFileHandle']],
  ['garbage collector', ['(garbage collector)']],
];

/** Milliseconds by phase (and in all) from a `.cpuprofile`. */
function phasesOf(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfMicros = new Map();
  for (const [index, id] of profile.samples.entries()) selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  const totals = new Map(PHASES.map(([label]) => [label, 0]));
  let all = 0;
  for (const [id, micros] of selfMicros) {
    all += micros;
    const names = [];
    for (let at = id; at !== undefined; at = parentOf.get(at)) names.push(byId.get(at).callFrame.functionName);
    const stack = names.reverse();
    for (const [label, patterns] of PHASES) {
      const hit = patterns.some((pattern) => {
        const [outer, inner] = pattern.includes('>') ? pattern.split('>') : [undefined, pattern];
        const at = stack.indexOf(inner);
        return at >= 0 && (outer === undefined || stack.lastIndexOf(outer, at) >= 0);
      });
      if (hit) totals.set(label, totals.get(label) + micros);
    }
  }
  return { all: all / 1000, phases: new Map([...totals].map(([label, micros]) => [label, micros / 1000])) };
}

const scratch = mkdtempSync(join(tmpdir(), 'couler-phases-bench-'));
const results = new Map();
for (const size of SIZES) {
  const file = writeLayeredWorkflow(join(scratch, `wf-${size}.ts`), size);
  const profiles = join(scratch, `profiles-${size}`);
  const result = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, BIN, 'compile', file, '--split', '-o', join(scratch, `out-${size}`)], { maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`couler compile failed: ${result.stderr.toString().slice(0, 500)}`);
  const [profileFile] = readdirSync(profiles);
  results.set(size, phasesOf(JSON.parse(readFileSync(join(profiles, profileFile), 'utf8'))));
}
rmSync(scratch, { recursive: true, force: true });

const pad = (text, width) => String(text).padEnd(width);
console.log('couler compile --split of a layered workflow, by phase (ms under the CPU profiler; ratio to the size below)\n');
console.log(`${pad('phase', 32)}${SIZES.map((size) => pad(size.toLocaleString('en'), 20)).join('')}`);
const row = (label, figureOf) =>
  console.log(
    `${pad(label, 32)}${SIZES.map((size, index) => {
      const figure = figureOf(results.get(size));
      const below = index > 0 ? figureOf(results.get(SIZES[index - 1])) : undefined;
      return pad(`${figure.toFixed(0)}${below ? ` (${(figure / below).toFixed(1)}×)` : ''}`, 20);
    }).join('')}`,
  );
for (const [label] of PHASES) row(label, (result) => result.phases.get(label));
row('all (profiled process)', (result) => result.all);
