import { describe, expect, test } from 'vitest';
import { subWorkflowFanOut as fanOutWorkflow } from '../test/sub-workflow-workflows';
import { buildSubWorkflowGraph } from '../graph/sub-workflow-calls';
import type { Workflow } from '../schema/workflow';
import { parseWorkflow } from './parse-workflow';
import { serializeWorkflow } from './serialize-workflow';

describe('sub-workflows through JSON and YAML', () => {
  test.each(['json', 'yaml'] as const)('IR → %s → IR keeps every definition and call', (format) => {
    const original = fanOutWorkflow();
    const text = serializeWorkflow(original, { format });
    const back = parseWorkflow(text);
    expect(back.spec.subWorkflows).toEqual(original.spec.subWorkflows);
    expect(back.spec.steps).toEqual(original.spec.steps);
    expect(serializeWorkflow(back, { format })).toBe(text);
  });

  test('the canonical form sorts definitions by name and each body in dependency order', () => {
    const original = fanOutWorkflow();
    const body = original.spec.subWorkflows![0]!;
    const other = { name: 'aaa', steps: [{ name: 'one', kind: 'suspend', suspend: {} }] } as NonNullable<Workflow['spec']['subWorkflows']>[number];
    const shuffled: Workflow = { ...original, spec: { ...original.spec, subWorkflows: [{ ...body, steps: [...body.steps].reverse() }, other] } };
    const back = parseWorkflow(serializeWorkflow(shuffled));
    expect(back.spec.subWorkflows!.map((definition) => definition.name)).toEqual(['aaa', 'train-evaluate']);
    expect(back.spec.subWorkflows![1]!.steps.map((step) => step.name)).toEqual(['train', 'evaluate']);
  });

  test('a call is one node of the workflow graph, and opens into the graph of its definition', () => {
    const original = fanOutWorkflow();
    const inner = buildSubWorkflowGraph(original, 'train-evaluate')!;
    expect(inner.nodes()).toHaveLength(2);
    expect(inner.edges().map((edge) => [inner.source(edge), inner.target(edge)])).toEqual([[inner.nodes()[0], inner.nodes()[1]]]);
    expect(buildSubWorkflowGraph(original, 'nope')).toBeUndefined();
  });
});
