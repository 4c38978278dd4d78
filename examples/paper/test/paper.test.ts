import { buildWorkflowGraph, topologicalOrder, validate, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import code1 from '../src/code1-artifacts';
import code2 from '../src/code2-coinflip';
import code3 from '../src/code3-diamond';
import code4 from '../src/code4-recursive';
import code5 from '../src/code5-model-search';
import code6 from '../src/code6-automl';
import nl from '../src/nl-image-classification';

function step(workflow: Workflow, name: string): Step {
  const found = workflow.spec.steps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no step ${name} in ${workflow.spec.steps.map((s) => s.name).join(', ')}`);
  return found;
}

/** Edges of the DAG as "from→to", data and control dependencies alike. */
function edges(workflow: Workflow): string[] {
  return buildWorkflowGraph(workflow).mapEdges((_edge, _attributes, source, target) => `${source}→${target}`).sort();
}

describe('the paper examples in TypeScript', () => {
  it('every example is a valid workflow', () => {
    for (const workflow of [code1, code2, code3, code4, code5, code6, nl]) expect(validate(workflow), workflow.metadata.name).toEqual([]);
  });

  it('Code 1: the consumer reads the producer parameter artifact', () => {
    expect(step(code1, 'step1').outputs?.parameters).toEqual([{ name: 'hello_world', path: '/opt/hello_world.txt', global: true }]);
    expect(step(code1, 'step2')).toMatchObject({
      container: { command: ['cowsay'], args: [{ ref: 'step', step: 'step1', output: 'hello_world' }] },
    });
    expect(edges(code1)).toEqual(['step1→step2']);
  });

  it('Code 2: heads and tails each run on their side of the flip', () => {
    const flipResult = { ref: 'step', step: 'flip-coin', output: 'result' };
    expect(step(code2, 'flip-coin').kind).toBe('script');
    expect(step(code2, 'heads').when).toEqual({ op: 'equal', left: flipResult, right: 'heads' });
    expect(step(code2, 'tails').when).toEqual({ op: 'equal', left: flipResult, right: 'tails' });
    expect(edges(code2)).toEqual(['flip-coin→heads', 'flip-coin→tails']);
  });

  it('Code 3: the diamond A → B, C → D', () => {
    expect(edges(code3)).toEqual(['a→b', 'a→c', 'b→d', 'c→d']);
    expect(topologicalOrder(buildWorkflowGraph(code3)).order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('Code 4: flips while the coin shows tails, capped', () => {
    expect(code4.spec.groups).toEqual([
      {
        name: 'exec-while-flip-coin',
        kind: 'while',
        steps: ['flip-coin'],
        condition: { op: 'equal', left: { ref: 'step', step: 'flip-coin', output: 'result' }, right: 'tails' },
        maxIterations: 20,
      },
    ]);
  });

  it('Code 5: one TFJob per batch size, one evaluation per trained model', () => {
    const train = step(code5, 'train-tensorflow');
    expect(train).toMatchObject({
      kind: 'job',
      map: { items: [100, 200, 300, 400, 500] },
      job: { framework: 'tensorflow', image: 'wide-deep-model:v1.0', args: ['--batch_size', { ref: 'item' }], replicas: { PS: { replicas: 1 }, Worker: { replicas: 1 } } },
    });
    expect(step(code5, 'eval')).toMatchObject({
      map: { from: { ref: 'step', step: 'train-tensorflow', output: 'job-name' } },
      container: { args: [{ ref: 'item' }] },
    });
    expect(edges(code5)).toEqual(['train-tensorflow→eval']);
  });

  it('Code 6: XGBoost and LightGBM train side by side on the same table', () => {
    expect(code6.spec.groups).toEqual([{ name: 'concurrent', kind: 'concurrent', branches: [['train-xgboost'], ['train-lgbm']] }]);
    expect(edges(code6)).toEqual([]);
    for (const name of ['train-xgboost', 'train-lgbm']) {
      const job = step(code6, name);
      expect(job.kind === 'job' && job.job.args).toContain('--table=pai_telco_demo_data');
    }
  });

  it('NL example: three models trained on the loaded data, compared, then the best selected', () => {
    const trainers = ['train-res-net', 'train-vi-t', 'train-dense-net'];
    for (const name of trainers) expect(step(nl, name).inputs?.artifacts?.[0]?.from).toEqual({ ref: 'step', step: 'load-data', output: 'dataset' });
    expect(edges(nl)).toEqual(
      [...trainers.map((name) => `load-data→${name}`), ...trainers.map((name) => `${name}→compare-models`), 'compare-models→select-model'].sort(),
    );
  });
});
