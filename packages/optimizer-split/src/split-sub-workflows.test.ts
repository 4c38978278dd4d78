import { assertValid, CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowCall, subWorkflowFanOut, trainEvaluateDefinition } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileSplitToArgo } from './argo/compile-split-to-argo';
import { SPLIT_ALGORITHMS, splitWorkflow, type SplitAlgorithm } from './split-workflow';

const algorithms = Object.keys(SPLIT_ALGORITHMS) as SplitAlgorithm[];
const echo = (name: string, args: unknown[], fields: Record<string, unknown> = {}) => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...fields });
const result = (step: string, output = 'result') => ({ ref: 'step', step, output });

/**
 * prep → two fan-outs of train-evaluate over three models each (6 steps each once expanded), and
 * a call of `report` (which calls `summary`, which calls `line`: three deep, 2 steps) → keep-best.
 */
function twoFanOuts(): Workflow {
  return WorkflowSchema.parse({
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'two-fan-outs' },
    spec: {
      steps: [
        echo('prep', ['ready']),
        subWorkflowCall('small', 'train-evaluate', { model: { ref: 'item' }, epochs: result('prep') }, ['score'], { map: { items: ['a', 'b', 'c'] } }),
        subWorkflowCall('large', 'train-evaluate', { model: { ref: 'item' } }, ['score'], { map: { items: ["it's", "ünï'''\nline", '$(rm -rf /)'] }, dependencies: ['prep'] }),
        subWorkflowCall('report', 'report', { scores: result('small', 'score') }, ['text']),
        echo('keep-best', [result('small', 'score'), result('large', 'score'), result('report', 'text')]),
      ],
      subWorkflows: [
        trainEvaluateDefinition,
        { name: 'unused', steps: [echo('idle', ['never called'])] },
        { name: 'line', inputs: { parameters: [{ name: 'text' }] }, steps: [echo('print', [{ ref: 'parameter', name: 'text' }])], outputs: { parameters: [{ name: 'text', value: result('print') }] } },
        {
          name: 'summary',
          inputs: { parameters: [{ name: 'text' }] },
          steps: [subWorkflowCall('line', 'line', { text: { ref: 'parameter', name: 'text' } }, ['text']), echo('done', [result('line', 'text')])],
          outputs: { parameters: [{ name: 'text', value: result('done') }] },
        },
        {
          name: 'report',
          inputs: { parameters: [{ name: 'scores' }] },
          steps: [subWorkflowCall('summary', 'summary', { text: { ref: 'parameter', name: 'scores' } }, ['text'])],
          outputs: { parameters: [{ name: 'text', value: result('summary', 'text') }] },
        },
      ],
    },
  });
}

/** Steps a call runs once expanded, by name; 1 for a plain step. */
const EXPANDED: Record<string, number> = { prep: 1, small: 6, large: 6, report: 2, 'keep-best': 1 };

describe('splitWorkflow with sub-workflows', () => {
  it.each(algorithms)('%s: never cuts a call, weighs it by its expanded steps, and gives each part the definitions its calls use', (algorithm) => {
    const workflow = twoFanOuts();
    for (let steps = 6; steps <= 16; steps++) {
      const split = splitWorkflow(workflow, { budget: { steps }, algorithm });
      // Every step, and so every call, exactly once.
      const placed = split.parts.flatMap((part) => part.spec.steps.map((step) => step.name));
      expect([...placed].sort()).toEqual(Object.keys(EXPANDED).sort());
      expect(split.report.totals.steps).toBe(16);
      expect(split.parts.length).toBeGreaterThanOrEqual(split.report.lowerBound);
      expect(split.report.lowerBound).toBe(Math.ceil(16 / steps));
      split.parts.forEach((part, index) => {
        const weight = part.spec.steps.reduce((sum, step) => sum + EXPANDED[step.name]!, 0);
        expect(split.report.parts[index]!.steps).toBe(weight);
        expect(weight).toBeLessThanOrEqual(steps);
        expect(() => assertValid(part)).not.toThrow();
        // Only the definitions its calls reach, nested ones included, each unchanged.
        const names = part.spec.steps.map((step) => step.name);
        const expected = [
          ...(names.includes('small') || names.includes('large') ? ['train-evaluate'] : []),
          ...(names.includes('report') ? ['line', 'summary', 'report'] : []),
        ];
        expect((part.spec.subWorkflows ?? []).map((definition) => definition.name)).toEqual(expected);
        for (const definition of part.spec.subWorkflows ?? []) expect(definition).toEqual(workflow.spec.subWorkflows!.find((original) => original.name === definition.name));
        for (const other of split.partDependencies[index]!) expect(other).toBeLessThan(index);
      });
      // What crosses parts is passed: keep-best reads every call's output.
      for (const producer of ['small', 'large', 'report']) {
        if (split.partOfStep.get(producer) === split.partOfStep.get('keep-best')) continue;
        expect(split.partDependencies[split.partOfStep.get('keep-best')!]).toContain(split.partOfStep.get(producer));
        const crossing = split.crossings.find((candidate) => candidate.producer.step === producer);
        expect(crossing?.consumers).toContainEqual({ step: 'keep-best', part: split.partOfStep.get('keep-best') });
        // A mapped call's output is the list of every iteration's value.
        expect(crossing?.type).toBe(producer === 'report' ? undefined : 'list');
      }
    }
  });

  it('compiles the parts of a split with calls for Argo, each part a valid WorkflowTemplate holding its DAG templates', () => {
    const split = splitWorkflow(twoFanOuts(), { budget: { steps: 7 } });
    expect(split.parts.length).toBeGreaterThan(2);
    const argo = compileSplitToArgo(split);
    const partOfSmall = argo.templates[split.partOfStep.get('small')!]!;
    const templateNames = (partOfSmall.spec as { templates: Array<{ name: string }> }).templates.map((template) => template.name);
    expect(templateNames).toContain('train-evaluate');
    // keep-best, in a later part, reads the fan-out's list from the call's own task.
    expect(split.partOfStep.get('keep-best')).not.toBe(split.partOfStep.get('small'));
    const entry = (partOfSmall.spec as { entrypoint: string; templates: Array<{ name: string; outputs?: { parameters?: Array<{ valueFrom?: { parameter?: string } }> } }> }).templates.find(
      (template) => template.name === (partOfSmall.spec as { entrypoint: string }).entrypoint,
    )!;
    expect(entry.outputs?.parameters?.map((parameter) => parameter.valueFrom?.parameter)).toContain('{{tasks.small.outputs.parameters.score}}');
    expect(argo.files.map((file) => file.path)).toContain('two-fan-outs.argo.yaml');
  });

  it('refuses a call that alone is over the budget, saying that a call is never cut and what it weighs', () => {
    let refused: unknown;
    try {
      splitWorkflow(subWorkflowFanOut(), { budget: { steps: 9 } });
    } catch (error) {
      refused = error;
    }
    expect(CoulerError.isInstance(refused) && [refused.code, refused.path, refused.stepIds]).toEqual(['INVALID_FIELD', ['budget', 'steps'], ['models']]);
    expect((refused as CoulerError).message).toBe(
      'Step "models" calls sub-workflow "train-evaluate" (5 items × 2 steps = 10 steps) and needs 10 steps, over the split budget of 9 steps; the split pass cannot cut a call into several sub-workflows, since each part runs whole calls of a definition.',
    );
    expect((refused as CoulerError).hint).toMatch(/at least 10/);
  });

  it('keeps a workflow with calls within the budget as one part, the same steps and definitions', () => {
    const workflow = subWorkflowFanOut();
    const split = splitWorkflow(workflow, { budget: { steps: 11 } });
    expect(split.parts).toHaveLength(1);
    expect(split.parts[0]!.spec.steps).toEqual(workflow.spec.steps);
    expect(split.parts[0]!.spec.subWorkflows).toEqual(workflow.spec.subWorkflows);
  });
});
