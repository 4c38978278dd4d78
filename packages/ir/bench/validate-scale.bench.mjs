#!/usr/bin/env node
// A benchmark, not a test: checks (parse and every validation rule, as `couler validate` does
// after loading a file) generated workflows of 1k, 10k and 100k steps in three shapes and prints
// the best time of several runs (the machine may be shared), the ratio to the size below (10 is
// linear) and the goal beside it. The scaling test (validate-scaling.test.ts) holds the same
// line by counting operations. Run `pnpm build` first: it measures dist/, what users run.
import { checkWorkflow } from '../dist/index.js';
import { scalingWorkflow } from '../dist/test/index.js';

const SIZES = (process.env.COULER_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.COULER_BENCH_RUNS ?? 5);

/** The least disturbed of `runs` runs, in ms. */
function best(run, runs) {
  const samples = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return Math.min(...samples);
}

const pad = (text, width) => String(text).padEnd(width);
console.log(`checkWorkflow (parse + validate), best of ${RUNS} runs (2 at 100k)\n`);
console.log(`${pad('shape', 9)}${pad('steps', 9)}${pad('time', 11)}${pad('per step', 11)}${pad('× size below', 14)}goal`);
for (const shape of ['layered', 'chain', 'fanOut']) {
  checkWorkflow(scalingWorkflow(shape, 500)); // warm up the JIT
  let below;
  for (const size of SIZES) {
    const workflow = scalingWorkflow(shape, size);
    const ms = best(() => {
      const { errors } = checkWorkflow(workflow);
      if (errors.length > 0) throw errors[0];
    }, size >= 100_000 ? 2 : RUNS);
    const ratio = below === undefined ? '' : `${(ms / below).toFixed(1)}×`;
    console.log(`${pad(shape, 9)}${pad(size.toLocaleString('en'), 9)}${pad(`${ms.toFixed(0)} ms`, 11)}${pad(`${((ms * 1000) / size).toFixed(1)} µs`, 11)}${pad(ratio, 14)}${below === undefined ? '' : '≤ 15× (10× is linear)'}`);
    below = ms;
  }
}
