import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StepRecord } from '@couler/backend-local';
import { automlLocalRuns } from '../src/automl-local-runs';
import { compileToTekton, createTektonBackend, type TektonDocument } from '@couler/backend-tekton';
import type { Workflow } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import automl from '../../../examples/automl/src/automl';
import automlPython from '../../../examples/automl/src/automl-python';

// biome-ignore lint/suspicious/noExplicitAny: compiled Tekton documents, read loosely as the tests of the backend read them.
type Json = Record<string, any>;

/**
 * The README's main workflow on Tekton: `train-final` is a `when` inside a `map`, comparing the
 * map item's name with `pick-best`'s output, which Tekton cannot decide per matrix combination.
 * A filter task decides it: the local engine runs the workflow for real, the filter task's script
 * runs here with what the local run's `pick-best` wrote, and it must keep exactly the candidates
 * the local engine trained.
 */

const dir = mkdtempSync(join(tmpdir(), 'couler-automl-tekton-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pipelineTask(documents: ReadonlyArray<TektonDocument>, name: string): Json {
  const pipeline = documents.find((document) => document.kind === 'Pipeline')!;
  return (pipeline.spec as Json).tasks.find((task: Json) => task.name === name);
}

/** A Pipeline-level value as Tekton resolves it from the local run: a task result or a param. */
function resolve(value: string, steps: ReadonlyArray<StepRecord>, parameters: Record<string, string>, workflow: Workflow): string {
  return value.replace(/\$\((tasks\.([^.]+)\.results\.([^)]+)|params\.([^)]+))\)/g, (_, _whole, task?: string, result?: string, param?: string) => {
    if (param !== undefined) return param === 'couler-pipeline-dollar' ? '$' : (parameters[param] ?? String(workflow.spec.parameters!.find((entry) => entry.name === param)!.default));
    const record = steps.find((step) => step.stepName === task);
    if (!record || record.outputs.parameters[result!] === undefined) throw new Error(`The local run has no output "${result}" of "${task}"`);
    return record.outputs.parameters[result!]!;
  });
}

/** Runs the filter task's one step as Tekton's entrypoint would: its params substituted, items as arguments. */
function runFilter(task: Json, params: Record<string, string>, items: string[]): { kept: string[]; count: string } {
  const root = mkdtempSync(join(dir, 'filter-'));
  const step = task.taskSpec.steps[0];
  const paths: Record<string, string> = { 'results.items.path': join(root, 'items'), 'results.count.path': join(root, 'count'), 'workspaces.couler-data.path': join(root, 'data') };
  const substitute = (text: string) => text.replace(/\$\(([^()]*)\)/g, (whole, name: string) => (name.startsWith('params.') ? (params[name.slice(7)] ?? whole) : (paths[name] ?? whole)));
  const script = join(root, 'script');
  writeFileSync(script, substitute(step.script));
  chmodSync(script, 0o755);
  const env = Object.fromEntries((step.env ?? []).map((variable: { name: string; value: string }) => [variable.name, substitute(variable.value)]));
  const run = spawnSync(script, items, { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return { kept: JSON.parse(readFileSync(paths['results.items.path']!, 'utf8')), count: readFileSync(paths['results.count.path']!, 'utf8') };
}

describe.each([
  ['Node', automl],
  ['python3', automlPython],
] as Array<[string, Workflow]>)('the AutoML example (%s) on Tekton', (_, workflow) => {
  it('compiles with validation', async () => {
    const { files, warnings } = await createTektonBackend({ validate: true }).doCompile(workflow, {});
    expect(files).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('trains the candidate the local engine trains, and none when no model reaches min-accuracy', { timeout: 180_000 }, async () => {
    const { documents } = compileToTekton(workflow);
    const filter = pipelineTask(documents, 'train-final-items');
    const train = pipelineTask(documents, 'train-final');
    expect(train.matrix.params).toEqual([{ name: 'item', value: '$(tasks.train-final-items.results.items[*])' }]);
    // write-report's list of test metrics comes from a fan-in that reads no result of train-final,
    // so a train-final skipped by its when (no candidate kept) does not skip the report.
    const fanIn = pipelineTask(documents, 'train-final-test-metrics-fan-in');
    expect([fanIn.runAfter, fanIn.params]).toEqual([['train-final'], undefined]);

    const home = join(dir, workflow.metadata.name);
    for await (const { minAccuracy, parameters, local, expected } of automlLocalRuns(workflow, home)) {
      expect(local.phase).toBe('Succeeded');
      expect(expected).toHaveLength(minAccuracy === '0.9' ? 1 : 0);
      const params = Object.fromEntries(filter.params.filter((param: Json) => param.name !== 'items').map((param: Json) => [param.name, resolve(param.value, local.steps, parameters, workflow)]));
      const items = (filter.params.find((param: Json) => param.name === 'items').value as string[]).map((item) => resolve(item, local.steps, parameters, workflow));
      const { kept, count } = runFilter(filter, params, items);
      expect(kept.map((item) => (JSON.parse(item) as { name: string }).name), `min-accuracy ${minAccuracy}`).toEqual(expected);
      expect(count).toBe(String(expected.length));
    }
  });
});
