import { describe, expect, it } from 'vitest';
import { lintArgoDocument } from './lint-argo-document';

type Json = Record<string, unknown>;

function workflow(templates: Json[]): Json {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { generateName: 'x-' }, spec: { entrypoint: templates[0]?.name, templates } };
}
const messages = (document: Json) => lintArgoDocument(document).map((problem) => problem.message);
const print = { name: 'print', inputs: { parameters: [{ name: 'm' }] }, container: { image: 'busybox', args: ['{{inputs.parameters.m}}'] } };
const reader = (producer: string) => ({
  name: 'main',
  dag: { tasks: [{ name: producer, template: producer }, { name: 'use', template: 'print', depends: producer, arguments: { parameters: [{ name: 'm', value: `{{tasks.${producer}.outputs.result}}` }] } }] },
});

describe('lintArgoDocument on container sets and http templates', () => {
  it('checks container names, dependencies, cycles, mount paths and the main container', () => {
    const document = workflow([
      {
        name: 'set',
        outputs: { parameters: [{ name: 'p', valueFrom: { path: '/p' } }] },
        containerSet: {
          containers: [
            { name: 'a', image: 'alpine', dependencies: ['b'] },
            { name: 'b', image: 'alpine', dependencies: ['a', 'ghost'] },
            { name: 'wait', image: 'alpine' },
            { name: 'Bad_Name', image: 'alpine' },
            { name: 'a', image: 'alpine' },
          ],
          volumeMounts: [
            { name: 'w', mountPath: '/w' },
            { name: 'v', mountPath: '/w' },
          ],
        },
      },
    ]);
    expect(messages(document)).toEqual([
      'template "set": "wait" is a reserved Argo container name.',
      'template "set": container name "Bad_Name" is not a DNS-1123 label.',
      'template "set": container name "a" is not unique.',
      'template "set": container "b" depends on "ghost", which is not a container of the set.',
      'template "set": containers depend on each other in a cycle: a -> b -> a.',
      'template "set": mountPath "/w" is mounted twice.',
      'template "set": a container set with input artifacts or outputs must have a container named "main".',
    ]);
  });

  it("resolves a task's result for an http template and a container set with a main container, as Argo's HasOutput", () => {
    const http = { name: 'call', http: { method: 'GET', url: 'https://example.com/' } };
    expect(lintArgoDocument(workflow([reader('call'), http, print]))).toEqual([]);
    const withMain = { name: 'set', containerSet: { containers: [{ name: 'main', image: 'alpine' }] } };
    expect(lintArgoDocument(workflow([reader('set'), withMain, print]))).toEqual([]);
    const withoutMain = { name: 'set', containerSet: { containers: [{ name: 'a', image: 'alpine' }] } };
    expect(messages(workflow([reader('set'), withoutMain, print]))).toEqual(['template "main" task "use": {{tasks.set.outputs.result}} does not resolve to anything in scope.']);
  });

  it('gives {{pod.name}} to templates that run a pod, not to an http template', () => {
    const document = workflow([
      { name: 'set', containerSet: { containers: [{ name: 'main', image: 'alpine', args: ['{{pod.name}}'] }] } },
      { name: 'call', http: { url: 'https://example.com/{{pod.name}}' } },
    ]);
    expect(messages(document)).toEqual(['template "call": {{pod.name}} does not resolve to anything in scope.']);
  });
});
