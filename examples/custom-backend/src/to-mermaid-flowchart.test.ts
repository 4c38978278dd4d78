import { conformanceWorkflows } from '@couler/ir/test';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { readFlowchart } from './__fixtures__/read-flowchart';
import { container, workflow } from './__fixtures__/workflows';
import { toMermaidFlowchart } from './to-mermaid-flowchart';

function draw(target: Workflow) {
  const { contents, warnings } = toMermaidFlowchart(target, { direction: 'TD' });
  return { chart: readFlowchart(contents), warnings, contents };
}

const flipResult = { ref: 'step', step: 'flip', output: 'result' };

describe('toMermaidFlowchart', () => {
  it('draws the arrows into a `when` step dotted, labelled with its condition', () => {
    const { chart } = draw(conformanceWorkflows.conditional!);
    expect(chart.edges.map((edge) => ({ ...edge, from: chart.nodes.find((n) => n.id === edge.from)!.lines[0] }))).toEqual([
      { from: 'flip', to: chart.idOf('heads'), dotted: true, label: 'if flip.result == "heads"' },
      { from: 'flip', to: chart.idOf('tails'), dotted: true, label: 'if flip.result == "tails"' },
    ]);
  });

  it('labels every arrow into a conditional step, and keeps the condition in the box when nothing points at it', () => {
    const { chart } = draw(
      workflow('cond', [
        container('prepare'),
        { name: 'flip', kind: 'script', script: { image: 'python:3.12', command: ['python'], source: 'print(1)' } },
        container('train', { dependencies: ['prepare'], when: { op: 'and', conditions: [{ op: 'notEqual', left: flipResult, right: 1 }, { op: 'not', condition: { op: 'equal', left: { ref: 'parameter', name: 'dry' }, right: true } }] } }),
        container('fast', { when: { op: 'or', conditions: [{ op: 'bigger', left: { ref: 'parameter', name: 'budget' }, right: 10 }, { op: 'smaller', left: { ref: 'workflow', field: 'duration' }, right: 5 }] } }),
      ], { parameters: [{ name: 'dry', type: 'boolean', default: false }, { name: 'budget', type: 'number', default: 3 }] }),
    );
    const condition = 'if flip.result != 1 and not (params.dry == true)';
    expect(chart.edgeNames().sort()).toEqual(['flip -> train', 'prepare -> train']);
    expect(chart.edges.map((edge) => [edge.dotted, edge.label])).toEqual([
      [true, condition],
      [true, condition],
    ]);
    expect(chart.nodes.find((node) => node.lines[0] === 'fast')!.lines).toEqual([
      'fast',
      'container · alpine:3.20',
      'if params.budget > 10 or workflow.duration < 5',
    ]);
    expect(chart.nodes.find((node) => node.lines[0] === 'train')!.lines).toHaveLength(2);
  });

  it('draws one plain arrow for each data dependency and explicit dependency, once per pair', () => {
    const { chart } = draw(
      workflow('deps', [
        container('produce', { outputs: { parameters: [{ name: 'model', path: '/tmp/model' }] } }),
        container('setup'),
        container('consume', {
          dependencies: ['produce', 'setup'],
          container: { image: 'alpine:3.20', command: ['cat'], args: [{ ref: 'step', step: 'produce', output: 'model' }, { concat: ['--x=', { ref: 'step', step: 'produce', output: 'result' }] }] },
        }),
      ]),
    );
    expect(chart.edgeNames().sort()).toEqual(['produce -> consume', 'setup -> consume']);
    expect(chart.edges.every((edge) => !edge.dotted && edge.label === undefined)).toBe(true);
  });

  it("labels a mapped step with its fan-out and draws the arrow from the step whose output it maps over", () => {
    expect(draw(conformanceWorkflows['map-items']!).chart.nodes[0]!.lines).toEqual(['train', 'container · alpine:3.20', 'map over 3 items']);
    const { chart } = draw(
      workflow('fan-out', [
        container('split'),
        container('train', { map: { from: { ref: 'step', step: 'split', output: 'result' }, parallelism: 2 }, container: { image: 'trainer:1', args: [{ ref: 'item' }] } }),
        container('one', { map: { items: [{ lr: 0.1 }] } }),
        container('each', { map: { from: { ref: 'parameter', name: 'shards' } } }),
      ], { parameters: [{ name: 'shards', type: 'list', default: '[1,2]' }] }),
    );
    expect(chart.edgeNames()).toEqual(['split -> train']);
    const label = (name: string) => chart.nodes.find((node) => node.lines[0] === name)!.lines.slice(1);
    expect(label('train')).toEqual(['container · trainer:1', 'map over split.result, 2 at a time']);
    expect(label('one')).toEqual(['container · alpine:3.20', 'map over 1 item']);
    expect(label('each')).toEqual(['container · alpine:3.20', 'map over params.shards']);
  });

  it('says what each kind of step runs', () => {
    const { chart } = draw(
      workflow('kinds', [
        { name: 'train', kind: 'job', job: { framework: 'pytorch', image: 'trainer:2', replicas: { Master: { replicas: 1 }, Worker: { replicas: 3 } } } },
        { name: 'apply', kind: 'resource', resource: { action: 'create', manifest: 'kind: ConfigMap' } },
        { name: 'wait', kind: 'suspend', suspend: { durationSeconds: 30 } },
        { name: 'approve', kind: 'suspend', suspend: {} },
        { name: 'run', kind: 'script', script: { image: 'node:20', command: ['node'], source: 'console.log(1)' } },
      ]),
    );
    expect(Object.fromEntries(chart.nodes.map((node) => [node.lines[0], node.lines[1]]))).toEqual({
      train: 'job pytorch · trainer:2',
      apply: 'resource create',
      wait: 'suspend 30s',
      approve: 'suspend',
      run: 'script · node:20',
    });
  });

  it('draws an execWhile loop as a subgraph whose title carries its condition and its cap', () => {
    const { chart } = draw(conformanceWorkflows['exec-while']!);
    expect(chart.subgraphs).toEqual([
      { id: 'g0', title: 'execWhile flip-until-heads · again while flip.result == "tails" · at most 10 iterations' },
    ]);
    expect(chart.nodes).toEqual([{ id: 's0', lines: ['flip', 'script · python:3.12-alpine'], subgraph: 'g0' }]);
  });

  it('draws a concurrent group with its parallelism, and nests a loop that lies inside it', () => {
    const { chart, warnings } = draw(
      workflow(
        'nested',
        [
          container('prepare'),
          { name: 'flip', kind: 'script', script: { image: 'python:3.12', command: ['python'], source: 'print(1)' } },
          container('left', { dependencies: ['prepare'] }),
          container('right', { dependencies: ['prepare'] }),
        ],
        {
          groups: [
            { name: 'both', kind: 'concurrent', branches: [['left', 'flip'], ['right']], parallelism: 2 },
            { name: 'retry-flip', kind: 'while', steps: ['flip'], condition: { op: 'equal', left: flipResult, right: 'tails' }, maxIterations: 3 },
          ],
        },
      ),
    );
    expect(warnings).toEqual([]);
    expect(chart.subgraphs).toEqual([
      { id: 'g0', title: 'concurrent both · 2 branches, 2 at a time' },
      { id: 'g1', title: 'execWhile retry-flip · again while flip.result == "tails" · at most 3 iterations', parent: 'g0' },
    ]);
    const home = Object.fromEntries(chart.nodes.map((node) => [node.lines[0], node.subgraph]));
    expect(home).toEqual({ prepare: undefined, flip: 'g1', left: 'g0', right: 'g0' });
  });

  it('warns, naming the step, when groups overlap without nesting, and still draws each step once', () => {
    const { chart, warnings } = draw(
      workflow('overlap', [container('a'), container('b'), container('c')], {
        groups: [
          { name: 'first', kind: 'concurrent', branches: [['a'], ['b']] },
          { name: 'second', kind: 'concurrent', branches: [['b'], ['c']] },
        ],
      }),
    );
    expect(chart.nodes.map((node) => node.lines[0]).sort()).toEqual(['a', 'b', 'c']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ stepName: 'b', path: ['groups', 'first'] });
    expect(warnings[0]!.message).toContain('"b" belongs to groups "second" and "first"');
    expect(chart.nodes.find((node) => node.lines[0] === 'b')!.subgraph).toBe(chart.subgraphs.find((s) => s.title.includes('second'))!.id);
  });

  it('puts exit-handler steps in an "on exit" subgraph, apart from the main steps', () => {
    const { chart } = draw(
      workflow('exit', [container('work')], {
        onExit: [container('notify'), container('cleanup', { dependencies: ['notify'] })],
      }),
    );
    expect(chart.subgraphs).toEqual([{ id: 'onexit', title: 'on exit' }]);
    expect(chart.nodes.map((node) => [node.lines[0], node.subgraph])).toEqual([
      ['work', undefined],
      ['notify', 'onexit'],
      ['cleanup', 'onexit'],
    ]);
    expect(chart.edgeNames()).toEqual(['notify -> cleanup']);
  });

  it('numbers nodes by canonical order, so ids never carry user text', () => {
    const { chart } = draw(workflow('order', [container('z', { dependencies: ['y'] }), container('y'), container('x')]));
    expect(chart.nodes.map((node) => `${node.id}=${node.lines[0]}`)).toEqual(['s0=x', 's1=y', 's2=z']);
  });
});
