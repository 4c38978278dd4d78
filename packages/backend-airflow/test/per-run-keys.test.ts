import { describe, expect, it } from 'vitest';
import type { Step } from '@couler/ir';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow } from './support/ir';
import { hasJinja } from './support/python';
import { readPod } from './support/run-pod';

/** A key naming the run's id becomes `{{ run_id }}`, a safe path segment; its literal text stays text (rendered by jinja2). */
describe('artifact keys that name the run', () => {
  const HOSTILE = 'models/{{ dag }}/$(id)/{% raw %}it\'s "x"/';
  const workflow = irWorkflow('per-run', [
    container(
      'train',
      { outputs: { artifacts: [{ name: 'model', path: '/out/model', location: { type: 's3', bucket: 'models', key: { concat: [HOSTILE, { ref: 'workflow', field: 'uid' }, '/model.pkl'] } } }] } },
      { command: ['sh', '-c'], args: ['echo x > /out/model'] },
    ),
  ] as Step[]);

  it.skipIf(!hasJinja)('writes each run under its own key, with the ":" and "+" of a run id made "_"', () => {
    const source = compileChecked(workflow, { airflowVersion: 3 }).source;
    const urlOf = (runId: string) => readPod(source, { taskId: 'train', dagId: 'per-run', runId }).base.env.COULER_OUTPUT_0;
    expect(urlOf('manual__2026-12-06T14:00:00+00:00')).toBe(`s3://models/${HOSTILE}manual__2026-12-06T14_00_00_00_00/model.pkl`);
    expect(urlOf('scheduled__2026-12-07T00:00:00+00:00')).toBe(`s3://models/${HOSTILE}scheduled__2026-12-07T00_00_00_00_00/model.pkl`);
    expect(urlOf('a/b c')).toBe(`s3://models/${HOSTILE}a_b_c/model.pkl`);
  });
});
