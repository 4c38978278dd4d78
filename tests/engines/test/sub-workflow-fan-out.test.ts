/**
 * Issue 24's case on every engine: for each of five models train → evaluate (one mapped
 * sub-workflow), then keep the best. Argo gets one DAG template and a call with withItems,
 * Airflow one @task_group expanded over the models, Tekton the body unrolled per model with a
 * fan-in task, and the local engine runs it for real; each must say what the local run did.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings } from '@couler/backend-airflow';
import { runWorkflow } from '@couler/backend-local';
import { compileToTekton, validateTektonYaml, emitTektonYaml, type TektonDocument } from '@couler/backend-tekton';
import { afterAll, describe, expect, it } from 'vitest';
import { compileChecked } from '../src/argo-checked';
import { subWorkflowFanOut } from '../src/constructs';

// biome-ignore lint/suspicious/noExplicitAny: compiled documents, read loosely.
type Json = Record<string, any>;

const MODELS = ['knn', 'svm', 'xgboost', 'forest', 'mlp'];
const workflow = subWorkflowFanOut();
const home = mkdtempSync(join(tmpdir(), 'couler-subflow-engines-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('the five-model train → evaluate → keep-best fan-out as a mapped sub-workflow', () => {
  it('runs on the local engine: every step of every iteration, then the best model', async () => {
    const run = await runWorkflow(workflow, { home });
    expect(run.phase).toBe('Succeeded');
    const evaluated = run.steps
      .filter((step) => /^models\[\d\]\.evaluate$/.test(step.stepName))
      .map((step) => [step.stepName, step.outputs.result])
      .sort(([left], [right]) => String(left).localeCompare(String(right)));
    expect(evaluated).toEqual(MODELS.map((model, index) => [`models[${index}].evaluate`, String(model.length)]));
    expect(run.steps.find((step) => step.stepName === 'keep-best')!.outputs.result).toBe(String(MODELS.indexOf('xgboost')));
  });

  it('compiles for Argo: one DAG template, called once with withItems (schema and lint clean)', () => {
    const { document } = compileChecked(workflow);
    const templates: Json[] = (document.spec as Json).templates;
    const definition = templates.find((template) => template.name === 'train-evaluate')!;
    expect(definition.dag.tasks.map((task: Json) => task.name)).toEqual(['train', 'evaluate']);
    const call = templates.flatMap((template) => template.dag?.tasks ?? []).find((task: Json) => task.name === 'models');
    expect([call.template, call.withItems]).toEqual(['train-evaluate', MODELS]);
  });

  it('compiles for Airflow: a DAG file that compiles, read back as one task group expanded over the models', () => {
    const settings = resolveAirflowSettings({});
    const { source, summary } = compileToAirflow(workflow, settings);
    const check = checkAirflowDag(source, { workflow, summary });
    expect(check.problems).toEqual([]);
    expect(check.skipped).toEqual([]);
    expect(check.structure!.taskGroups!.train_evaluate!.tasks.map((task) => task.taskId)).toContain('evaluate');
    const models = check.structure!.tasks.find((task) => task.taskId === 'models')!;
    expect([models.operator, models.function, models.mapped]).toEqual(['task_group', 'train_evaluate', 'expand']);
  });

  it('compiles for Tekton: the body unrolled per model, the scores gathered in item order for keep-best', () => {
    const { documents } = compileToTekton(workflow);
    expect(validateTektonYaml(emitTektonYaml(documents))).toEqual([]);
    const pipeline = documents.find((document: TektonDocument) => document.kind === 'Pipeline')!.spec as Json;
    const names: string[] = pipeline.tasks.map((task: Json) => task.name);
    expect(names).toEqual([...MODELS.flatMap((_model, index) => [`models-${index}-train`, `models-${index}-evaluate`]), 'keep-best', 'models-score-fan-in']);
    const fanIn = pipeline.tasks.find((task: Json) => task.name === 'models-score-fan-in');
    expect(fanIn.params[0].value).toEqual(MODELS.map((_model, index) => `$(tasks.models-${index}-evaluate.results.result)`));
    // parallelism 2: each model waits for the one two before it.
    expect(pipeline.tasks.find((task: Json) => task.name === 'models-4-train').runAfter).toEqual(['models-2-train', 'models-2-evaluate']);
  });
});
