import { describe, test } from 'vitest';
import { container, echo, output, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { typesRule } from './types-rule';

const parameter = (name: string) => ({ ref: 'parameter', name });

describe('typesRule', () => {
  test('accepts values that fit their declared types', () => {
    const spec = {
      parameters: [
        { name: 'epochs', type: 'integer', default: 10 },
        { name: 'lr', type: 'number', default: '0.01' },
        { name: 'debug', type: 'boolean', default: 'false' },
        { name: 'sizes', type: 'list', default: '[1, 2]' },
        { name: 'config', type: 'json', default: '{"a": 1}' },
        { name: 'mode', type: 'string', default: 'fast', enum: ['fast', 'slow'] },
      ],
    };
    const steps = [
      container('train', { when: { op: 'and', conditions: [{ op: 'bigger', left: parameter('epochs'), right: '3' }, { op: 'smallerEqual', left: parameter('lr'), right: 1 }] } }),
      echo('sweep', [{ ref: 'item' }], { map: { from: parameter('sizes') } }),
      container('tune', { inputs: { parameters: [{ name: 'batch', type: 'integer', value: '32' }] }, when: { op: 'equal', left: parameter('mode'), right: 'fast' } }),
      echo('report', [], { when: { op: 'bigger', left: output('train'), right: 0.5 } }),
    ];
    expectValid(typesRule, workflow(steps, spec));
  });

  test.each([
    ['number', 'abc'],
    ['integer', 1.5],
    ['integer', '2.5'],
    ['boolean', 'yes'],
    ['list', '{"a": 1}'],
    ['list', 'not json'],
    ['json', '{oops'],
  ])('a %s parameter with default %j is a mismatch', (type, value) => {
    expectValidationErrors(typesRule, workflow([container('a')], { parameters: [{ name: 'p', type, default: value }] }), [
      { code: 'TYPE_MISMATCH', path: ['parameters', 'p', 'default'], message: `Workflow parameter "p" is declared ${type}, but its default ${JSON.stringify(value)} is not.` },
    ]);
  });

  test('a default outside the allowed values is a mismatch', () => {
    expectValidationErrors(typesRule, workflow([container('a')], { parameters: [{ name: 'mode', default: 'medium', enum: ['fast', 'slow'] }] }), [
      { code: 'TYPE_MISMATCH', path: ['parameters', 'mode', 'default'], message: 'is not one of its allowed values ("fast", "slow")' },
    ]);
  });

  test('ordering comparisons need numbers on both sides', () => {
    const spec = { parameters: [{ name: 'name', type: 'string' }] };
    const steps = [
      container('a', { when: { op: 'bigger', left: parameter('name'), right: 3 } }),
      container('b', { when: { op: 'smaller', left: 1, right: 'ten' } }),
    ];
    expectValidationErrors(typesRule, workflow(steps, spec), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'a', 'when'], stepIds: ['a'], message: '"bigger" in step "a" compares numbers, but parameter "name" is a string.', hint: 'equal/notEqual' },
      { code: 'TYPE_MISMATCH', path: ['steps', 'b', 'when'], message: '"ten" is not a number' },
    ]);
  });

  test('equality with a literal that can never match the declared type', () => {
    const steps = [
      container('check', { outputs: { parameters: [{ name: 'score', path: '/tmp/s', type: 'number' }] } }),
      container('deploy', { when: { op: 'equal', left: output('check', 'score'), right: 'high' } }),
    ];
    expectValidationErrors(typesRule, workflow(steps), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'deploy', 'when'], message: 'compares "check.score" (a number) with "high", which can never be equal' },
    ]);
  });

  test('the output of a mapped step is a list, not a value to compare', () => {
    const steps = [container('train', { map: { items: [1, 2] } }), container('pick', { when: { op: 'notEqual', left: 'x', right: output('train') } })];
    expectValidationErrors(typesRule, workflow(steps), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'pick', 'when'], message: 'a list (the outputs of a mapped step), with a single value', hint: 'reduces the list' },
    ]);
  });

  test('nested conditions are reported at their own path', () => {
    const when = { op: 'or', conditions: [{ op: 'equal', left: 1, right: 1 }, { op: 'not', condition: { op: 'biggerEqual', left: 'a', right: 1 } }] };
    expectValidationErrors(typesRule, workflow([container('a', { when })]), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'a', 'when', 'conditions', 1, 'condition'] },
    ]);
  });

  test('map over something that is not a list', () => {
    const spec = { parameters: [{ name: 'count', type: 'integer' }] };
    expectValidationErrors(typesRule, workflow([container('a', { map: { from: parameter('count') } })], spec), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'a', 'map', 'from'], message: 'maps over parameter "count", which is an integer, not a list' },
    ]);
  });

  test('a literal input value must fit the input type', () => {
    const step = container('a', { inputs: { parameters: [{ name: 'batch', type: 'integer', value: 'big' }] } });
    expectValidationErrors(typesRule, workflow([step]), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'a', 'inputs', 'parameters', 'batch', 'value'], stepIds: ['a'] },
    ]);
  });

  test('inList looks for one value in a list: a literal list, a list parameter, or a list output', () => {
    const spec = { parameters: [{ name: 'branches', type: 'list', default: '["main"]' }, { name: 'branch', type: 'string', default: 'main' }] };
    const inList = (value: unknown, list: unknown) => ({ when: { op: 'in', value, list } });
    const steps = [
      container('fan', { map: { items: ['a', 'b'] } }),
      container('ok-literal', inList(parameter('branch'), ['main', 'dev'])),
      container('ok-parameter', inList('main', parameter('branches'))),
      container('ok-output', { when: { op: 'notIn', value: 'a', list: output('fan') } }),
      container('not-a-list', inList('main', parameter('branch'))),
      container('list-as-value', inList(output('fan'), ['a'])),
    ];
    expectValidationErrors(typesRule, workflow(steps, spec), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'not-a-list', 'when', 'list'], message: 'which is a string, not a list', hint: 'type "list"' },
      { code: 'TYPE_MISMATCH', path: ['steps', 'list-as-value', 'when', 'value'], message: 'a list, in a list' },
    ]);
  });

  test('execWhile conditions are checked at the group', () => {
    const groups = [{ name: 'loop', kind: 'while', steps: ['a'], condition: { op: 'bigger', left: output('a'), right: 'many' }, maxIterations: 3 }];
    expectValidationErrors(typesRule, workflow([container('a')], { groups }), [{ code: 'TYPE_MISMATCH', path: ['groups', 'loop', 'condition'] }]);
  });
});
