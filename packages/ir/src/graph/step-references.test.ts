import { describe, expect, test } from 'vitest';
import { container, echo, output, workflow } from '../__tests__/workflows';
import { refsOfStep } from './step-references';

describe('refsOfStep', () => {
  const [step] = workflow([
    echo('use', [output('a'), { concat: ['x=', output('b', 'rows'), '-', { ref: 'parameter', name: 'p' }] }, 'plain'], {
      env: [{ name: 'PLAIN', value: 'v' }, { name: 'FROM', value: output('c') }],
      inputs: { parameters: [{ name: 'n', value: { ref: 'parameter', name: 'q' } }], artifacts: [{ name: 'model', path: '/m', from: output('d', 'model') }] },
      when: { op: 'equal', left: output('e'), right: 'ok' },
      map: { from: output('f', 'list') },
    }),
  ]).spec.steps;

  test('lists every reference with its path, in the order of the step\'s fields', () => {
    expect(refsOfStep(step!).map(({ ref, path }) => [ref.ref === 'step' ? `${ref.step}.${ref.output}` : ref.ref === 'parameter' ? `parameter ${ref.name}` : ref.ref, path.join('.')])).toEqual([
      ['a.result', 'container.args.0'],
      ['b.rows', 'container.args.1'],
      ['parameter p', 'container.args.1'],
      ['c.result', 'env.FROM.value'],
      ['parameter q', 'inputs.parameters.n.value'],
      ['d.model', 'inputs.artifacts.model.from'],
      ['e.result', 'when'],
      ['f.list', 'map.from'],
    ]);
  });

  test('each call returns paths of its own, which a caller may keep or change', () => {
    const first = refsOfStep(step!);
    (first.at(-1)!.path as Array<string | number>).push('changed');
    expect(refsOfStep(step!).at(-1)!.path).toEqual(['map', 'from']);
    expect(refsOfStep(workflow([container('plain')]).spec.steps[0]!)).toEqual([]);
  });
});
