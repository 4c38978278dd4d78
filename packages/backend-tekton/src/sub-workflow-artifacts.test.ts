import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subWorkflowArtifacts } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../test/support/compile-checked';
import type { LooseJson } from '../test/support/loose-json';
import { refusal } from '../test/support/refusal';
import { compileToTekton } from './compile/compile-to-tekton';
import type { TektonDocument } from './compile/tekton-types';

const STORE = { artifactStore: { url: 's3://couler-artifacts/runs' } };

/** The shell of a task's main step. */
const scriptOf = (documents: ReadonlyArray<TektonDocument>, name: string): string => taskNamed(documents, name).taskSpec.steps.find((step: LooseJson) => step.name === 'main').script;
/** What a pipeline task passes for each param, by name. */
const paramsOf = (documents: ReadonlyArray<TektonDocument>, name: string): Record<string, string> => Object.fromEntries((taskNamed(documents, name).params ?? []).map((param: LooseJson) => [param.name, param.value]));

describe('artifacts in and out of sub-workflows on Tekton', () => {
  it('carry each call\'s dataset to its inlined step and read each model from the step inside that wrote it (data workspace)', () => {
    const { documents } = compileChecked(subWorkflowArtifacts());
    expect(pipelineOf(documents).tasks.map((task: LooseJson) => task.name)).toEqual(['prepare', 'fit-a-train', 'fit-b-train', 'nested-inner-train', 'sweep-0-train', 'sweep-1-train', 'sweep-2-train', 'compare']);
    // Every copy of train, two deep and per item too, reads the rows prepare wrote, after prepare.
    for (const train of ['fit-a-train', 'fit-b-train', 'nested-inner-train', 'sweep-2-train']) {
      expect(scriptOf(documents, train)).toContain(`cp -R "$(workspaces.couler-data.path)"'/artifacts/prepare/rows' '/data/rows'`);
      expect(taskNamed(documents, train).runAfter).toEqual(['prepare']);
    }
    // compare reads the model of each call, nested through pipeline → fit, from its train step, after it.
    const compare = scriptOf(documents, 'compare');
    for (const [file, producer] of [['a', 'fit-a-train'], ['b', 'fit-b-train'], ['nested', 'nested-inner-train']]) {
      expect(compare).toContain(`cp -R "$(workspaces.couler-data.path)"'/artifacts/${producer}/model' '/in/${file}'`);
    }
    expect(taskNamed(documents, 'compare').runAfter).toEqual(expect.arrayContaining(['fit-a-train', 'fit-b-train', 'nested-inner-train', 'sweep-0-train']));
  });

  it('with an artifact store, pass the producer\'s URL result between the right tasks', () => {
    const { documents } = compileChecked(subWorkflowArtifacts(), STORE);
    const urlParams = (name: string) => Object.values(paramsOf(documents, name)).filter((value) => value.includes('-url)'));
    expect(urlParams('fit-b-train')).toEqual(['$(tasks.prepare.results.rows-url)']);
    expect(urlParams('nested-inner-train')).toEqual(['$(tasks.prepare.results.rows-url)']);
    expect(urlParams('compare')).toEqual(['$(tasks.fit-a-train.results.model-url)', '$(tasks.fit-b-train.results.model-url)', '$(tasks.nested-inner-train.results.model-url)']);
  });

  it('keep hostile artifact names literal: run by sh, each train writes the file compare reads, and no part of a name runs', () => {
    const model = `mo"del' $(touch pwned) \`touch pwned\` \\ ünï\n😀`;
    const { documents } = compileChecked(subWorkflowArtifacts({ dataset: 'data "set" $(rm -rf /) {{x}}', model }));
    const directory = mkdtempSync(join(tmpdir(), 'couler-subflow-artifacts-'));
    // Each task's script as the pod runs it, its absolute paths and the data workspace moved under the directory.
    const run = (task: string) => {
      let script = scriptOf(documents, task).replaceAll('$(workspaces.couler-data.path)', `${directory}/data`);
      for (const path of ['/out', '/data/rows', '/work/model', '/in/']) script = script.replaceAll(path, `${directory}${path}`);
      return execFileSync('sh', ['-c', script], { cwd: directory, encoding: 'utf8' });
    };
    for (const task of ['prepare', 'fit-a-train', 'fit-b-train', 'nested-inner-train']) run(task);
    expect(readFileSync(join(directory, 'data', 'artifacts', 'fit-a-train', model), 'utf8')).toBe('row-1\nrow-2\nmodel-a\n');
    expect(run('compare')).toBe(['a', 'b', 'nested'].map((tag) => `row-1\nrow-2\nmodel-${tag}\n`).join(''));
    expect(existsSync(join(directory, 'pwned'))).toBe(false);
  });

  it('refuse a reader of a fan-out\'s artifact, one file per iteration, naming it and Tekton\'s reason', () => {
    const workflow = subWorkflowArtifacts();
    const sweep = workflow.spec.steps.find((step) => step.name === 'sweep')!;
    if (sweep.kind === 'subWorkflow') sweep.subWorkflow.outputArtifacts = ['model'];
    const compare = workflow.spec.steps.find((step) => step.name === 'compare')!;
    compare.inputs!.artifacts!.push({ name: 'swept', path: '/in/swept', from: { ref: 'step', step: 'sweep', output: 'model' } });
    const error = refusal(() => compileToTekton(workflow));
    const first = error.errors?.[0] ?? error;
    expect([first.code, first.path]).toEqual(['UNSUPPORTED_BY_BACKEND', ['steps', 'compare', 'inputs', 'artifacts', 'swept', 'from']]);
    expect(first.message).toContain('artifact "model" of fan-out "sweep", one file per iteration');
    expect(first.hint).toContain('Pipelines in Pipelines');
  });
});
