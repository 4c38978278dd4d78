import { describe, expect, it } from 'vitest';
import code1 from '../../../examples/paper/src/code1-artifacts';
import code2 from '../../../examples/paper/src/code2-coinflip';
import code3 from '../../../examples/paper/src/code3-diamond';
import code4 from '../../../examples/paper/src/code4-recursive';
import code5 from '../../../examples/paper/src/code5-model-search';
import code6 from '../../../examples/paper/src/code6-automl';
import nl from '../../../examples/paper/src/nl-image-classification';
import { createRequire } from 'node:module';
import { compileToAirflow, createAirflowBackend, resolveAirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';

describe('the paper examples on Airflow', () => {
  it('Code 1-6 compile for Airflow 3 and 2 into files that pass py_compile, Ruff and the AST check', async () => {
    for (const airflowVersion of [3, 2] as const) {
      const backend = createAirflowBackend({ airflowVersion, validate: true });
      for (const workflow of [code1, code2, code3, code4, code5, code6]) {
        const { files, warnings } = await backend.doCompile(workflow, {});
        expect(files.map((file) => file.path)).toEqual([`${workflow.metadata.name.replace(/-/g, '_')}.py`]);
        expect(warnings).toEqual([]);
        expect(files[0]!.contents).toContain(airflowVersion === 3 ? 'from airflow.sdk import DAG' : 'from airflow import DAG');
      }
    }
  });

  it('Code 2 as written for each version (golden files)', async () => {
    await expect(compileChecked(code2).source).toMatchFileSnapshot('./__snapshots__/coinflip.airflow3.py');
    await expect(compileChecked(code2, { airflowVersion: 2 }).source).toMatchFileSnapshot('./__snapshots__/coinflip.airflow2.py');
  });

  it("files are laid out as Ruff's formatter and isort would write them", () => {
    const { Workspace, PositionEncoding } = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as {
      Workspace: new (options: unknown, encoding: number) => { format(source: string): string; check(source: string): Array<{ code: string }> };
      PositionEncoding: { Utf16: number };
    };
    const ruff = new Workspace({ 'line-length': 88, lint: { select: ['I'] } }, PositionEncoding.Utf16);
    for (const airflowVersion of [3, 2] as const) {
      for (const workflow of [code1, code2, code3, code4]) {
        const { source } = compileToAirflow(workflow, resolveAirflowSettings({ airflowVersion }));
        expect(ruff.format(source)).toBe(source);
        expect(ruff.check(source)).toEqual([]);
      }
    }
  });

  it('Code 1: the consumer reads the producer output from XCom', () => {
    const dag = compileChecked(code1);
    expect(dag.keyword('step1', 'do_xcom_push')).toBe(true);
    expect(dag.keyword('step2', 'arguments')).toEqual(['{{ couler_output(ti, "step1", "hello_world") }}']);
    expect(dag.upstream('step2')).toEqual(['step1']);
  });

  it('Code 2: each side runs behind a branch on the flip', () => {
    const dag = compileChecked(code2);
    expect(dag.task('heads__when').operator).toBe('task.branch');
    expect(dag.task('heads__when').body).toContain("if couler_output(ti, 'flip_coin', 'result') == 'heads':");
    expect(dag.upstream('heads__when')).toEqual(['flip_coin']);
    expect(dag.upstream('heads')).toEqual(['heads__when']);
    expect(dag.upstream('tails')).toEqual(['tails__when']);
  });

  it('Code 3: the diamond keeps its four tasks and edges', () => {
    const dag = compileChecked(code3);
    expect(dag.structure.tasks.map((task) => task.taskId)).toEqual(['a', 'b', 'c', 'd']);
    expect(dag.upstream('d')).toEqual(['b', 'c']);
  });

  it('Code 4: the loop of at most 20 flips is unrolled into 20 flips with a check between them that skips itself when the loop ends', () => {
    const dag = compileChecked(code4);
    const flips = dag.structure.tasks.filter((task) => task.operator === 'KubernetesPodOperator').map((task) => task.taskId);
    expect(flips).toEqual(['flip_coin', ...Array.from({ length: 19 }, (_, index) => `flip_coin__${index + 2}`)]);
    expect(dag.task('exec_while_flip_coin__check_1').operator).toBe('task');
    expect(dag.task('exec_while_flip_coin__check_3').body).toContain("if not couler_output(ti, 'flip_coin__3', 'result') == 'tails':");
    expect(dag.task('exec_while_flip_coin__check_3').body).toContain('raise AirflowSkipException(');
    expect(dag.upstream('flip_coin__4')).toEqual(['exec_while_flip_coin__check_3']);
  });

  it('Code 5: one kubectl pod per batch size creates its TFJob; the evaluations are mapped over the jobs\' names', () => {
    const dag = compileChecked(code5);
    expect(dag.task('train_tensorflow').operator).toBe('KubernetesPodOperator');
    expect(dag.flat).toContain('train_tensorflow_arguments = [["100", "100"], ["200", "200"], ["300", "300"], ["400", "400"], ["500", "500"]]');
    expect(dag.flat).toContain('couler_output(ti, "train_tensorflow", "job-name", 5)');
    expect(dag.upstream('eval__items')).toEqual(['train_tensorflow']);
  });

  it('Code 6: the XGBoost and LightGBM jobs (both XGBoostJobs) run side by side in a task group; the NL example compiles, its artifacts in XCom', () => {
    const dag = compileChecked(code6);
    expect(dag.structure.tasks.map((task) => [task.taskId, task.operator])).toEqual([
      ['train_lgbm', 'KubernetesPodOperator'],
      ['train_xgboost', 'KubernetesPodOperator'],
    ]);
    expect(dag.upstream('train_lgbm')).toEqual([]);
    expect(dag.source).toContain('with TaskGroup(');
    expect(dag.source.match(/kind\\?": \\?"XGBoostJob/g)).toHaveLength(2);
    const natural = compileChecked(nl);
    expect(natural.flat).toContain('packed="$(couler_pack dataset');
  });
});
