import { describe, test } from 'vitest';
import { container, echo, output, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { noCycleRule } from './no-cycle-rule';

describe('noCycleRule', () => {
  test('accepts a DAG, however its steps are ordered', () => {
    expectValid(noCycleRule, workflow([container('d', { dependencies: ['b', 'c'] }), container('b', { dependencies: ['a'] }), container('c', { depends: 'a' }), container('a')]));
  });

  test('names every step of a cycle, in dependency order, starting from the smallest name', () => {
    const steps = [container('c', { dependencies: ['b'] }), container('a', { dependencies: ['c'] }), container('b', { dependencies: ['a'] })];
    expectValidationErrors(noCycleRule, workflow(steps), [
      {
        code: 'CYCLE',
        path: ['steps', 'a'],
        stepIds: ['a', 'b', 'c'],
        message: 'Steps "a" → "b" → "c" → "a" form a cycle; a workflow must be a DAG.',
        hint: 'execWhile',
      },
    ]);
  });

  test('a step that depends on itself', () => {
    expectValidationErrors(noCycleRule, workflow([container('a', { dependencies: ['a'] })]), [
      { code: 'CYCLE', path: ['steps', 'a'], stepIds: ['a'], message: 'Step "a" depends on itself.' },
    ]);
  });

  test('data references close cycles too: two steps reading each other', () => {
    expectValidationErrors(noCycleRule, workflow([echo('ping', [output('pong')]), echo('pong', [output('ping')])]), [
      { code: 'CYCLE', path: ['steps', 'ping'], stepIds: ['ping', 'pong'] },
    ]);
  });

  test('so do depends expressions and conditions', () => {
    const steps = [container('a', { depends: 'b.Failed' }), container('b', { when: { op: 'equal', left: output('a'), right: 'x' } })];
    expectValidationErrors(noCycleRule, workflow(steps), [{ code: 'CYCLE', stepIds: ['a', 'b'], path: ['steps', 'a'] }]);
  });

  test('reports each separate cycle once and does not blame steps that merely wait behind one', () => {
    const steps = [
      container('a', { dependencies: ['b'] }),
      container('b', { dependencies: ['a'] }),
      container('after', { dependencies: ['a'] }),
      container('x', { dependencies: ['y'] }),
      container('y', { dependencies: ['x', 'after'] }),
    ];
    expectValidationErrors(noCycleRule, workflow(steps), [
      { code: 'CYCLE', path: ['steps', 'a'], stepIds: ['a', 'b'] },
      { code: 'CYCLE', path: ['steps', 'x'], stepIds: ['x', 'y'] },
    ]);
  });

  test('a cycle among exit-handler steps is reported at its onExit path', () => {
    const spec = { onExit: [container('notify', { dependencies: ['report'] }), container('report', { dependencies: ['notify'] })] };
    expectValidationErrors(noCycleRule, workflow([container('work')], spec), [{ code: 'CYCLE', path: ['onExit', 'notify'], stepIds: ['notify', 'report'] }]);
  });
});
