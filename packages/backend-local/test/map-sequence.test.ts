import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const result = (step: string) => ({ ref: 'step', step, output: 'result' });
/** A step mapped over `sequence` that prints its item. */
const echoItem = (name: string, sequence: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ ...sh(name, 'echo "$0"'), container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo "$0"'], args: [{ ref: 'item' }] }, map: { sequence }, ...extra });
const outputsOf = (...names: string[]) => ({ parameters: names.map((name) => ({ name, value: result(name) })) });

describe('map over a sequence (withSequence)', () => {
  it('runs once per number: a count, a range counting down, a format, a count another step printed', async () => {
    const steps = [
      sh('count', 'echo 3'),
      echoItem('from-zero', { count: 2 }),
      echoItem('down', { start: 3, end: 1, format: 'shard-%02d' }),
      echoItem('counted', { count: result('count'), start: 8, format: '%x' }, { dependencies: ['count'] }),
    ];
    const summary = await runWorkflow(workflowOf('seq', steps, { outputs: outputsOf('from-zero', 'down', 'counted') }), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(summary.outputs).toEqual({ 'from-zero': '[0,1]', down: '["shard-03","shard-02","shard-01"]', counted: '[8,9,"a"]' });
  });

  it('fails the step, naming the output, when a count read at run time is not a whole number', async () => {
    const steps = [sh('count', 'echo three'), echoItem('counted', { count: result('count') })];
    const summary = await runWorkflow(workflowOf('seq', steps), { home: dirs.home() });
    expect(summary.phase).not.toBe('Succeeded');
    expect(summary.message).toContain('"counted" maps over a sequence whose count is');
    expect(summary.message).toContain('"three"');
  });
});
