import { parseDependsExpression } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from './evaluate-condition';
import { evaluateDepends } from './evaluate-depends';
import { ResolveError, type ResolveScope } from './resolve-value';

const outputs: Record<string, string> = { accuracy: '0.93', flip: 'heads\n', count: '10' };
const scope: ResolveScope = {
  parameter: (name) => ({ threshold: '0.9' })[name] ?? '',
  stepOutput: (_step, output) => {
    const value = outputs[output];
    if (value === undefined) throw new ResolveError(`no ${output}`);
    return value;
  },
  input: () => '',
  item: () => '',
  workflow: () => 'Succeeded',
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
