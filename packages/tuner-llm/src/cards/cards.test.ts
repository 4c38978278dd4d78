import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataCard, loadModelCard } from './load-card';
import { zooModelCardOf } from './zoo-model-cards';

const fixture = fileURLToPath(new URL('./__fixtures__/penguins.data-card.yaml', import.meta.url));

describe('cards', () => {
  it('load from YAML and JSON', () => {
    expect(loadDataCard(fixture)).toMatchObject({ name: 'penguins', labels: ['Adelie', 'Chinstrap', 'Gentoo'], size: { rows: 342 } });
    const file = join(tmpdir(), 'forest.model-card.json');
    writeFileSync(file, JSON.stringify({ name: 'random forest', structure: 'bagged trees', description: 'votes of trees', architecture: { criterion: 'gini' } }));
    expect(loadModelCard(file).architecture).toEqual({ criterion: 'gini' });
  });

  it('name every wrong field of a card', () => {
    const file = join(tmpdir(), 'bad.data-card.yaml');
    writeFileSync(file, 'name: penguins\ninputType: tabular\nmetrics: []\nlabel: [a]\n');
    expect(() => loadDataCard(file)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', message: `The Data Card ${file} has 3 problems.` }));
    try {
      loadDataCard(file);
    } catch (error) {
      expect((error as { errors: Array<{ message: string }> }).errors.map((problem) => problem.message.split(': ').slice(1).join(': '))).toEqual([
        'labels: Invalid input.',
        'metrics: Too small: expected array to have >=1 items.',
        'the card: Unrecognized key: "label".',
      ]);
    }
    expect(() => loadModelCard(join(tmpdir(), 'none.yaml'))).toThrow(expect.objectContaining({ code: 'LOAD_FAILED' }));
  });

  it('default to the step zoo card of a training job, by framework and image', () => {
    const job = (framework: 'xgboost' | 'pytorch', image: string) => ({ name: 'train', kind: 'job' as const, job: { framework, image, replicas: { Worker: { replicas: 1 } } } });
    expect(zooModelCardOf(job('pytorch', 'trainer:1'))?.name).toBe('PyTorch model');
    expect(zooModelCardOf(job('xgboost', 'acme/lightgbm-trainer:2'))?.name).toBe('LightGBM');
    expect(zooModelCardOf({ name: 'x', kind: 'container', container: { image: 'a' } })).toBeUndefined();
  });
});
