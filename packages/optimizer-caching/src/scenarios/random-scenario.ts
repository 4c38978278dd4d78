import { GB, type Scenario, type ScenarioStep, type StepRole } from './scenario';
import { SeededRandom } from './seeded-random';

/**
 * Randomly generated DAG families, so that a policy's result does not rest on three hand-made
 * graphs:
 * - `layered`: layers of similar width, each step reading one to three steps of the layer above;
 * - `fan-in`: a third of the steps are sources, every other step joins three to six earlier ones;
 * - `chains`: a few long chains, each step reading its predecessor and now and then a step of
 *   another chain.
 * Sizes are log-uniform in 0.1–8 GB, durations in 30–3000 s; a step's role (and so how often it
 * is edited) follows its depth: early steps are data, late ones training and evaluation.
 */
export const RANDOM_DAG_FAMILIES = ['layered', 'fan-in', 'chains'] as const;
export type RandomDagFamily = (typeof RANDOM_DAG_FAMILIES)[number];

export function randomScenario(family: RandomDagFamily, size: number, seed: number): Scenario {
  const random = new SeededRandom(seed * 7919 + size);
  const inputs: number[][] = [];
  if (family === 'layered') {
    const width = Math.max(2, Math.round(Math.sqrt(size)));
    for (let index = 0; index < size; index++) {
      const layer = Math.floor(index / width);
      const above = Array.from({ length: width }, (_, column) => (layer - 1) * width + column).filter((candidate) => candidate >= 0 && candidate < index);
      inputs.push(layer === 0 ? [] : random.sample(above, random.integer(1, 3)));
    }
  } else if (family === 'fan-in') {
    const sources = Math.max(1, Math.round(size / 3));
    for (let index = 0; index < size; index++) {
      inputs.push(index < sources ? [] : random.sample(Array.from({ length: index }, (_, earlier) => earlier), random.integer(3, 6)));
    }
  } else {
    const chains = Math.max(2, Math.round(size / 20));
    for (let index = 0; index < size; index++) {
      const previous = index - chains;
      const reads = previous >= 0 ? [previous] : [];
      if (previous >= 0 && random.next() < 0.15) {
        const crossLink = previous - random.integer(1, chains - 1);
        if (crossLink >= 0) reads.unshift(crossLink);
      }
      inputs.push(reads);
    }
  }
  const depth: number[] = [];
  for (const sources of inputs) depth.push(sources.length === 0 ? 0 : 1 + Math.max(...sources.map((source) => depth[source]!)));
  const maxDepth = Math.max(1, ...depth);
  const name = (index: number) => `${family}-s${String(index).padStart(3, '0')}`;
  const steps: ScenarioStep[] = inputs.map((sources, index) => ({
    name: name(index),
    inputs: sources.map(name),
    role: roleAt(depth[index]! / maxDepth),
    computeSeconds: Math.round(random.logUniform(30, 3000)),
    bytes: Math.round(random.logUniform(0.1, 8) * GB),
  }));
  return { name: `${family}-${size}-seed${seed}`, description: `random ${family} DAG, ${size} steps, seed ${seed}`, steps };
}

function roleAt(relativeDepth: number): StepRole {
  if (relativeDepth === 0) return 'source';
  if (relativeDepth < 0.4) return 'preprocess';
  if (relativeDepth < 0.6) return 'feature';
  if (relativeDepth < 0.9) return 'train';
  return 'evaluate';
}
