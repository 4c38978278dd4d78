// pass@k of natural language → Couler code, in the form of Table II of the Couler paper, with
// Table III's tokens per workflow: Algorithm 1 ("+ Couler pipeline") against one plain prompt
// ("alone"), over the task set shipped in src/eval/nl-tasks.ts, on any OpenAI-compatible endpoint.
//
//   pnpm bench:nl --base-url http://127.0.0.1:11434/v1 --model llama3.1:8b [--api-key …] [--embedding-model nomic-embed-text]
//                 [--samples 5] [--temperatures 0.2,0.6,0.8] [--methods plain,couler]
//                 [--tasks 10 | --tasks coin-flip,diamond] [--concurrency 2] [--out results.json]
//
// Every sample's result is saved as JSON (default bench/results/pass-at-k-<model>-<time>.json).
// Build first: pnpm --filter @couler/nl build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLlmClient, formatUsage, resolveLlmConfig } from '@couler/llm';
import { formatEvaluationTable, NL_TASKS, runEvaluation } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    model: { type: 'string' },
    'embedding-model': { type: 'string' },
    'api-key': { type: 'string' },
    samples: { type: 'string', default: '5' },
    temperatures: { type: 'string', default: '0.2,0.6,0.8' },
    methods: { type: 'string', default: 'plain,couler' },
    tasks: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    'baseline-score': { type: 'string' },
    out: { type: 'string' },
  },
});

let config;
try {
  config = resolveLlmConfig({ options: { baseUrl: values['base-url'], model: values.model, apiKey: values['api-key'], embeddingModel: values['embedding-model'] } });
} catch (error) {
  console.error(`${error.message}\n${error.hint ?? ''}`);
  process.exit(1);
}

const tasks = !values.tasks ? NL_TASKS : /^\d+$/.test(values.tasks) ? NL_TASKS.slice(0, Number(values.tasks)) : NL_TASKS.filter((task) => values.tasks.split(',').includes(task.id));
if (tasks.length === 0) {
  console.error(`--tasks names no task; ids: ${NL_TASKS.map((task) => task.id).join(', ')}`);
  process.exit(1);
}
const temperatures = values.temperatures.split(',').map(Number);
const methods = values.methods.split(',');
const samples = Number(values.samples);
const llm = createLlmClient(config);
const total = tasks.length * temperatures.length * methods.length * samples;
let done = 0;
console.error(`${total} samples: ${tasks.length} tasks × ${temperatures.length} temperatures × ${methods.length} methods × n=${samples}, model ${config.model} at ${config.baseUrl}`);

const report = await runEvaluation({
  llm,
  tasks,
  methods,
  temperatures,
  samples,
  concurrency: Number(values.concurrency),
  ...(values['baseline-score'] !== undefined && { baselineScore: Number(values['baseline-score']) }),
  onSample: (result) => {
    done += 1;
    console.error(`[${done}/${total}] ${result.method} t=${result.temperature} ${result.task}#${result.sample}: ${result.passed ? 'pass' : `fail (${result.failures[0] ?? ''})`.slice(0, 160)}`);
  },
});

const out = resolve(values.out ?? join(import.meta.dirname, 'results', `pass-at-k-${config.model.replace(/[^A-Za-z0-9.-]+/g, '_')}-${report.startedAt.replace(/[:.]/g, '-')}.json`));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(formatEvaluationTable(report));
console.log(`LLM usage: ${formatUsage(llm.usage)}`);
console.log(`results: ${out}`);
