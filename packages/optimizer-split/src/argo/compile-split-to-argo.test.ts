import { emitArgoYaml, lintArgoDocument, validateArgoDocument, type ArgoWorkflowSpec } from '@couler/backend-argo';
import type { Step, Workflow } from '@couler/ir';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { containerStep, layeredWorkflow, workflowOf } from '../../test/generators';
import { splitWorkflow } from '../split-workflow';
import { compileSplitToArgo } from './compile-split-to-argo';

const demo: Workflow = workflowOf(
  'demo',
  [
    { name: 'train', kind: 'script', script: { image: 'python:3.12', command: ['python'], source: 'print(0.95)\n' }, outputs: { parameters: [{ name: 'accuracy', path: '/tmp/a', type: 'number' }] } } as Step,
    containerStep('shard', [], { map: { items: [1, 2] }, container: { image: 'alpine', command: ['echo'], args: [{ ref: 'item' }] } } as Partial<Step>),
    containerStep('publish', [], {
      container: { image: 'alpine', command: ['echo'], args: [{ ref: 'step', step: 'train', output: 'result' }, { ref: 'step', step: 'shard', output: 'result' }, { ref: 'parameter', name: 'target' }] },
      when: { op: 'bigger', left: { ref: 'step', step: 'train', output: 'accuracy' }, right: 0.9 },
    } as Partial<Step>),
  ],
  {
    parameters: [{ name: 'target', default: 'prod' }],
    onExit: [containerStep('notify', [], { container: { image: 'alpine', command: ['echo'], args: [{ ref: 'workflow', field: 'status' }] } } as Partial<Step>)],
  },
);

describe('compileSplitToArgo', () => {
  it('writes a WorkflowTemplate per part and a parent that runs them as child workflows; every document passes Argo schema and lint', async () => {
    const split = splitWorkflow(demo, { budget: { steps: 1 } });
    const { parent, templates, files } = compileSplitToArgo(split);
    expect(templates.map((template) => [template.kind, template.metadata.name])).toEqual([
      ['WorkflowTemplate', 'demo-part-1'],
      ['WorkflowTemplate', 'demo-part-2'],
      ['WorkflowTemplate', 'demo-part-3'],
    ]);
    for (const document of [...templates, parent]) {
      expect(validateArgoDocument(document)).toEqual([]);
      expect(lintArgoDocument(document)).toEqual([]);
    }
    expect(files.map((file) => file.path)).toEqual(['demo-part-1.argo.yaml', 'demo-part-2.argo.yaml', 'demo-part-3.argo.yaml', 'demo.argo.yaml']);
    // The YAML reads back as the document.
    expect(parse(files[3]!.contents)).toEqual(JSON.parse(JSON.stringify(parent)));
    await expect(files.map((file) => `# ${file.path}\n${file.contents}`).join('---\n')).toMatchFileSnapshot('./__snapshots__/demo.split.argo.yaml');
  });

  it('runs parts in dependency order, passes crossings from task outputs, and exports them from the producing part', () => {
    const split = splitWorkflow(demo, { budget: { steps: 1 } });
    const { parent, templates } = compileSplitToArgo(split);
    const spec = parent.spec as ArgoWorkflowSpec;
    const tasks = spec.templates.find((template) => template.name === 'demo')!.dag!.tasks;
    expect(tasks.map((task) => [task.name, task.depends])).toEqual([
      ['demo-part-1', undefined],
      ['demo-part-2', undefined],
      ['demo-part-3', 'demo-part-1 && demo-part-2'],
    ]);
    // Workflow parameters first, then crossings in the order the part first reads them.
    expect(tasks[2]!.arguments!.parameters).toEqual([
      { name: 'target', value: '{{workflow.parameters.target}}' },
      { name: 'train_result', value: '{{tasks.demo-part-1.outputs.parameters.train_result}}' },
      { name: 'shard_result', value: '{{tasks.demo-part-2.outputs.parameters.shard_result}}' },
      { name: 'train_accuracy', value: '{{tasks.demo-part-1.outputs.parameters.train_accuracy}}' },
    ]);
    const child = spec.templates.find((template) => template.name === 'demo-part-1')!;
    expect(child.resource).toMatchObject({ action: 'create', successCondition: 'status.phase == Succeeded', failureCondition: 'status.phase in (Failed, Error)', setOwnerReference: true });
    expect(child.outputs!.parameters!.map((parameter) => parameter.valueFrom!.jsonPath)).toEqual([
      '{.status.outputs.parameters[?(@.name=="train_accuracy")].value}',
      '{.status.outputs.parameters[?(@.name=="train_result")].value}',
    ]);
    const producer = (templates[0]!.spec as ArgoWorkflowSpec).templates[0]!;
    expect(producer.outputs!.parameters).toEqual([
      { name: 'train_accuracy', valueFrom: { parameter: '{{tasks.train.outputs.parameters.accuracy}}' }, globalName: 'train_accuracy' },
      { name: 'train_result', valueFrom: { parameter: '{{tasks.train.outputs.result}}' }, globalName: 'train_result' },
    ]);
    // The exit handler runs in the parent, where it sees the status of the whole run.
    expect(spec.onExit).toBe('exit-handler');
    expect(spec.templates.find((template) => template.name === 'notify')!.container!.args).toEqual(['{{workflow.status}}']);
  });

  it('keeps every part of a large split within the byte budget, serialised, and every document valid', () => {
    const bytes = 60_000;
    const split = splitWorkflow(layeredWorkflow(20, 60), { budget: { bytes, steps: 1000 } });
    expect(split.parts.length).toBeGreaterThan(2);
    const { parent, templates } = compileSplitToArgo(split);
    for (const document of templates) expect(Buffer.byteLength(emitArgoYaml(document))).toBeLessThanOrEqual(bytes);
    expect((parent.spec as ArgoWorkflowSpec).templates).toHaveLength(split.parts.length + 1);
  });

  it('refuses an output read from a step inside a group template of another part, naming the step', () => {
    const workflow = workflowOf(
      'grouped',
      [
        containerStep('left'),
        containerStep('right'),
        containerStep('after', [], { container: { image: 'alpine', args: [{ ref: 'step', step: 'left', output: 'result' }] } } as Partial<Step>),
      ],
      { groups: [{ name: 'both', kind: 'concurrent', branches: [['left'], ['right']], parallelism: 1 }] },
    );
    const split = splitWorkflow(workflow, { budget: { steps: 2 } });
    expect(() => compileSplitToArgo(split)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['left'] }));
  });
});
