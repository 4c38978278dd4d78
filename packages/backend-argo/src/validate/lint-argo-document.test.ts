import { describe, expect, it } from 'vitest';
import { upstreamDocuments } from '../../test/support/upstream-documents';
import { lintArgoDocument } from './lint-argo-document';

// biome-ignore lint/suspicious/noExplicitAny: the test walks documents by Argo's field names; a wrong one fails its assertion.
type Json = Record<string, any>;

function workflow(templates: Json[], spec: Json = {}): Json {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { generateName: 'x-' }, spec: { entrypoint: templates[0]?.name, ...spec, templates } };
}
const echo = (name: string, extra: Json = {}): Json => ({ name, container: { image: 'busybox', command: ['echo'], args: [name] }, ...extra });
const messages = (document: Json) => lintArgoDocument(document).map((problem) => problem.message);

describe('lintArgoDocument', () => {
  it("finds nothing wrong with Argo's own examples", () => {
    for (const { file, index, document } of upstreamDocuments()) expect(lintArgoDocument(document), `${file}[${index}]`).toEqual([]);
  });

  it('requires the entrypoint and exit handler to be templates, and every task template to exist', () => {
    const document = workflow([{ name: 'main', dag: { tasks: [{ name: 'a', template: 'missing' }] } }], { entrypoint: 'mian', onExit: 'bye' });
    expect(messages(document)).toEqual([
      'The entrypoint "mian" is not a template of this workflow.',
      'The exit handler "bye" is not a template of this workflow.',
      'template "main" task "a": template "missing" does not exist.',
    ]);
    expect(lintArgoDocument(document)[0]!.path).toEqual(['spec', 'entrypoint']);
  });

  it('lets a DAG task read the outputs of every task it waits for, directly or not, and of no other; the DAG\'s outputs those of all its tasks', () => {
    const read = (name: string, depends: string | undefined, text: string): Json => ({ name, template: 'e', ...(depends && { depends }), arguments: { parameters: [{ name: 'x', value: text }] } });
    const document = workflow([
      {
        name: 'main',
        dag: {
          tasks: [
            read('a', undefined, 'a'),
            read('b', 'a', '{{tasks.a.outputs.result}}'),
            read('c', 'b', "{{tasks.a.outputs.result}} {{=tasks['a'].outputs.result}} {{=tasks.b.outputs}} {{tasks.b.status}}"),
            read('d', 'a', '{{tasks.c.outputs.result}} {{=tasks.c.outputs}} {{tasks.a.outputs.parameters.nope}}'),
            read('e', 'c', '{{tasks.e.outputs.result}}'),
          ],
        },
        outputs: { parameters: [{ name: 'out', valueFrom: { parameter: '{{tasks.e.outputs.result}} {{tasks.d.status}} {{=tasks.a.outputs}} {{tasks.zz.outputs.result}}' } }] },
      },
      { ...echo('e'), inputs: { parameters: [{ name: 'x' }] } },
    ]);
    expect(messages(document)).toEqual([
      'template "main" task "d": {{tasks.c.outputs.result}} does not resolve to anything in scope.',
      'template "main" task "d": tasks.c.outputs in {{=tasks.c.outputs}} does not resolve to anything in scope.',
      'template "main" task "d": {{tasks.a.outputs.parameters.nope}} does not resolve to anything in scope.',
      'template "main" task "e": {{tasks.e.outputs.result}} does not resolve to anything in scope.',
      'template "main" outputs: {{tasks.zz.outputs.result}} does not resolve to anything in scope.',
    ]);
  });

  it('requires unique, valid names', () => {
    const document = workflow([echo('main'), echo('main'), echo('bad_name')]);
    expect(messages(document)).toEqual([
      'Template name "main" is not unique.',
      'Template name "bad_name" is invalid for Argo (^[a-zA-Z0-9][-a-zA-Z0-9]*$, at most 128 characters).',
    ]);
  });

  it('checks DAG dependencies: they exist, form no cycle, and depends is not mixed with dependencies', () => {
    const document = workflow([
      { name: 'main', dag: { tasks: [{ name: 'a', template: 'e', depends: 'b.Succeeded' }, { name: 'b', template: 'e', depends: 'a && ghost' }, { name: 'c', template: 'e', dependencies: ['a'] }] } },
      echo('e'),
    ]);
    expect(messages(document)).toEqual([
      'template "main" task "b": dependency "ghost" is not a task of this DAG.',
      'template "main" cannot use both depends and dependencies.',
      'template "main" has a dependency cycle: a -> b -> a.',
    ]);
  });

  it('refuses malformed depends expressions and unknown task results', () => {
    const document = workflow([{ name: 'main', dag: { tasks: [{ name: 'a', template: 'e' }, { name: 'b', template: 'e', depends: 'a.Finished' }, { name: 'c', template: 'e', depends: 'a &&' }] } }, echo('e')]);
    expect(messages(document)).toEqual(['template "main" task "b": unknown task result "Finished" in "a.Finished".', 'template "main" task "c": incomplete expression "a &&".']);
  });

  it('resolves {{…}} variables in their scope: outputs only of tasks waited for, inputs only if declared', () => {
    const document = workflow([
      {
        name: 'main',
        dag: {
          tasks: [
            { name: 'gen', template: 'gen' },
            { name: 'use', template: 'print', depends: 'gen', arguments: { parameters: [{ name: 'm', value: '{{tasks.gen.outputs.result}}' }] } },
            { name: 'early', template: 'print', arguments: { parameters: [{ name: 'm', value: '{{tasks.gen.outputs.result}}' }] } },
            { name: 'typo', template: 'print', depends: 'gen', arguments: { parameters: [{ name: 'm', value: '{{tasks.gen.outputs.parameters.nope}}' }] } },
            { name: 'loop', template: 'print', when: "{{=tasks['gen'].outputs.result == 'x'}}", arguments: { parameters: [{ name: 'm', value: '{{item}}' }] } },
          ],
        },
      },
      { name: 'gen', script: { image: 'python', command: ['python'], source: 'print(1)' } },
      { name: 'print', inputs: { parameters: [{ name: 'm' }] }, container: { image: 'busybox', args: ['{{inputs.parameters.m}} {{inputs.parameters.other}} {{workflow.parameters.x}}'] } },
    ]);
    expect(messages(document)).toEqual([
      'template "main" task "early": {{tasks.gen.outputs.result}} does not resolve to anything in scope.',
      'template "main" task "typo": {{tasks.gen.outputs.parameters.nope}} does not resolve to anything in scope.',
      "template \"main\" task \"loop\": tasks.gen.outputs.result in {{=tasks['gen'].outputs.result == 'x'}} does not resolve to anything in scope.",
      'template "main" task "loop": {{item}} does not resolve to anything in scope.',
      'template "print": {{inputs.parameters.other}} does not resolve to anything in scope.',
      'template "print": {{workflow.parameters.x}} does not resolve to anything in scope.',
    ]);
  });

  it('knows workflow parameters, global outputs, loop items and the outputs of earlier steps groups', () => {
    const document = workflow(
      [
        {
          name: 'main',
          steps: [
            [{ name: 'gen', template: 'gen' }],
            [{ name: 'each', template: 'print', withParam: '{{steps.gen.outputs.result}}', arguments: { parameters: [{ name: 'm', value: '{{item.a}} {{workflow.outputs.parameters.g}} {{workflow.parameters.x}}' }] } }],
          ],
        },
        { name: 'gen', script: { image: 'python', command: ['python'], source: 'print(1)' }, outputs: { parameters: [{ name: 'p', valueFrom: { path: '/p' }, globalName: 'g' }] } },
        { name: 'print', inputs: { parameters: [{ name: 'm' }] }, container: { image: 'busybox', args: ['{{inputs.parameters.m}}', '{{pod.name}}'] } },
      ],
      { arguments: { parameters: [{ name: 'x', value: '1' }] } },
    );
    expect(lintArgoDocument(document)).toEqual([]);
  });

  it('refuses activeDeadlineSeconds on DAG templates and a leading digit in a task name of a DAG with dependencies', () => {
    const document = workflow([{ name: 'main', activeDeadlineSeconds: '5', dag: { tasks: [{ name: '1a', template: 'e' }, { name: 'b', template: 'e', depends: '1a' }] } }, echo('e')]);
    expect(messages(document)).toEqual([
      'template "main" task "1a": a task name cannot begin with a digit when the DAG uses depends or dependencies.',
      'template "main": activeDeadlineSeconds is only valid for leaf templates.',
    ]);
  });
});
