import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow, stepTree } from '@couler/backend-local';
import { parseWorkflow } from '@couler/ir';
import { afterAll, describe, expect, test } from 'vitest';
import { dagModel, indexTree } from '../src/components/dag-model';
import { nodePhase, type RunPhases } from '../src/components/node-phase';

const home = mkdtempSync(join(tmpdir(), 'couler-run-dag-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const sh = (name: string, source: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source }, ...extra });

// Two models, each trained then reported by a nested call that says it twice (a fan-out inside
// the call); a call whose condition is false never runs.
const workflow = parseWorkflow({
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'nested' },
  spec: {
    steps: [
      { name: 'models', kind: 'subWorkflow', subWorkflow: { name: 'fit' }, map: { items: ['a', 'b'] } },
      { name: 'never', kind: 'subWorkflow', subWorkflow: { name: 'report' }, when: { op: 'equal', left: 'x', right: 'y' } },
      sh('done', 'echo done', { dependencies: ['models', 'never'] }),
    ],
    subWorkflows: [
      { name: 'fit', steps: [sh('train', 'echo trained'), { name: 'report', kind: 'subWorkflow', subWorkflow: { name: 'report' }, dependencies: ['train'] }] },
      { name: 'report', steps: [sh('say', 'echo "$ITEM"', { map: { items: ['one', 'two'] }, env: [{ name: 'ITEM', value: { ref: 'item' } }] })] },
    ],
  },
});

describe("the run page's DAG of a run that calls sub-workflows", () => {
  test('opens calls into their iterations and steps, nested calls too, each coloured by what ran inside it', async () => {
    const summary = await runWorkflow(workflow, { home });
    expect(summary.phase, summary.message).toBe('Succeeded');
    // As the server answers GET /runs/:id.
    const tree = indexTree(stepTree(summary.steps.map((step) => step.id)));
    const phases: RunPhases = { byName: new Map(summary.steps.map((step) => [step.stepName, step.phase])), byId: new Map(summary.steps.map((step) => [step.id, step.phase])), tree };
    const show = (open: string[]) => {
      const model = dagModel(workflow, tree, new Set(open));
      return { nodes: model.nodes.map((node) => `${node.parent ?? '-'} > ${node.kind} ${node.name}${node.iterations === undefined ? '' : ` (${node.iterations})`}: ${nodePhase(node, phases)}`), edges: model.edges.map((edge) => `${edge.source} -> ${edge.target}`) };
    };

    expect(show([])).toEqual({
      nodes: ['- > call models (2): Succeeded', '- > call never: Skipped', '- > step done: Succeeded'],
      edges: ['models -> done', 'never -> done'],
    });
    expect(show(['models', 'models[1].report']).nodes).toEqual([
      '- > call models (2): Succeeded',
      'models > iteration models[0]: Succeeded',
      'models[0] > step train: Succeeded',
      'models[0] > call report: Succeeded',
      'models > iteration models[1]: Succeeded',
      'models[1] > step train: Succeeded',
      'models[1] > call report: Succeeded',
      'models[1].report > step say: Succeeded',
      '- > call never: Skipped',
      '- > step done: Succeeded',
    ]);
    expect(show(['models', 'models[1].report']).edges).toEqual(['models[0].train -> models[0].report', 'models[1].train -> models[1].report', 'models -> done', 'never -> done']);
  });
});
