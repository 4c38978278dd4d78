import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NODE_CANDIDATES, PYTHON_CANDIDATES } from '../src/candidates';
import { COULER_BIN, runNode } from './couler-cli';

/**
 * The README's workflow compiled for Airflow as a user would, checked by the backend's own
 * validation (py_compile, Ruff, the DAG's structure against the workflow, every Jinja template):
 * `train-final`'s `when` on the candidate is decided by each map index, and the report reads the
 * list of the indexes that ran. Without an artifact store the artifacts travel in XCom.
 */
const out = mkdtempSync(join(tmpdir(), 'couler-automl-airflow-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const VARIANTS = [
  ['src/automl.ts', 'automl_penguins.py', NODE_CANDIDATES.length],
  ['src/automl-python.ts', 'automl_penguins_python.py', PYTHON_CANDIDATES.length],
] as const;

describe('couler compile --backend airflow --validate', () => {
  for (const [file, dagFile, candidates] of VARIANTS) {
    for (const version of ['3', '2'] as const) {
      it(`${file} for Airflow ${version}`, async () => {
        const directory = join(out, `${version}-${dagFile}`);
        const result = await runNode(COULER_BIN, ['compile', file, '--backend', 'airflow', '--airflow-version', version, '--validate', '-o', directory]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const dag = readFileSync(join(directory, dagFile), 'utf8');
        // Each map index of train_final decides its own condition and skips itself.
        expect(dag).toContain('pre_execute=skip_train_final_unless,');
        expect(dag).toMatch(/item = TRAIN_FINAL_ITEMS\[ti\.map_index\]\n\s+if not \(couler_text\(item\["name"\]\) == couler_output\(ti, "pick_best", "best-model"\) and float/);
        expect(dag).toContain('raise AirflowSkipException(');
        expect(dag).not.toContain('train_final__when');
        // write-report runs past the skipped indexes and reads the list of those that ran.
        expect(dag).toMatch(/task_id="write_report",[\s\S]*?trigger_rule="none_failed"/);
        expect(dag).toContain(`{{ couler_output(ti, "train_final", "test-metrics", ${candidates}) }}`);
        // The split directory reaches every cross-validation through XCom, no sidecar.
        expect(dag).toContain('{{ couler_artifact(ti, "split_data", "split") }}');
        expect(dag).not.toContain('couler-transfer');
      });
    }
  }

  it('with an artifact store, the artifacts move through it instead', async () => {
    const directory = join(out, 'store');
    const store = '{"url":"s3://couler-artifacts/automl","endpoint":"http://minio.storage:9000","secretName":"couler-artifacts"}';
    const result = await runNode(COULER_BIN, ['compile', 'src/automl.ts', '--backend', 'airflow', '--validate', '--setting', `artifactStore=${store}`, '-o', directory]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dag = readFileSync(join(directory, 'automl_penguins.py'), 'utf8');
    expect(dag).toContain('name="couler-transfer"');
    expect(dag).not.toContain('couler_artifact(');
  });
});
