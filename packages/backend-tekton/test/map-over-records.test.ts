import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from './support/compile-checked';
import { runTaskLocally } from './support/simulate-task';

/**
 * A `map` over a step's output that prints records (`[{"name": …}, …]`), a step reading a field of
 * each: Tekton's array results hold strings only, and a matrix over a run-time list cannot be
 * split into fields before the fan-out. The producer's wrapper makes each record the string of
 * its JSON, and the mapped step's `couler-item` step reads the field from it. Both tasks run
 * here, as Tekton's entrypoint would run them.
 */
const RECORDS = [{ name: "it's $(params.x) {{ y }}", depth: 3 }, { name: 'ü 🚀\nline', depth: 1 }, { name: 'plain', depth: 12 }];

function workflow(): Workflow {
  const steps = [
    { name: 'list', kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', 'printf "%s\\n" "$0"', JSON.stringify(RECORDS, null, 2)] } },
    {
      name: 'use',
      kind: 'container',
      dependencies: ['list'],
      map: { from: { ref: 'step', step: 'list', output: 'result' } },
      container: { image: 'alpine:3.20', command: ['printf', '%s|%s'], args: [{ ref: 'item', key: 'name' }, { ref: 'item', key: 'depth' }] },
    },
  ] as Step[];
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'records' }, spec: { steps } } as Workflow;
}

describe('a map over records a step printed, on Tekton', () => {
  it('validates, the producer hands Tekton an array of strings, and each iteration reads its own fields', () => {
    const { documents } = compileChecked(workflow());
    const produced = runTaskLocally(taskNamed(documents, 'list').taskSpec, {});
    expect(produced.exitCode, produced.stderr).toBe(0);
    const items = JSON.parse(produced.results.result!) as unknown[];
    expect(items.every((item) => typeof item === 'string')).toBe(true);
    expect(items.map((item) => JSON.parse(item as string))).toEqual(RECORDS);

    const use = taskNamed(documents, 'use');
    expect(use.taskSpec.steps.map((step: { name: string }) => step.name)).toEqual(['couler-item', 'main']);
    const [itemStep, main] = use.taskSpec.steps;
    // The simulator has no step results: Tekton's entrypoint gives each step its result paths, then substitutes their values.
    const directory = mkdtempSync(join(tmpdir(), 'couler-records-'));
    const outputs = items.map((item, index) => {
      const paths = [0, 1].map((field) => join(directory, `${index}-field-${field}`));
      const extracted = runTaskLocally({ steps: [itemStep] }, {}, { context: { 'params.item': item as string, 'step.results.field-0.path': paths[0]!, 'step.results.field-1.path': paths[1]! } });
      expect(extracted.exitCode, extracted.stderr).toBe(0);
      const fields = paths.map((path) => readFileSync(path, 'utf8'));
      const run = runTaskLocally({ steps: [main] }, {}, { context: { 'steps.couler-item.results.field-0': fields[0]!, 'steps.couler-item.results.field-1': fields[1]! } });
      expect(run.exitCode, run.stderr).toBe(0);
      return run.stdout;
    });
    rmSync(directory, { recursive: true, force: true });
    expect(outputs).toEqual(RECORDS.map((record) => `${record.name}|${record.depth}`));
  });
});
