import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const results = (summary: { steps: ReadonlyArray<{ id: string; outputs: { result?: string } }> }) =>
  Object.fromEntries(summary.steps.map((step) => [step.id, step.outputs.result]));

// Each step runs in a directory of its own, empty when it starts, whether it was made for it or
// left empty by a finished step (`SandboxDirPool`).
describe('a step’s working directory', () => {
  it('is its own and empty, step after step, and the run leaves no spare directories behind', async () => {
    const steps = Array.from({ length: 6 }, (_, index) => sh(`s${index}`, 'echo "$(basename "$PWD") $(ls -A | wc -l)"', index > 0 ? { dependencies: [`s${index - 1}`] } : {}));
    const summary = await runWorkflow(workflowOf('own-dirs', steps), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary)).toEqual(Object.fromEntries(steps.map((step) => [step.name, `${step.name} 0`])));
    expect(readdirSync(summary.runDir).filter((name) => name.startsWith('.free'))).toEqual([]);
  });

  it('is never one that a finished step left files in, or where a process it started still runs', async () => {
    const workflow = workflowOf('kept-dirs', [
      sh('leaves-file', 'echo model > model.bin'),
      // A background process of the step's own, still writing to its directory after the step ended.
      sh('leaves-process', '(sleep 0.4; echo late > late.txt) > /dev/null 2>&1 & true'),
      sh('next', 'sleep 0.8; ls -A', { dependencies: ['leaves-file', 'leaves-process'] }),
      sh('last', 'ls -A', { dependencies: ['next'] }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary).next).toBe('');
    expect(results(summary).last).toBe('');
    expect(readdirSync(join(summary.runDir, 'leaves-file'))).toEqual(['model.bin']);
    expect(readdirSync(join(summary.runDir, 'leaves-process'))).toEqual(['late.txt']);
    expect(existsSync(join(summary.runDir, 'next'))).toBe(false);
  });
});
