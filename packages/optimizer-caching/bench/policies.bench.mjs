#!/usr/bin/env node
// A benchmark, not a test: every cache policy on the three paper-shaped scenarios at 10, 20 and
// 30 GB, and on random DAG families (layered, fan-in, chains; 100 and 200 steps; two seeds) at
// 10/20/30 % of one run's bytes. Prints makespan and hit-ratio tables, and writes the full
// results to bench-results/caching.csv and a chart to bench-results/caching-makespan.svg.
// Everything is seeded: the same command prints the same table. Run `pnpm build` first.
//   node bench/policies.bench.mjs [--quick]   (--quick: paper scenarios only)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ONLINE_CACHE_POLICY_IDS,
  PAPER_SCENARIOS,
  RANDOM_DAG_FAMILIES,
  iterateScenario,
  randomScenario,
  simulatePolicy,
} from '../dist/index.js';

const quick = process.argv.includes('--quick');
const POLICIES = [...ONLINE_CACHE_POLICY_IDS, 'belady', 'offline-recompute'];
const ONLINE_BASELINES = ['fifo', 'lru', 'lfu', 'gdsf', 'lrc', 'mrd', 'couler-paper'];
const OFFLINE = ['belady', 'offline-recompute'];
const GB = 1e9;

const cells = [];
for (const [id, make] of Object.entries(PAPER_SCENARIOS)) {
  const workload = iterateScenario(make());
  for (const gigabytes of [10, 20, 30]) cells.push({ group: 'paper', name: id, capacityLabel: `${gigabytes} GB`, capacityBytes: gigabytes * GB, workload });
}
if (!quick) {
  for (const family of RANDOM_DAG_FAMILIES) {
    for (const size of [100, 200]) {
      for (const seed of [11, 12]) {
        const scenario = randomScenario(family, size, seed);
        const workload = iterateScenario(scenario, { seed });
        const runBytes = scenario.steps.reduce((sum, step) => sum + step.bytes, 0);
        for (const share of [0.1, 0.2, 0.3]) {
          cells.push({ group: 'random', name: scenario.name, capacityLabel: `${share * 100}%`, capacityBytes: Math.round(share * runBytes), workload });
        }
      }
    }
  }
}

const rows = [];
const started = Date.now();
for (const cell of cells) {
  const results = {};
  for (const policy of POLICIES) {
    results[policy] = await simulatePolicy(cell.workload, policy, { capacityBytes: cell.capacityBytes, timeLimitSeconds: 60 });
  }
  rows.push({ ...cell, results });
  process.stderr.write(`.${rows.length % 20 === 0 ? '\n' : ''}`);
}
process.stderr.write(`\n${cells.length} cells in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

const hours = (seconds) => (seconds / 3600).toFixed(1);
const pad = (text, width) => String(text).padStart(width);
const label = (row) => `${row.name} @ ${row.capacityLabel}`;
const labelWidth = Math.max(...rows.map((row) => label(row).length)) + 1;

function table(title, value) {
  console.log(`\n${title}`);
  console.log(`${'scenario @ capacity'.padEnd(labelWidth)}${POLICIES.map((policy) => pad(policy, Math.max(policy.length + 1, 7))).join('')}`);
  for (const row of rows) console.log(`${label(row).padEnd(labelWidth)}${POLICIES.map((policy) => pad(value(row.results[policy]), Math.max(policy.length + 1, 7))).join('')}`);
}

table('Makespan, hours (sum of the 30 runs\' critical paths; lower is better)', (result) => hours(result.makespanSeconds));
table('Hit ratio by count (memoization lookups)', (result) => result.hitRatio.toFixed(3));
table('Hit ratio by bytes', (result) => result.byteHitRatio.toFixed(3));
table('Recomputation saved, hours of step time', (result) => hours(result.recomputeSecondsSaved));
table('Bytes written to the cache, GB', (result) => (result.bytesWrittenToCache / GB).toFixed(0));

console.log('\nCouler (default) against the online baselines and the offline references');
console.log(`${'scenario @ capacity'.padEnd(labelWidth)}${pad('couler h', 10)}${pad('best online', 20)}${pad('beats all', 11)}${pad('best offline', 22)}${pad('gap closed', 12)}`);
let wins = 0;
const closed = [];
for (const row of rows) {
  const couler = row.results.couler.makespanSeconds;
  const bestOnline = ONLINE_BASELINES.map((policy) => [policy, row.results[policy].makespanSeconds]).sort((a, b) => a[1] - b[1])[0];
  const bestOffline = OFFLINE.map((policy) => [policy, row.results[policy].makespanSeconds]).sort((a, b) => a[1] - b[1])[0];
  const lru = row.results.lru.makespanSeconds;
  // Share of LRU's distance to the best offline reference that couler removes (>100%: beats it).
  const gap = lru - bestOffline[1] > 0 ? (lru - couler) / (lru - bestOffline[1]) : Number.NaN;
  if (couler < bestOnline[1]) wins += 1;
  if (Number.isFinite(gap)) closed.push(gap);
  console.log(
    `${label(row).padEnd(labelWidth)}${pad(hours(couler), 10)}${pad(`${hours(bestOnline[1])} ${bestOnline[0]}`, 20)}${pad(couler < bestOnline[1] ? 'yes' : 'NO', 11)}${pad(`${hours(bestOffline[1])} ${bestOffline[0]}`, 22)}${pad(Number.isFinite(gap) ? `${(gap * 100).toFixed(0)}%` : '-', 12)}`,
  );
}
closed.sort((a, b) => a - b);
console.log(`\ncouler beats every online baseline on makespan in ${wins} of ${rows.length} cells; median gap to the best offline reference closed (from LRU): ${(closed[Math.floor(closed.length / 2)] * 100).toFixed(0)}%`);

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'bench-results');
mkdirSync(out, { recursive: true });
const fields = ['lookups', 'hits', 'compulsoryMisses', 'hitRatio', 'byteHitRatio', 'reusableHitRatio', 'reads', 'readHits', 'makespanSeconds', 'recomputeSecondsSaved', 'computeSeconds', 'bytesWrittenToCache', 'peakCacheBytes', 'evictions'];
const csv = [['group', 'scenario', 'capacity', 'capacityBytes', 'policy', ...fields, 'offlineBoundSeconds'].join(',')];
for (const row of rows) {
  for (const policy of POLICIES) {
    const result = row.results[policy];
    csv.push([row.group, row.name, row.capacityLabel, row.capacityBytes, policy, ...fields.map((field) => result[field]), result.plan?.boundSeconds ?? ''].join(','));
  }
}
writeFileSync(join(out, 'caching.csv'), `${csv.join('\n')}\n`);
writeFileSync(join(out, 'caching-makespan.svg'), chart(rows.filter((row) => row.group === 'paper')));
console.log(`\nwrote ${join('bench-results', 'caching.csv')} and ${join('bench-results', 'caching-makespan.svg')}`);

/** Grouped bars: each paper cell's makespan per policy, relative to no cache. */
function chart(paperRows) {
  const shown = POLICIES.filter((policy) => policy !== 'none');
  const colors = ['#1f77b4', '#aec7e8', '#7f7f7f', '#ff7f0e', '#ffbb78', '#2ca02c', '#98df8a', '#d62728', '#ff9896', '#9467bd', '#8c564b', '#e377c2'];
  const barWidth = 7;
  const groupWidth = shown.length * barWidth + 14;
  const width = 70 + paperRows.length * groupWidth + 150;
  const height = 360;
  const plotTop = 30;
  const plotHeight = 250;
  const y = (ratio) => plotTop + plotHeight * (1 - ratio);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="10">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="10" y="18" font-size="12">Makespan relative to no cache (lower is better), paper-shaped scenarios</text>`,
  ];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(`<line x1="60" x2="${70 + paperRows.length * groupWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`);
    parts.push(`<text x="55" y="${y(tick) + 3}" text-anchor="end">${tick.toFixed(2)}</text>`);
  }
  paperRows.forEach((row, group) => {
    const left = 70 + group * groupWidth;
    const none = row.results.none.makespanSeconds;
    shown.forEach((policy, index) => {
      const ratio = row.results[policy].makespanSeconds / none;
      parts.push(`<rect x="${left + index * barWidth}" y="${y(ratio)}" width="${barWidth - 1}" height="${plotHeight * ratio}" fill="${colors[index % colors.length]}"><title>${policy}: ${ratio.toFixed(3)}</title></rect>`);
    });
    parts.push(`<text x="${left + (shown.length * barWidth) / 2}" y="${plotTop + plotHeight + 14}" text-anchor="middle">${row.capacityLabel}</text>`);
    parts.push(`<text x="${left + (shown.length * barWidth) / 2}" y="${plotTop + plotHeight + 28}" text-anchor="middle" font-size="9">${row.name}</text>`);
  });
  shown.forEach((policy, index) => {
    const top = plotTop + index * 16;
    const left = 80 + paperRows.length * groupWidth;
    parts.push(`<rect x="${left}" y="${top}" width="10" height="10" fill="${colors[index % colors.length]}"/><text x="${left + 14}" y="${top + 9}">${policy}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
