import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findAtPath, isPresent } from '../src/find-at-path';
import { COVERAGE_DOCUMENT, formatCoverageDocument } from '../src/format-coverage';
import { type CoverageMeasurement, measureCoverage } from '../src/measure-coverage';
import { compileThroughCli } from '../src/compile-through-cli';
import { ONE_STEP } from '../src/probe-workflow';

describe('pnpm coverage:argo', () => {
  let measurement: CoverageMeasurement;
  beforeAll(async () => {
    measurement = await measureCoverage();
  });

  it('finds every field each probe claims in the Argo document the CLI compiles', () => {
    const failing = measurement.fields.filter((field) => field.status === 'failing').map((field) => `${field.field} (src/probes/${field.file}): ${field.note}`);
    expect(failing).toEqual([]);
  });

  it('measures all the fields of the six definitions, out-of-scope ones in the total', () => {
    expect(measurement.total).toBe(measurement.fields.length);
    expect(measurement.fields.map((field) => field.field)).toContain('WorkflowSpec.workflowTemplateRef');
    expect(measurement.fields.map((field) => field.field)).toContain('Container.livenessProbe');
    expect(measurement.covered).toBe(measurement.fields.filter((field) => field.status === 'covered').length);
  });

  it('has docs/argo-coverage.md as this measurement writes it (run `pnpm coverage:argo` after changing a probe or an emitter)', () => {
    expect(readFileSync(COVERAGE_DOCUMENT, 'utf8')).toBe(formatCoverageDocument(measurement));
  });
});

describe('the check at a path', () => {
  const document = { spec: { templates: [{ name: 'a', dag: { tasks: [{ name: 't' }] } }, { name: 'b', steps: [[{ name: 's1' }], [{ name: 's2', when: '' }]] }] } };

  it('reads every item of the arrays marked [] (steps’ list of lists included)', () => {
    expect(findAtPath(document, 'spec.templates[].name')).toEqual(['a', 'b']);
    expect(findAtPath(document, 'spec.templates[].steps[].name')).toEqual(['s1', 's2']);
    expect(findAtPath(document, 'spec.templates[].dag.tasks[].when')).toEqual([]);
  });

  it('counts a field as present only when it holds something', () => {
    expect(findAtPath(document, 'spec.templates[].steps[].when').some(isPresent)).toBe(false);
    expect([false, 0, 'x', [1], { a: 1 }].every(isPresent)).toBe(true);
    expect([undefined, null, '', [], {}].some(isPresent)).toBe(false);
  });

  it('reports what the CLI said when a probe workflow does not compile', async () => {
    const outcomes = await compileThroughCli([{ source: ONE_STEP.replace("'alpine:3.20'", "''") }]);
    const [outcome] = outcomes.values();
    expect(outcome).toMatchObject({ ok: false, problem: expect.stringContaining('needs an image') });
  });
});
