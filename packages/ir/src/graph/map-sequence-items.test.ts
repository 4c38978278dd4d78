import { describe, expect, it } from 'vitest';
import { CoulerError } from '../errors/couler-error';
import { checkWorkflow } from '../serialization/parse-workflow';
import type { Workflow } from '../schema/workflow';
import { expandLiteralSequences, formatSequenceNumber, MAX_SEQUENCE_ITEMS, sequenceItems } from './map-sequence-items';

const step = (name: string, sequence: Record<string, unknown>) => ({ name, kind: 'container', container: { image: 'alpine', args: [{ ref: 'item' }] }, map: { sequence } });
const workflowOf = (...steps: unknown[]) => ({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'seq' }, spec: { steps } }) as Workflow;

describe('sequence items (Argo withSequence semantics)', () => {
  it('counts from start, or runs start to end inclusive, down when end is below start', () => {
    expect(sequenceItems({ count: 3 })).toEqual(['0', '1', '2']);
    expect(sequenceItems({ count: 2, start: 5 })).toEqual(['5', '6']);
    expect(sequenceItems({ start: 2, end: 4 })).toEqual(['2', '3', '4']);
    expect(sequenceItems({ start: 1, end: -1 })).toEqual(['1', '0', '-1']);
    expect(sequenceItems({ count: 0 })).toEqual([]);
  });

  it('writes each number with the printf format, as Go does', () => {
    expect(['%d', '%03d', '%x', '%X', '%o', 'shard-%02d.json', '%5d', '100%% of %d'].map((format) => formatSequenceNumber(10, format))).toEqual([
      '10', '010', 'a', 'A', '12', 'shard-10.json', '   10', '100% of 10',
    ]);
    expect(formatSequenceNumber(-7, '%03d')).toBe('-07');
  });

  it('refuses a negative count and a count no engine can run', () => {
    expect(() => sequenceItems({ count: -1 }, { stepName: 'a' })).toThrow('The sequence of step "a" has count -1; a count is 0 or more.');
    const error = (() => {
      try {
        sequenceItems({ count: MAX_SEQUENCE_ITEMS + 1 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(CoulerError.isInstance(error) && error.code).toBe('INVALID_FIELD');
  });

  it('expands literal sequences into items and leaves those a run decides', () => {
    const expanded = expandLiteralSequences(workflowOf(step('a', { count: 2, format: 'n%d' }), step('b', { count: { ref: 'parameter', name: 'n' } })));
    expect(expanded.spec.steps.map((each) => each.map)).toEqual([{ items: ['n0', 'n1'] }, { sequence: { count: { ref: 'parameter', name: 'n' } } }]);
  });

  it('is validated: one of count and end, a format with one integer verb, references that exist', () => {
    const codes = (sequence: Record<string, unknown>) => checkWorkflow(workflowOf(step('a', sequence))).errors.map((error) => `${error.code} ${error.message}`);
    expect(codes({ count: 2 })).toEqual([]);
    expect(codes({ count: 2, end: 3 })).toEqual(['AMBIGUOUS_SOURCE The sequence of step "a" has "count" and "end"; give exactly one of "count", "end".']);
    expect(codes({ count: 2, format: '%s' })).toHaveLength(1);
    expect(codes({ count: 2, format: '%d-%d' })).toHaveLength(1);
    expect(codes({ count: { ref: 'step', step: 'missing', output: 'result' } }).join()).toContain('missing');
  });
});
