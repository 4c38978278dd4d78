import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stepScriptPath, type StepScript } from '../src/example-paths';

// The step scripts on their own, as the engine runs them: `node|python3 <script> <args…>`.

const scratch = mkdtempSync(join(tmpdir(), 'couler-automl-steps-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Runtime = 'node' | 'python';

function runStep(runtime: Runtime, script: StepScript, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = runtime === 'node' ? process.execPath : 'python3';
  return new Promise((resolve) => {
    execFile(program, [stepScriptPath(runtime, script), ...args], { cwd: scratch }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

interface Row {
  x: number[];
  y: number;
  fold?: number;
}

/** 50 / 30 / 20 rows of three classes; each row's first feature is its id. */
function writeDataset(path: string): Row[] {
  const sizes = [50, 30, 20];
  const rows: Row[] = [];
  sizes.forEach((size, label) => {
    for (let i = 0; i < size; i += 1) rows.push({ x: [rows.length, label * 10 + (i % 7)], y: label });
  });
  writeFileSync(path, JSON.stringify({ name: 'toy', source: 'test', target: 'label', features: ['id', 'value'], classes: ['a', 'b', 'c'], dropped: 0, rows }));
  return rows;
}

const readRows = (path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { rows: Row[] }).rows;

describe.each(['node', 'python'] as const)('%s step scripts', (runtime) => {
  const dir = join(scratch, runtime);
  const dataset = join(dir, 'dataset.json');

  it('split-data holds out each class in proportion and deals stratified folds, the same for the same seed', async () => {
    mkdirSync(dir, { recursive: true });
    const rows = writeDataset(dataset);
    const split = async (name: string, seed: string) => {
      const result = await runStep(runtime, 'split-data', [dataset, join(dir, name), join(dir, `${name}.summary.json`), '0.2', '5', seed]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return { train: readRows(join(dir, name, 'train.json')), test: readRows(join(dir, name, 'test.json')) };
    };
    const { train, test } = await split('a', '7');
    const ids = (list: Row[]) => list.map((row) => row.x[0]!);
    expect([...ids(train), ...ids(test)].sort((a, b) => a - b)).toEqual(ids(rows));
    expect([0, 1, 2].map((label) => test.filter((row) => row.y === label).length)).toEqual([10, 6, 4]);
    for (const label of [0, 1, 2]) {
      const perFold = [0, 1, 2, 3, 4].map((fold) => train.filter((row) => row.y === label && row.fold === fold).length);
      expect(Math.max(...perFold) - Math.min(...perFold), `class ${label}: ${perFold}`).toBeLessThanOrEqual(1);
    }
    expect(JSON.parse(readFileSync(join(dir, 'a.summary.json'), 'utf8'))).toMatchObject({ rows: 100, train: 80, test: 20, folds: 5, seed: 7 });

    const again = await split('b', '7');
    expect(again).toEqual({ train, test });
    const other = await split('c', '8');
    expect(ids(other.test).sort()).not.toEqual(ids(test).sort());
  });

  it('split-data refuses a fold count outside 2–20, saying which argument', async () => {
    const result = await runStep(runtime, 'split-data', [dataset, join(dir, 'bad'), join(dir, 'bad.json'), '0.2', '1', '7']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('folds must be a whole number from 2 to 20; got "1"');
  });

  it('cross-validate names the known algorithms when given an unknown one', async () => {
    const result = await runStep(runtime, 'cross-validate', [join(dir, 'a'), JSON.stringify({ name: 'svm', algorithm: 'support-vector-machine' }), '7', join(dir, 'metrics.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/unknown algorithm "support-vector-machine" in candidate "svm"; known: .*logistic-regression/);
  });

  it('pick-best takes the highest accuracy, breaking ties by macro F1', async () => {
    const metrics = [
      { name: 'first', accuracy: 0.9, macroF1: 0.85 },
      { name: 'second', accuracy: 0.95, macroF1: 0.9 },
      { name: 'third', accuracy: 0.95, macroF1: 0.93 },
    ];
    const result = await runStep(runtime, 'pick-best', [JSON.stringify(metrics), join(dir, 'best-model.txt'), join(dir, 'best-accuracy.txt')]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'best-model.txt'), 'utf8')).toBe('third');
    expect(Number(readFileSync(join(dir, 'best-accuracy.txt'), 'utf8'))).toBe(0.95);
  });

  it('write-report refuses a relative report directory, which would land in its private working directory', async () => {
    const result = await runStep(runtime, 'write-report', ['{}', '[]', '0.9', '[]', 'out', join(dir, 'report.md')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('report-dir must be an absolute path (steps run in their own working directories); got "out"');
  });

  it('pick-best refuses an empty list of metrics', async () => {
    const result = await runStep(runtime, 'pick-best', ['[]', join(dir, 'm.txt'), join(dir, 'a.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('expected a non-empty JSON list of cross-validation metrics');
  });
});
