import { describe, expect, it } from 'vitest';
import { map } from './control-flow';
import { parameter } from './config-workflow';
import { runContainer } from './run-container';
import { runScript } from './run-script';
import { sequence } from './sequence';
import { workflow } from './workflow';

const echo = (value: unknown) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: [value as string], stepName: 'each' });

describe('map over sequence()', () => {
  it('records the numbers as map.sequence, literal or read from a step or a parameter', () => {
    const literal = workflow('seq', () => {
      map(echo, sequence({ start: 1, end: 3, format: 'shard-%02d' }));
    });
    expect(literal.spec.steps[0]!.map).toEqual({ sequence: { start: 1, end: 3, format: 'shard-%02d' } });
    const read = workflow('seq', () => {
      const count = runScript({ image: 'python:3.12-alpine', source: 'print(3)', stepName: 'count' });
      const first = parameter('first', { default: 1 });
      map(echo, sequence({ count, start: first }), { parallelism: 2 });
    });
    expect(read.spec.steps[1]!.map).toEqual({ sequence: { count: { ref: 'step', step: 'count', output: 'result' }, start: { ref: 'parameter', name: 'first' } }, parallelism: 2 });
  });

  it('refuses what is not a sequence, saying what to write', () => {
    expect(() => sequence({ count: 2, end: 3 })).toThrow('sequence() needs exactly one of count and end.');
    expect(() => sequence({})).toThrow('sequence() needs exactly one of count and end.');
    expect(() => sequence({ count: 2.5 })).toThrow('sequence({ count }) must be a whole number; got 2.5.');
    expect(() => sequence({ count: '3' as never })).toThrow("sequence({ count }) takes a whole number, a step's output or a parameter");
    expect(() => sequence({ count: 2, format: '%s' })).toThrow('sequence({ format }) is a printf format with one integer verb');
    expect(() => sequence({ count: 2, step: 1 } as never)).toThrow('step');
  });
});
