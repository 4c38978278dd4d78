import { describe, expect, it } from 'vitest';
import { computeCacheKey, type CacheKeyInput } from './cache-key';

const input: CacheKeyInput = {
  kind: 'container',
  image: 'python:3.12',
  command: ['python', 'train.py'],
  args: ['--lr', '0.1'],
  env: { SEED: '1', HOME_DIR: '/x' },
  parameters: { epochs: '3' },
  artifacts: { data: 'a'.repeat(64) },
  outputs: { artifacts: [{ name: 'model', path: '/out/model' }] },
};

describe('computeCacheKey', () => {
  it('is stable for equal content whatever the order of keys', () => {
    const reordered = { ...input, env: { HOME_DIR: '/x', SEED: '1' } };
    expect(computeCacheKey(reordered).key).toBe(computeCacheKey(input).key);
  });

  it('changes with every part, and names the parts', () => {
    const base = computeCacheKey(input);
    expect(Object.keys(base.parts)).toEqual(['args', 'artifact.data', 'command', 'env.HOME_DIR', 'env.SEED', 'image', 'kind', 'outputs', 'parameter.epochs', 'source', 'workingDir']);
    for (const change of [{ image: 'python:3.13' }, { args: ['--lr', '0.2'] }, { env: { ...input.env, SEED: '2' } }, { artifacts: { data: 'b'.repeat(64) } }, { source: 'print(1)' }]) {
      expect(computeCacheKey({ ...input, ...change }).key).not.toBe(base.key);
    }
  });

  it('leaves excluded names out, and lets an explicit key replace the content hash', () => {
    const excluded = computeCacheKey(input, { exclude: ['SEED'] });
    expect(excluded.parts['env.SEED']).toBeUndefined();
    expect(computeCacheKey({ ...input, env: { ...input.env, SEED: '9' } }, { exclude: ['SEED'] }).key).toBe(excluded.key);
    expect(computeCacheKey({ ...input, image: 'other' }, { explicitKey: 'v1' }).key).toBe(computeCacheKey(input, { explicitKey: 'v1' }).key);
  });
});
