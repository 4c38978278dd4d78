import { describe, expect, test } from 'vitest';
import { checkWorkflow } from '../../serialization/parse-workflow';
import { container, output, unparsedWorkflow, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { groupsRule } from './groups-rule';

const whileGroup = (name: string, steps: string[], fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'while',
  steps,
  condition: { op: 'equal', left: output(steps[0]!), right: 'tails' },
  maxIterations: 5,
  ...fields,
});

describe('groupsRule', () => {
  test('accepts groups over existing main steps, with a loop condition over its body', () => {
    const groups = [whileGroup('retry-flip', ['flip']), { name: 'fan', kind: 'concurrent', branches: [['a', 'b'], ['c']] }];
    expectValid(groupsRule, workflow([container('flip'), container('a'), container('b'), container('c')], { groups }));
  });

  test('a member that is not a main step is unknown, with a suggestion', () => {
    const groups = [{ name: 'fan', kind: 'concurrent', branches: [['train'], ['trian'], ['notify']] }];
    expectValidationErrors(groupsRule, workflow([container('train')], { groups, onExit: [container('notify')] }), [
      { code: 'UNKNOWN_STEP', path: ['groups', 'fan', 'trian'], message: 'Group "fan" lists step "trian", but there is no main step of that name. Did you mean "train"?' },
      { code: 'UNKNOWN_STEP', path: ['groups', 'fan', 'notify'] },
    ]);
  });

  test('a step is listed once per group and belongs to one loop', () => {
    const groups = [{ name: 'fan', kind: 'concurrent', branches: [['a'], ['b', 'a']] }, whileGroup('first', ['a']), whileGroup('second', ['a', 'b'])];
    expectValidationErrors(groupsRule, workflow([container('a'), container('b')], { groups }), [
      { code: 'INVALID_GROUP', path: ['groups', 'fan', 'a'], stepIds: ['a'], message: 'Group "fan" lists step "a" twice.' },
      { code: 'INVALID_GROUP', path: ['groups', 'second', 'a'], stepIds: ['a'], message: 'in the body of two execWhile loops ("first" and "second")' },
    ]);
  });

  test('a loop condition must read a step of its own body', () => {
    const groups = [whileGroup('spin', ['a'], { condition: { op: 'equal', left: output('b'), right: 'go' } })];
    expectValidationErrors(groupsRule, workflow([container('a'), container('b')], { groups }), [
      { code: 'INVALID_GROUP', path: ['groups', 'spin', 'condition'], message: 'reads none of its body\'s steps', hint: 'Compare an output of a step inside the loop' },
    ]);
  });

  test('maxIterations below 1 is refused by the schema when parsed', () => {
    const value = unparsedWorkflow([container('a')], { groups: [whileGroup('spin', ['a'], { maxIterations: 0 })] });
    const { workflow: parsed, errors } = checkWorkflow(value);
    expect(parsed).toBeUndefined();
    expect(errors.map((error) => [error.code, error.pathString])).toEqual([['INVALID_MAX_ITERATIONS', 'groups.spin.maxIterations']]);
    expect(errors[0]!.message).toContain('must be a whole number of at least 1');
  });

  test('and by the rule when a workflow built in code is validated without parsing', () => {
    for (const maxIterations of [0, -3, 2.5]) {
      const value = unparsedWorkflow([container('a')], { groups: [whileGroup('spin', ['a'], { maxIterations })] });
      expectValidationErrors(groupsRule, value, [
        { code: 'INVALID_MAX_ITERATIONS', path: ['groups', 'spin', 'maxIterations'], message: `The cap of execWhile "spin" is ${maxIterations}` },
      ]);
    }
  });
});
