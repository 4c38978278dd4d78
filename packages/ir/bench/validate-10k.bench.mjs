// Times the IR's hot paths on two 10,000-step workflows: a deep chain (each step reads the
// previous step's output) and a wide fan-out (one root, 9,998 children reading it, one join).
// Not a test: it prints the median of several runs after a warm-up, one line per figure.
// Run after a build: `npx -y pnpm@10 run build && node bench/validate-10k.bench.mjs`.
import { performance } from 'node:perf_hooks';
import {
  IR_API_VERSION,
  buildWorkflowGraph,
  canonicalizeWorkflow,
  parseWorkflow,
  serializeWorkflow,
  topologicalOrder,
  validate,
} from '../dist/index.js';

const STEPS = 10_000;
const WARMUP = 2;
const RUNS = 7;

const name = (index) => `step-${String(index).padStart(5, '0')}`;
const readResult = (step) => ({ ref: 'step', step, output: 'result' });
const container = (stepName, args) => ({
  name: stepName,
  kind: 'container',
  container: { image: 'alpine:3.20', command: ['echo'], args },
});

function workflow(workflowName, steps) {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: workflowName }, spec: { steps } };
}

/** step-00000 ← step-00001 ← … : every step reads the one before it. Written last-first. */
function chain(size) {
  const steps = [container(name(0), ['start'])];
  for (let index = 1; index < size; index++) steps.push(container(name(index), [readResult(name(index - 1))]));
  return workflow(`chain-${size}`, steps.reverse());
}

/** One root, size − 2 children reading it, one join waiting for every child. */
function fanOut(size) {
  const children = [];
  for (let index = 1; index < size - 1; index++) children.push(container(name(index), [readResult(name(0))]));
  const join = { ...container('join', ['done']), dependencies: children.map((child) => child.name) };
  return workflow(`fan-out-${size}`, [join, ...children.reverse(), container(name(0), ['start'])]);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(label, run) {
  for (let index = 0; index < WARMUP; index++) run();
  const samples = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  console.log(`${label}: ${median(samples).toFixed(1)} ms`);
}

for (const [label, value] of [
  [`chain-${STEPS}`, chain(STEPS)],
  [`fan-out-${STEPS}`, fanOut(STEPS)],
]) {
  const text = JSON.stringify(value);
  const parsed = parseWorkflow(text);
  const errors = validate(parsed);
  if (errors.length > 0) throw new Error(`${label} should be valid: ${errors[0]}`);
  if (parsed.spec.steps.length !== STEPS) throw new Error(`${label} has ${parsed.spec.steps.length} steps`);
  const graph = buildWorkflowGraph(parsed);

  time(`parseWorkflow ${label}`, () => parseWorkflow(text));
  time(`validate ${label}`, () => validate(parsed));
  time(`topologicalOrder ${label}`, () => topologicalOrder(graph));
  time(`canonicalize ${label}`, () => canonicalizeWorkflow(parsed));
  time(`serializeWorkflow json ${label}`, () => serializeWorkflow(parsed, { format: 'json' }));
  time(`serializeWorkflow yaml ${label}`, () => serializeWorkflow(parsed, { format: 'yaml' }));
}
