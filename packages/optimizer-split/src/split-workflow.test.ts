import { test } from '@fast-check/vitest';
import { assertValid, CoulerError, refsOfStep, type Step, type Workflow } from '@couler/ir';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainWorkflow, containerStep, layeredWorkflow, randomWorkflow, wideWorkflow, workflowOf } from '../test/generators';
import { SPLIT_ALGORITHMS, splitWorkflow, type SplitAlgorithm } from './split-workflow';
import type { SplitResult } from './parts/split-types';

const algorithms = Object.keys(SPLIT_ALGORITHMS) as SplitAlgorithm[];

/** Every invariant a split must keep, whatever the workflow and budget. */
function expectSoundSplit(workflow: Workflow, split: SplitResult, budget: { steps: number; bytes: number }) {
  // Every step in exactly one part.
  const placed = split.parts.flatMap((part) => part.spec.steps.map((step) => step.name));
  expect([...placed].sort()).toEqual(workflow.spec.steps.map((step) => step.name).sort());
  expect(new Set(placed).size).toBe(placed.length);
  split.parts.forEach((part, index) => {
    for (const step of part.spec.steps) expect(split.partOfStep.get(step.name)).toBe(index);
    // Within budget, and a valid workflow.
    expect(part.spec.steps.length).toBeLessThanOrEqual(budget.steps);
    expect(split.report.parts[index]!.bytes).toBeLessThanOrEqual(budget.bytes);
    expect(() => assertValid(part)).not.toThrow();
    // Parts only wait for earlier parts: the part graph is acyclic.
    for (const other of split.partDependencies[index]!) expect(other).toBeLessThan(index);
  });
  // Every dependency that crosses parts is a part dependency; every read across parts a crossing.
  const byName = new Map(workflow.spec.steps.map((step) => [step.name, step]));
  for (const step of workflow.spec.steps) {
    const part = split.partOfStep.get(step.name)!;
    const readsFrom = refsOfStep(step).flatMap(({ ref }) => (ref.ref === 'step' ? [ref] : []));
    for (const name of [...(step.dependencies ?? []), ...readsFrom.map((ref) => ref.step)]) {
      const other = split.partOfStep.get(name)!;
      if (other !== part) expect(split.partDependencies[part]).toContain(other);
    }
    for (const ref of readsFrom) {
      if (split.partOfStep.get(ref.step) === part) continue;
      const crossing = split.crossings.find((candidate) => candidate.producer.step === ref.step && candidate.producer.output === ref.output);
      expect(crossing?.consumers).toContainEqual({ step: step.name, part });
    }
    expect(byName.get(step.name)).toBeDefined();
  }
  expect(split.report.parts.length).toBe(split.parts.length);
  expect(split.parts.length).toBeGreaterThanOrEqual(split.report.lowerBound);
  expect(split.report.criticalPath.after).toBeGreaterThanOrEqual(split.report.criticalPath.before);
}

describe('splitWorkflow', () => {
  test.prop([randomWorkflow, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 6_000, max: 60_000 }), fc.constantFrom(...algorithms)], { numRuns: 150 })(
    'keeps every step in exactly one part, within budget, with complete and acyclic part dependencies',
    (workflow, steps, bytes, algorithm) => {
      let split: SplitResult;
      try {
        split = splitWorkflow(workflow, { budget: { steps, bytes }, algorithm });
      } catch (error) {
        // The only acceptable refusal: one step larger than the byte budget, named in the error.
        expect(CoulerError.isInstance(error) && error.code === 'INVALID_FIELD' && error.path?.join('.') === 'budget.bytes').toBe(true);
        return;
      }
      expectSoundSplit(workflow, split, { steps, bytes });
    },
  );

  test.prop([randomWorkflow, fc.constantFrom(...algorithms)], { numRuns: 60 })('is deterministic: the same input gives the same parts, crossings and report', (workflow, algorithm) => {
    const options = { budget: { steps: 4 }, algorithm };
    const first = splitWorkflow(workflow, options);
    const second = splitWorkflow(structuredClone(workflow), options);
    expect(JSON.stringify({ ...second, partOfStep: [...second.partOfStep] })).toBe(JSON.stringify({ ...first, partOfStep: [...first.partOfStep] }));
  });

  it('returns a workflow within the budget as one part with the same steps', () => {
    const workflow = chainWorkflow(5);
    const split = splitWorkflow(workflow);
    expect(split.parts).toHaveLength(1);
    expect(split.parts[0]!.metadata.name).toBe('chain-part-1');
    expect(split.parts[0]!.spec.steps).toEqual(workflow.spec.steps);
    expect(split.report).toMatchObject({ lowerBound: 1, crossings: 0, criticalPath: { before: 5, after: 5 } });
  });

  it.each(algorithms)('%s: a chain keeps its critical path and needs exactly the lower bound of parts', (algorithm) => {
    const split = splitWorkflow(chainWorkflow(1000), { budget: { steps: 100 }, algorithm });
    expect(split.report.lowerBound).toBe(10);
    expect(split.parts).toHaveLength(10);
    expect(split.report.criticalPath).toEqual({ before: 1000, after: 1000 });
    expect(split.partDependencies).toEqual(Array.from({ length: 10 }, (_, index) => (index === 0 ? [] : [index - 1])));
  });

  it('critical-path: a fan-out runs its middle parts side by side', () => {
    const split = splitWorkflow(wideWorkflow(1002), { budget: { steps: 200 } });
    expect(split.report.lowerBound).toBe(6);
    expect(split.parts).toHaveLength(6);
    // root + its children, then parts that need only the first, then the join.
    expect(split.partDependencies.slice(1, 5)).toEqual([[0], [0], [0], [0]]);
    expect(split.report.criticalPath.before).toBe(3);
    expect(split.report.criticalPath.after).toBeLessThanOrEqual(5);
    expect(Math.max(...split.report.parts.map((part) => part.parallelism))).toBe(200);
  });

  it('critical-path: a layered workflow wider than the budget splits each layer into parallel parts', () => {
    const split = splitWorkflow(layeredWorkflow(10, 100), { budget: { steps: 50 } });
    expect(split.parts).toHaveLength(20);
    expect(split.report.lowerBound).toBe(20);
    expect(split.report.criticalPath).toEqual({ before: 10, after: 10 });
  });

  it('passes an output read across parts as a typed workflow parameter of the reading part', () => {
    const workflow = workflowOf('data', [
      containerStep('train', [], { outputs: { parameters: [{ name: 'accuracy', path: '/tmp/a', type: 'number' }] } } as Partial<Step>),
      containerStep('report', [], {
        container: { image: 'alpine', command: ['echo'], args: [{ concat: ['acc=', { ref: 'step', step: 'train', output: 'accuracy' }] }] },
        when: { op: 'bigger', left: { ref: 'step', step: 'train', output: 'accuracy' }, right: 0.9 },
      } as Partial<Step>),
    ]);
    const split = splitWorkflow(workflow, { budget: { steps: 1 } });
    expect(split.crossings).toEqual([
      { kind: 'parameter', name: 'train_accuracy', producer: { step: 'train', output: 'accuracy', part: 0 }, consumers: [{ step: 'report', part: 1 }], type: 'number' },
    ]);
    const report = split.parts[1]!;
    expect(report.spec.parameters).toEqual([{ name: 'train_accuracy', type: 'number', description: 'Output "accuracy" of step "train", from part 1.' }]);
    expect(report.spec.steps[0]).toMatchObject({
      container: { args: [{ concat: ['acc=', { ref: 'parameter', name: 'train_accuracy' }] }] },
      when: { op: 'bigger', left: { ref: 'parameter', name: 'train_accuracy' }, right: 0.9 },
    });
    expect(split.partDependencies).toEqual([[], [0]]);
  });

  it('reads an artifact with a location from the location, and keeps one without a location with its writer', () => {
    const s3 = { type: 's3' as const, bucket: 'models', key: 'm.bin' };
    const workflow = workflowOf('artifacts', [
      containerStep('write-s3', [], { outputs: { artifacts: [{ name: 'model', path: '/m', location: s3 }] } } as Partial<Step>),
      containerStep('write-local', [], { outputs: { artifacts: [{ name: 'model', path: '/m' }] } } as Partial<Step>),
      containerStep('read-s3', [], { inputs: { artifacts: [{ name: 'model', path: '/m', from: { ref: 'step', step: 'write-s3', output: 'model' } }] } } as Partial<Step>),
      containerStep('read-local', [], { inputs: { artifacts: [{ name: 'model', path: '/m', from: { ref: 'step', step: 'write-local', output: 'model' } }] } } as Partial<Step>),
    ]);
    const split = splitWorkflow(workflow, { budget: { steps: 2 }, algorithm: 'critical-path' });
    expect(split.parts.map((part) => part.spec.steps.map((step) => step.name))).toEqual([['write-s3'], ['write-local', 'read-local'], ['read-s3']]);
    expect(split.partOfStep.get('write-local')).toBe(split.partOfStep.get('read-local'));
    expect(split.partOfStep.get('write-s3')).not.toBe(split.partOfStep.get('read-s3'));
    const reader = split.parts[split.partOfStep.get('read-s3')!]!.spec.steps.find((step) => step.name === 'read-s3')!;
    expect(reader.inputs!.artifacts).toEqual([{ name: 'model', path: '/m', location: s3 }]);
    expect(split.crossings).toContainEqual({ kind: 'artifact', name: 'write-s3.model', producer: { step: 'write-s3', output: 'model', part: 0 }, consumers: [{ step: 'read-s3', part: 2 }] });
  });

  it('keeps steps together that a depends expression ties by more than success, and drops cross-part terms of a conjunction', () => {
    const workflow = workflowOf('depends', [
      containerStep('a'),
      containerStep('b'),
      containerStep('fallback', [], { depends: 'a.Failed' } as Partial<Step>),
      containerStep('join', [], { depends: 'a && b.Succeeded' } as Partial<Step>),
    ]);
    const split = splitWorkflow(workflow, { budget: { steps: 2 }, algorithm: 'critical-path' });
    expect(split.partOfStep.get('fallback')).toBe(split.partOfStep.get('a'));
    const join = split.parts[split.partOfStep.get('join')!]!.spec.steps.find((step) => step.name === 'join')!;
    const kept = ['a', 'b'].filter((name) => split.partOfStep.get(name) === split.partOfStep.get('join'));
    expect(join.depends).toBe(kept.length === 0 ? undefined : kept.map((name) => (name === 'b' ? 'b.Succeeded' : name)).join(' && '));
  });

  it('keeps an execWhile loop in one part, and refuses a loop larger than the budget by name', () => {
    const loop = workflowOf('loop', [containerStep('a'), containerStep('b', ['a'], { outputs: { parameters: [{ name: 'done', path: '/d' }] } } as Partial<Step>), containerStep('after', ['b'])], {
      groups: [{ name: 'again', kind: 'while', steps: ['a', 'b'], condition: { op: 'equal', left: { ref: 'step', step: 'b', output: 'done' }, right: 'no' }, maxIterations: 3 }],
    });
    const split = splitWorkflow(loop, { budget: { steps: 2 } });
    expect(split.parts.map((part) => part.spec.steps.map((step) => step.name))).toEqual([['a', 'b'], ['after']]);
    expect(split.parts[0]!.spec.groups).toHaveLength(1);
    expect(split.report.parts[0]!.pods).toBe(6);
    let error: unknown;
    try {
      splitWorkflow(loop, { budget: { steps: 1 } });
    } catch (caught) {
      error = caught;
    }
    expect(CoulerError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INVALID_FIELD', path: ['budget', 'steps'], stepIds: ['a', 'b'] });
    expect((error as Error).message).toBe('Steps "a", "b" must stay in one sub-workflow (an execWhile loop) and need 2 steps, over the split budget of 1 steps.');
  });

  it('counts pods: job replicas, map items, and refuses a part over the pod budget', () => {
    const workflow = workflowOf('pods', [
      containerStep('fan', [], { map: { items: [1, 2, 3, 4] }, container: { image: 'alpine', args: [{ ref: 'item' }] } } as Partial<Step>),
      { name: 'train', kind: 'job', job: { framework: 'pytorch', image: 'trainer', replicas: { Master: { replicas: 1 }, Worker: { replicas: 3 } } } } as Step,
    ]);
    const split = splitWorkflow(workflow, { budget: { pods: 5 } });
    expect(split.report.parts.map((part) => part.pods)).toEqual([4, 5]);
    expect(split.report.lowerBound).toBe(2);
  });

  it('explains bad options with located errors', () => {
    const workflow = chainWorkflow(3);
    expect(() => splitWorkflow(workflow, { budget: { steps: 0 } })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', path: ['budget', 'steps'] }));
    expect(() => splitWorkflow(workflow, { budget: { byte: 10 } as never })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', path: ['budget', 'byte'] }));
    expect(() => splitWorkflow(workflow, { algorithm: 'couler-papers' as never })).toThrow(/There is no split algorithm "couler-papers"\. Did you mean "couler-paper"\?/);
    expect(() => splitWorkflow(workflowOf('bad', [containerStep('a', ['missing'])]))).toThrow(expect.objectContaining({ code: 'UNKNOWN_STEP' }));
  });
});
