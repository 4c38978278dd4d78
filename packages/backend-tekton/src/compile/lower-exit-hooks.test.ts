import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../../test/support/compile-checked';
import type { LooseJson } from '../../test/support/loose-json';
import { refusal } from '../../test/support/refusal';
import { pipelineTaskParams, runTaskLocally } from '../../test/support/simulate-task';
import { compileToTekton } from './compile-to-tekton';

const HOSTILE = 'it\'s "done" $(params.x) $(tasks.train.status) `id` \\ {{ x }}\nnext ✓';
const step = (name: string, extra: Partial<Step> = {}, args: string[] = [name]): Step =>
  ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s'], args }, ...extra }) as Step;
const ir = (steps: Step[], spec: Partial<Workflow['spec']> = {}): Workflow =>
  ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hooked' }, spec: { ...spec, steps } }) as Workflow;
const cleanup = step('clean-up', { hook: { of: 'train', on: 'exit' } }, [HOSTILE]);

describe('exit hooks on Tekton', () => {
  it("are finally tasks that run if the step ran, whatever its result; the step's dependents follow the step", () => {
    const { documents } = compileChecked(ir([step('train'), step('report', { dependencies: ['train'] }), cleanup]));
    const pipeline = pipelineOf(documents);
    expect(pipeline.tasks.map((task: LooseJson) => task.name)).toEqual(['train', 'report']);
    expect(pipeline.finally.map((task: LooseJson) => task.name)).toEqual(['clean-up']);
    expect(taskNamed(documents, 'clean-up').when).toEqual([{ input: '$(tasks.train.status)', operator: 'in', values: ['Succeeded', 'Failed'] }]);
    expect(taskNamed(documents, 'report').runAfter).toEqual(['train']);
  });

  it('pass hostile arguments through unchanged', () => {
    const { documents } = compileChecked(ir([step('train'), cleanup]));
    const hook = taskNamed(documents, 'clean-up');
    const ran = runTaskLocally(hook.taskSpec, pipelineTaskParams(hook, {}), { pipeline: {}, context: {} });
    expect(ran.stdout).toBe(HOSTILE);
  });

  it("of the workflow are plain finally tasks, after the workflow's exit handlers", () => {
    const { documents } = compileChecked(ir([step('train'), step('bye', { hook: { on: 'exit' } })], { onExit: [step('notify')] }));
    const pipeline = pipelineOf(documents);
    expect(pipeline.finally.map((task: LooseJson) => task.name)).toEqual(['notify', 'bye']);
    expect(taskNamed(documents, 'bye').when).toBeUndefined();
  });

  it('are refused on a step of an execWhile loop, and inside a sub-workflow, saying what to do', () => {
    const loop = { kind: 'while', name: 'again', steps: ['train'], maxIterations: 2, condition: { op: 'equal', left: 'a', right: 'b' } };
    const inLoop = refusal(() => compileToTekton(ir([step('train'), cleanup], { groups: [loop] } as Partial<Workflow['spec']>)));
    expect(inLoop.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(inLoop.path).toEqual(['steps', 'clean-up', 'hook', 'of']);
    expect(inLoop.hint).toContain('Watch a step outside the loop');
    const definition = { name: 'part', steps: [step('inner'), step('after-inner', { hook: { of: 'inner', on: 'exit' } })] };
    const inDefinition = refusal(() => compileToTekton(ir([step('call', { kind: 'subWorkflow', subWorkflow: { name: 'part' } } as unknown as Partial<Step>)], { subWorkflows: [definition] } as unknown as Partial<Workflow['spec']>)));
    expect(inDefinition.path).toEqual(['subWorkflows', 'part', 'steps', 'after-inner', 'hook']);
  });
});
