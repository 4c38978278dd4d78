import { operationGrowth } from '@couler/ir/test';
import { describe, expect, test } from 'vitest';
import { runContainer, setDependencies, workflow } from './index';

// Operations counted, not time (see countOperations in @couler/ir/test): building a workflow ten
// times larger, its final validation and canonical order included, may cost at most ~15 times
// as much. This file runs alone so that the counting starts before the code it counts first runs.
const MOST = 15;
const WIDTH = 10;

/** Layers of WIDTH steps, each step waiting for two of the layer above (as generated pipelines look). */
function layered(size: number) {
  return workflow(`layered-${size}`, () => {
    for (let index = 0; index < size; index++) {
      const make = () => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [`s${index}`], stepName: `s${index}` });
      const layer = Math.floor(index / WIDTH);
      const above = (offset: number) => `s${(layer - 1) * WIDTH + (((index % WIDTH) + offset) % WIDTH)}`;
      setDependencies(make, layer === 0 ? [] : [above(0), above(1)]);
    }
  });
}

/** Couler's steps mode: each step waits for the one before it. */
function chain(size: number) {
  return workflow(`chain-${size}`, () => {
    for (let index = 0; index < size; index++) runContainer({ image: 'alpine:3.20', command: ['true'], stepName: `s${index}` });
  });
}

describe('building a workflow with the DSL grows linearly with its steps', () => {
  test.each([
    ['layered', layered],
    ['chain', chain],
  ] as const)('workflow() of a %s workflow: 10× the steps, at most 15× the work', async (_shape, build) => {
    const growth = await operationGrowth((size) => {
      if (build(size).spec.steps.length !== size) throw new Error('steps went missing');
    }, 300);
    expect(growth).toBeLessThan(MOST);
  });
});
