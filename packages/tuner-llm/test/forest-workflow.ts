import { createParameterArtifact, parameter, runContainer, runScript, workflow } from '@couler/dsl';
import type { Workflow } from '@couler/ir';

/**
 * A small tunable workflow that really runs on the local engine: `prepare` writes a number,
 * `train` (node) scores its hyperparameters with a known function and writes
 * `{"accuracy": …}`, `report` reads it. The best setting is trees=64, depth=6; more `rounds`
 * (the fidelity) gets closer to the full score.
 */
export const FOREST_SCORE = `
const [trees, depth, rounds, offset] = process.argv.slice(2).map(Number);
const fs = require('node:fs');
const accuracy = 0.95 - 0.02 * Math.log2(trees / 64) ** 2 - 0.004 * (depth - 6) ** 2 - 0.1 / rounds + offset;
fs.mkdirSync('/out', { recursive: true });
fs.writeFileSync('/out/metrics.json', JSON.stringify({ accuracy: Number(accuracy.toFixed(6)), trees, depth }));
console.log('accuracy', accuracy);
`;

export function forestWorkflow(options: { fidelity?: boolean; prepareReads?: string } = {}): Workflow {
  return workflow('forest', () => {
    const trees = parameter('trees', { type: 'integer', default: 10 });
    const depth = parameter('depth', { type: 'integer', default: 2 });
    const rounds = parameter('rounds', { type: 'integer', default: 10 });
    const prepare = runContainer({
      stepName: 'prepare',
      image: 'node:20-slim',
      command: ['node', '-e', 'console.log(0)'],
      args: options.prepareReads ? [options.prepareReads === 'trees' ? trees : depth] : [],
    });
    const train = runScript({
      stepName: 'train',
      image: 'node:20-slim',
      command: 'node',
      source: FOREST_SCORE,
      args: [trees, depth, rounds, prepare],
      output: createParameterArtifact('/out/metrics.json'),
      tune: {
        space: { trees: { min: 4, max: 256, log: true }, depth: { min: 2, max: 12 } },
        metric: 'accuracy',
        goal: 'maximize',
        ...(options.fidelity && { fidelity: { parameter: 'rounds', min: 1, max: 9 } }),
      },
    });
    runContainer({ stepName: 'report', image: 'alpine:3.20', command: ['echo'], args: [train.output('metrics')] });
  });
}

/** The score FOREST_SCORE computes, to check what the tuner measured. */
export function forestAccuracy(trees: number, depth: number, rounds = 10): number {
  return Number((0.95 - 0.02 * Math.log2(trees / 64) ** 2 - 0.004 * (depth - 6) ** 2 - 0.1 / rounds).toFixed(6));
}
