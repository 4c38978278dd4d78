import { parseDependsExpression } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionScope } from './evaluate-condition';
import { evaluateDepends } from './evaluate-depends';
import { ResolveError } from './resolve-value';
import { stepStatusOf } from './step-status';

const outputs: Record<string, string> = { accuracy: '0.93', flip: 'heads\n', count: '10', shards: '["a", 2, true, null]' };
const parameters: Record<string, string> = { threshold: '0.9', branches: '["main","release"]', branch: 'main' };
const scope: ConditionScope = {
  owner: 'Step "gate"',
  parameter: (name) => parameters[name] ?? '',
  stepOutput: (_step, output) => {
    const value = outputs[output];
    if (value === undefined) throw new ResolveError(`no ${output}`);
    return value;
  },
  input: () => '',
  item: () => '',
  workflow: () => 'Succeeded',
  stepStatus: (step) => (step === 'train' ? 'Failed' : 'Succeeded'),
};
const out = (output: string) => ({ ref: 'step' as const, step: 's', output });

describe('evaluateCondition', () => {
  it('compares numbers as numbers and text as trimmed text', () => {
    expect(evaluateCondition({ op: 'bigger', left: out('accuracy'), right: { ref: 'parameter', name: 'threshold' } }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'bigger', left: out('count'), right: 9 }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'equal', left: out('flip'), right: 'heads' }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'smallerEqual', left: 'apple', right: 'banana' }, scope)).toBe(true);
  });

  it('combines with and, or and not, and reports a missing value', () => {
    const heads = { op: 'equal' as const, left: out('flip'), right: 'heads' };
    expect(evaluateCondition({ op: 'and', conditions: [heads, { op: 'not', condition: heads }] }, scope)).toBe(false);
    expect(evaluateCondition({ op: 'or', conditions: [{ op: 'not', condition: heads }, heads] }, scope)).toBe(true);
    expect(() => evaluateCondition({ op: 'equal', left: out('loss'), right: 1 }, scope)).toThrow('no loss');
  });
});

describe('evaluateCondition: in, notIn and stepStatus', () => {
  const branches = { ref: 'parameter' as const, name: 'branches' };

  it('finds a value in a literal list, a list parameter or a list output, items compared as text', () => {
    expect(evaluateCondition({ op: 'in', value: { ref: 'parameter', name: 'branch' }, list: branches }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: 'hotfix', list: branches }, scope)).toBe(false);
    expect(evaluateCondition({ op: 'notIn', value: 'hotfix', list: branches }, scope)).toBe(true);
    // A number or boolean item matches its JSON text; an output's trailing newline does not count.
    expect(evaluateCondition({ op: 'in', value: '2', list: ['x', 2] }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: out('count'), list: [10] }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: out('flip'), list: ['tails', 'heads'] }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: true, list: out('shards') }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: 'null', list: out('shards') }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'notIn', value: 'b', list: out('shards') }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'in', value: 'main', list: [] }, scope)).toBe(false);
  });

  it('nests in and/or/not', () => {
    const inRelease = { op: 'in' as const, value: 'release', list: branches };
    expect(evaluateCondition({ op: 'and', conditions: [inRelease, { op: 'not', condition: { op: 'notIn', value: 'a', list: out('shards') } }] }, scope)).toBe(true);
  });

  it('refuses a list that is not a JSON list, naming whose condition and the value', () => {
    expect(() => evaluateCondition({ op: 'in', value: 'main', list: { ref: 'parameter', name: 'branch' } }, scope)).toThrow(
      'Step "gate" looks for "main" in parameter "branch", which is not a JSON list: "main".',
    );
    expect(() => evaluateCondition({ op: 'notIn', value: 'x', list: out('flip') }, scope)).toThrow(ResolveError);
  });

  it('reads a main step’s status; several statuses mean any of them', () => {
    expect(evaluateCondition({ op: 'stepStatus', step: 'train', statuses: ['Failed'] }, scope)).toBe(true);
    expect(evaluateCondition({ op: 'stepStatus', step: 'train', statuses: ['Succeeded', 'Skipped'] }, scope)).toBe(false);
    expect(evaluateCondition({ op: 'stepStatus', step: 'lint', statuses: ['Skipped', 'Succeeded'] }, scope)).toBe(true);
  });
});

describe('stepStatusOf', () => {
  it.each([
    ['Succeeded', undefined, 'Succeeded'],
    ['Cached', undefined, 'Succeeded'],
    ['Failed', undefined, 'Failed'],
    ['Error', undefined, 'Failed'],
    ['Cancelled', undefined, 'Failed'],
    ['Skipped', undefined, 'Skipped'],
    ['Omitted', undefined, 'Skipped'],
    [undefined, undefined, 'Skipped'],
    ['Succeeded', 3, 'Succeeded'],
    ['Succeeded', 0, 'Skipped'],
    ['Failed', 3, 'Failed'],
    ['Skipped', 3, 'Skipped'],
  ] as const)('%s with %s mapped instances is %s', (phase, instances, expected) => {
    expect(stepStatusOf(phase, instances)).toBe(expected);
  });
});

describe('evaluateDepends', () => {
  const outcomes = {
    train: { phase: 'Failed' as const, instancePhases: ['Succeeded', 'Failed'] as const },
    lint: { phase: 'Skipped' as const, instancePhases: [] },
    cached: { phase: 'Cached' as const, instancePhases: ['Cached'] as const },
  };
  const outcomeOf = (name: string) => outcomes[name as keyof typeof outcomes];
  it.each([
    ['train.Failed && lint', true],
    ['train', false],
    ['train.AnySucceeded', true],
    ['train.AllFailed', false],
    ['cached.Succeeded && !lint.Omitted', true],
    ['(train.Succeeded || lint.Skipped) && cached', true],
  ])('%s is %s', (source, expected) => {
    expect(evaluateDepends(parseDependsExpression(source), outcomeOf as never)).toBe(expected);
  });
});
