#!/usr/bin/env node
// Best cross-validated accuracy found against real trainings, on the AutoML example's tunable
// random forest (examples/automl/src/automl-tuned.ts): grid search, seeded random search,
// successive halving (trees as the fidelity, as Hyperband does for forests) and, when an LLM
// endpoint is configured (COULER_LLM_BASE_URL, COULER_LLM_MODEL), LLM-ranked top-K trained for real.
//
//   npx -y pnpm@10 --filter @couler/tuner-llm... build && npx -y pnpm@10 --filter @couler/tuner-llm bench
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLlmClient, findLlmConfig } from '@couler/llm';
import { gridCandidates, loadDataCard, loadModelCard, runTrials, tuneWorkflow } from '../dist/index.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const example = join(root, 'examples', 'automl');
const workflow = JSON.parse(execFileSync(process.execPath, [join(root, 'apps', 'cli', 'dist', 'bin.js'), 'ir', join(example, 'src', 'automl-tuned.ts'), '--json'], { encoding: 'utf8' }));
const home = mkdtempSync(join(tmpdir(), 'couler-tuner-bench-'));
const trials = { home };
const SEEDS = [1, 2, 3];
const BUDGET = 9;
const rows = [];
const best = (report) => Math.max(...report.steps[0].candidates.map((row) => row.measured ?? -Infinity));

const step = workflow.spec.steps.find((candidate) => candidate.name === 'cross-validate');
const grid = gridCandidates(step.tune.space, 3);
const gridTrials = await runTrials(workflow, 'cross-validate', grid, trials);
rows.push({ method: 'grid (3 per range)', seed: '—', trainings: gridTrials.length, best: Math.max(...gridTrials.map((trial) => trial.metric ?? -Infinity)) });

for (const seed of SEEDS) {
  const { report } = await tuneWorkflow(workflow, { budget: BUDGET, seed, strategy: 'random-search', trials });
  rows.push({ method: 'random search', seed, trainings: report.steps[0].trainings, best: best(report) });
}

// Successive halving: trees becomes the fidelity (2 → 6 → 18 → 54 → 162), depth is searched.
const halvingStep = { ...step, tune: { ...step.tune, space: { 'max-depth': step.tune.space['max-depth'] }, fidelity: { parameter: 'trees', min: 2, max: 162 } } };
const halving = { ...workflow, spec: { ...workflow.spec, steps: workflow.spec.steps.map((candidate) => (candidate.name === 'cross-validate' ? halvingStep : candidate)) } };
for (const seed of SEEDS) {
  const { report } = await tuneWorkflow(halving, { budget: BUDGET, seed, trials });
  const top = report.steps[0].candidates.filter((row) => row.fidelity === 162).map((row) => row.measured ?? -Infinity);
  rows.push({ method: 'successive halving', seed, trainings: report.steps[0].trainings, best: Math.max(...top) });
}

const config = findLlmConfig();
if (config) {
  const dataCard = loadDataCard(join(example, 'cards', 'penguins.data-card.yaml'));
  const modelCard = loadModelCard(join(example, 'cards', 'random-forest.model-card.yaml'));
  for (const seed of SEEDS) {
    const llm = createLlmClient(config);
    const { report } = await tuneWorkflow(workflow, { llm, dataCard, modelCard, candidates: BUDGET, verify: 3, seed, trials });
    rows.push({ method: `LLM top-3 of ${BUDGET} (${config.model})`, seed, trainings: report.steps[0].trainings, best: best(report), rho: report.steps[0].spearmanRho });
  }
} else {
  rows.push({ method: 'LLM-ranked top-K', seed: '—', trainings: 0, best: undefined, note: 'skipped: no COULER_LLM_BASE_URL / COULER_LLM_MODEL' });
}

const header = ['method', 'seed', 'real trainings', 'best accuracy', "Spearman's rho", 'note'];
const lines = [header, ...rows.map((row) => [row.method, String(row.seed), String(row.trainings), row.best === undefined ? '—' : row.best.toFixed(4), row.rho === undefined ? '' : row.rho.toFixed(2), row.note ?? ''])];
const widths = header.map((_, column) => Math.max(...lines.map((line) => line[column].length)));
console.log(`AutoML random forest (penguins, 5-fold CV accuracy); trials in ${home}`);
for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
