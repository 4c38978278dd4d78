import { existsSync } from 'node:fs';
import { buildWorkflowGraph, topologicalOrder, validate, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import automl from '../src/automl';
import automlPython from '../src/automl-python';
import { NODE_CANDIDATES, PYTHON_CANDIDATES } from '../src/candidates';
import { EXAMPLE_DIR } from '../src/example-paths';

function step(workflow: Workflow, name: string): Step {
  const found = workflow.spec.steps.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no step ${name} in ${workflow.spec.steps.map((s) => s.name).join(', ')}`);
  return found;
}

function container(workflow: Workflow, name: string) {
  const found = step(workflow, name);
  if (found.kind !== 'container') throw new Error(`${name} is a ${found.kind} step`);
  return found.container;
}

const variants = [
  { label: 'Node', workflow: automl, candidates: NODE_CANDIDATES, interpreter: 'node', script: /\/steps\/node\/[a-z-]+\.mjs$/ },
  { label: 'Python', workflow: automlPython, candidates: PYTHON_CANDIDATES, interpreter: 'python3', script: /\/steps\/python\/[a-z_]+\.py$/ },
] as const;

describe.each(variants)('the AutoML workflow ($label)', ({ workflow, candidates, interpreter, script }) => {
  it('is a valid workflow whose steps run in pipeline order', () => {
    expect(validate(workflow)).toEqual([]);
    expect(topologicalOrder(buildWorkflowGraph(workflow)).order).toEqual(['load-data', 'split-data', 'cross-validate', 'pick-best', 'train-final', 'write-report']);
  });

  it('runs each step as the interpreter on a script that exists in steps/', () => {
    for (const { name } of workflow.spec.steps) {
      const [program, file, ...rest] = container(workflow, name).command ?? [];
      expect(program, name).toBe(interpreter);
      expect(rest, name).toEqual([]);
      expect(file, name).toMatch(script);
      expect(existsSync(file!), `${name}: ${file}`).toBe(true);
    }
  });

  it('reads the penguins table that vega-datasets ships', () => {
    const source = container(workflow, 'load-data').args?.[0];
    expect(source).toMatch(/vega-datasets[\\/]data[\\/]penguins\.json$/);
    expect(existsSync(source as string)).toBe(true);
  });

  it('cross-validates every candidate in parallel, one map instance each, on the split artifact', () => {
    expect(candidates.length).toBeGreaterThanOrEqual(3);
    const crossValidate = step(workflow, 'cross-validate');
    expect(crossValidate.map).toEqual({ items: candidates });
    expect(crossValidate.map?.parallelism).toBeUndefined();
    expect(crossValidate.inputs?.artifacts).toEqual([{ name: 'split', path: '/data/split', from: { ref: 'step', step: 'split-data', output: 'split' } }]);
    expect(container(workflow, 'cross-validate').args).toContainEqual({ ref: 'item' });
  });

  it('trains only the candidate pick-best chose, and only when it reaches min-accuracy', () => {
    const trainFinal = step(workflow, 'train-final');
    expect(trainFinal.map).toEqual({ items: candidates });
    expect(trainFinal.when).toEqual({
      op: 'and',
      conditions: [
        { op: 'equal', left: { ref: 'item', key: 'name' }, right: { ref: 'step', step: 'pick-best', output: 'best-model' } },
        { op: 'biggerEqual', left: { ref: 'step', step: 'pick-best', output: 'best-accuracy' }, right: { ref: 'parameter', name: 'min-accuracy' } },
      ],
    });
    expect(trainFinal.outputs?.artifacts?.map((artifact) => artifact.name)).toEqual(['model']);
  });

  it('reports from the cross-validation list and the (possibly empty) list of trained models', () => {
    expect(container(workflow, 'write-report').args).toEqual([
      { ref: 'step', step: 'split-data', output: 'summary' },
      { ref: 'step', step: 'cross-validate', output: 'metrics' },
      { ref: 'parameter', name: 'min-accuracy' },
      { ref: 'step', step: 'train-final', output: 'test-metrics' },
      { ref: 'parameter', name: 'report-dir' },
      '/out/report.md',
    ]);
    expect(step(workflow, 'write-report').outputs?.artifacts).toEqual([{ name: 'report', path: '/out/report.md' }]);
  });

  it('takes seed, folds, test share, threshold and report directory as parameters', () => {
    const defaults = Object.fromEntries((workflow.spec.parameters ?? []).map((parameter) => [parameter.name, parameter.default]));
    expect(defaults).toEqual({ seed: 42, folds: 5, 'test-fraction': 0.2, 'min-accuracy': 0.9, 'report-dir': expect.stringContaining(EXAMPLE_DIR.replace(/\/$/, '')) });
  });
});

it('the two variants have different names and report directories, so their runs never mix', () => {
  expect(automl.metadata.name).not.toBe(automlPython.metadata.name);
  const reportDir = (workflow: Workflow) => workflow.spec.parameters?.find((parameter) => parameter.name === 'report-dir')?.default;
  expect(reportDir(automl)).not.toBe(reportDir(automlPython));
});
