// Builds 10,000-step workflows with the DSL and validates them. Not a test: it prints figures.
// Run: pnpm --filter @couler/dsl bench   (builds first through turbo)
import { validate } from '@couler/ir';
import { runContainer, setDependencies, workflow } from '../dist/index.js';

const STEPS = 10_000;
const RUNS = 5;

const shapes = {
  // Couler steps mode: each step waits for the one before it.
  chain: () =>
    workflow('chain', () => {
      for (let i = 0; i < STEPS; i += 1) runContainer({ image: 'alpine', command: ['true'], stepName: `s${i}` });
    }),
  // One root, 9,998 steps that each wait for it, one join reading the root's output.
  'fan-out': () =>
    workflow('fan-out', () => {
      const root = setDependencies(() => runContainer({ image: 'alpine', stepName: 'root' }));
      for (let i = 1; i < STEPS - 1; i += 1) setDependencies(() => runContainer({ image: 'alpine', stepName: `s${i}` }), [root]);
      setDependencies(() => runContainer({ image: 'alpine', args: [root.result], stepName: 'join' }), ['s1', 's2']);
    }),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

for (const [name, build] of Object.entries(shapes)) {
  build(); // warm-up
  const buildTimes = [];
  const validateTimes = [];
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    const built = build();
    buildTimes.push(performance.now() - start);
    start = performance.now();
    const errors = validate(built);
    validateTimes.push(performance.now() - start);
    if (errors.length || built.spec.steps.length !== STEPS) throw new Error(`${name}: unexpected result (${errors.length} errors)`);
  }
  console.log(`dsl build+finish ${name}-${STEPS}: ${median(buildTimes).toFixed(1)} ms (includes the final validation and canonical ordering)`);
  console.log(`ir validate ${name}-${STEPS}: ${median(validateTimes).toFixed(1)} ms`);
}
