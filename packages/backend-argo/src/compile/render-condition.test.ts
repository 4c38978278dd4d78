import { and, biggerEqual, createParameterArtifact, equal, inList, map, not, parameter, runContainer, when, workflow, type ItemHandle } from '@couler/dsl';
import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';
import { simulateArgo, type LeafRun } from '../../test/support/simulate-argo';
import type { ArgoTask, ArgoTemplate } from './argo-types';

type Json = Record<string, unknown>;

/** A step picking the best model, then one `train` per candidate, run only for the best. */
function pickAndTrain(options: { parallelism?: number } = {}): Workflow {
  return workflow('pick', () => {
    const minimum = parameter('min', { default: '0.5' });
    const best = runContainer({ stepName: 'best', image: 'alpine:3.20', command: ['cat'], output: [createParameterArtifact('/out/name'), createParameterArtifact('/out/score')] });
    map(
      (candidate: ItemHandle) =>
        when(and(equal(candidate.field('name'), best.output('name')), biggerEqual(best.output('score'), minimum)), () =>
          runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [candidate.field('name')] }),
        ),
      [{ name: 'tree' }, { name: 'forest' }, { name: "it's" }],
      options.parallelism === undefined ? {} : { parallelism: options.parallelism },
    );
  });
}

const taskOf = (templates: ReadonlyArray<ArgoTemplate>, name: string): ArgoTask =>
  templates.flatMap((template) => [...(template.dag?.tasks ?? []), ...(template.steps?.flat() ?? [])]).find((task) => task.name === name)!;

const trained = (document: unknown, outputs: Record<string, string>, argoVersion: '3.7' | '4.1', parameters: Record<string, string> = {}) =>
  simulateArgo(document as Json, (run: LeafRun) => (run.template === 'best' ? { parameters: outputs } : {}), { argoVersion, arguments: parameters })
    .trace.filter((entry) => entry.run.template === 'train')
    .map((entry) => entry.run.argv!.at(-1));

describe('a when inside a map reading the item and an earlier value', () => {
  it('is one tag on Argo 4, where the loop expansion sees every value of the task', () => {
    const { document } = compileChecked(pickAndTrain());
    const { when } = taskOf((document.spec as { templates: ArgoTemplate[] }).templates, 'train');
    expect(when).toBe(
      "{{=item['name'] == tasks['best'].outputs.parameters['name']}} && {{=asFloat(tasks['best'].outputs.parameters['score']) >= asFloat(workflow.parameters['min'])}}",
    );
  });

  it("before 4.0 is a tag that writes the item's tag, with the output in it as base64 text", () => {
    const { document } = compileChecked(pickAndTrain(), { argoVersion: '3.7' });
    const { when } = taskOf((document.spec as { templates: ArgoTemplate[] }).templates, 'train');
    expect(when).toBe(
      `{{="\\u007b\\u007b=item['name'] == sprig.b64dec('" + sprig.b64enc(tasks['best'].outputs.parameters['name']) + "')\\u007d\\u007d"}} && {{=asFloat(tasks['best'].outputs.parameters['score']) >= asFloat(workflow.parameters['min'])}}`,
    );
  });

  it.each(['3.7', '4.1'] as const)('runs the iteration whose item matches, on Argo %s, also from a capped map (an input of its template)', (argoVersion) => {
    for (const parallelism of [undefined, 2]) {
      for (const templateStyle of ['dag', 'steps'] as const) {
        const { document } = compileChecked(pickAndTrain({ ...(parallelism !== undefined && { parallelism }) }), { argoVersion, templateStyle });
        expect(trained(document, { name: 'forest', score: '0.9' }, argoVersion)).toEqual(['forest']);
        expect(trained(document, { name: "it's", score: '0.9' }, argoVersion)).toEqual(["it's"]);
        expect(trained(document, { name: 'forest', score: '0.9' }, argoVersion, { min: '0.95' })).toEqual([]);
        expect(trained(document, { name: "forest' || 'a' == 'a", score: '0.9' }, argoVersion)).toEqual([]);
      }
    }
  });

  it("tests the item's membership in a step's JSON list, and negates it, on both forms", () => {
    const built = workflow('members', () => {
      const wanted = runContainer({ stepName: 'best', image: 'alpine:3.20', command: ['cat'], output: createParameterArtifact('/out/names') });
      map((name: ItemHandle) => when(inList(name, wanted.output('names')), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [name] })), ['tree', 'forest', "it's"]);
      map((name: ItemHandle) => when(not(inList(name, wanted.output('names'))), () => runContainer({ stepName: 'skip', image: 'alpine:3.20', command: ['echo'], args: [name] })), ['tree', 'forest']);
    });
    for (const argoVersion of ['3.7', '4.1'] as const) {
      const { document } = compileChecked(built, { argoVersion });
      expect(trained(document, { names: '["forest","it\'s"]' }, argoVersion)).toEqual(['forest', "it's"]);
      const skipped = simulateArgo(document as unknown as Json, (run) => (run.template === 'best' ? { parameters: { names: '["forest"]' } } : {}), { argoVersion });
      expect(skipped.trace.filter((entry) => entry.run.template === 'skip').map((entry) => entry.run.argv!.at(-1))).toEqual(['tree']);
    }
  });

  it('compares the item with a workflow parameter on Argo 3.7, whose loop expansion sees the item alone', () => {
    const built = workflow('by-name', () => {
      const wanted = parameter('wanted', { default: 'forest' });
      map((candidate: ItemHandle) => when(equal(candidate.field('name'), wanted), () => runContainer({ stepName: 'train', image: 'alpine:3.20', command: ['echo'], args: [candidate.field('name')] })), [{ name: 'tree' }, { name: 'forest' }]);
    });
    for (const argoVersion of ['3.7', '4.1'] as const) {
      const { document } = compileChecked(built, { argoVersion });
      expect(trained(document, {}, argoVersion)).toEqual(['forest']);
      expect(trained(document, {}, argoVersion, { wanted: 'tree' })).toEqual(['tree']);
    }
  });
});
