import { fc, test } from '@fast-check/vitest';
import { CoulerError, IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileToArgo, type ArgoDocument } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { simulateArgo, type LeafRun } from './support/simulate-argo';

type Json = Record<string, unknown>;

/** Text a user might write that means something to YAML, to expr-lang or to Argo's templating. */
const HOSTILE = [
  '{{inputs.parameters.x}}', '{{workflow.name}}', '{{=1+1}}', "{{='{{'}}", '{{item}}', '{{tasks.a.outputs.result}}', '{{', '}}', '{', '}', '{{{', 'a{{b}}c}}',
  "it's", '"quoted"', '\\', "\\'", 'yes', 'on', '0755', '~', '- item', 'a: b', '# comment', '&anchor', '*alias', '!tag', '|', '>', '%', '@', '`',
  'multi\nline\n', '\ttab', ' leading', 'trailing ', '', '\u2028', 'emoji 🚀', "' || true || '", '") || true', '}} {{=sprig.env("HOME")}} {{',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.array(fc.constantFrom('{', '}', '{{', '}}', '=', "'", '"', '\\', '\n', ' ', ':', '#', 'inputs.parameters.x', 'workflow.name', 'item', 'u007b', 'a'), { maxLength: 12 }).map((parts) => parts.join('')),
);

const P = 'param-value';

/**
 * Every leaf field a user string can reach, plus a condition comparing a step result with it.
 * With `retried`, the leaves have a retry policy: Argo then substitutes them once more.
 */
function hostileWorkflow(value: string, retried = false): Workflow {
  const steps: Step[] = [
    {
      name: 'echo',
      kind: 'container',
      container: {
        image: 'alpine:3.20',
        command: ['echo', value],
        args: [value, { concat: [value, { ref: 'parameter', name: 'p' }] }, { concat: [{ ref: 'parameter', name: 'p' }, value] }],
        workingDir: `/work/${value}`,
      },
      env: [{ name: 'VALUE', value }],
      annotations: { note: value },
      outputs: { artifacts: [{ name: 'out', path: '/out', location: { type: 's3', bucket: 'b', key: `k/${value}` } }] },
    },
    { name: 'say', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: `print(${JSON.stringify(value)})\n${value}` }, dependencies: ['echo'] },
    { name: 'same', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, when: { op: 'equal', left: { ref: 'step', step: 'say', output: 'result' }, right: value } },
    { name: 'train', kind: 'job', job: { framework: 'pytorch', image: 'acme/torch:2', command: ['python', value], args: [value, { concat: [value, { ref: 'parameter', name: 'p' }] }], replicas: { Master: { replicas: 1 } } }, dependencies: ['echo'] },
  ];
  const spec = { parameters: [{ name: 'p', default: P }], steps, ...(retried && { retry: { limit: 2 } }) };
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hostile' }, spec } as Workflow;
}

function leaf(runs: ReadonlyArray<{ run: LeafRun }>, template: string): LeafRun | undefined {
  return runs.find((entry) => entry.run.template === template)?.run;
}

describe('user strings stay what they are', () => {
  test.prop([text, fc.boolean()], { numRuns: 150 })('reach the container, script, env, artifact key, annotations and Kubeflow manifest unchanged, and compare as text, with or without retries', (value, retried) => {
    // compileChecked: the YAML reads back as the same document, valid for Argo's schema and lint.
    const { document } = compileChecked(hostileWorkflow(value, retried));
    for (const result of [value, `${value}x`]) {
      const { trace } = simulateArgo(document as unknown as Json, (run) => (run.template === 'say' ? { result } : {}));
      const echo = leaf(trace, 'echo')!;
      expect(echo.argv).toEqual(['echo', value, value, `${value}${P}`, `${P}${value}`]);
      expect(echo.env).toEqual({ VALUE: value });
      expect(echo.resolved.container!.workingDir).toBe(`/work/${value}`);
      expect(echo.resolved.metadata!.annotations).toEqual({ note: value });
      expect((echo.resolved.outputs!.artifacts![0]!.s3 as Json).key).toBe(`k/${value}`);
      expect(leaf(trace, 'say')!.source).toBe(`print(${JSON.stringify(value)})\n${value}`);
      const manifest = JSON.parse(leaf(trace, 'train')!.manifest!) as { spec: { pytorchReplicaSpecs: { Master: { template: { spec: { containers: Array<{ command: string[]; args: string[] }> } } } } } };
      const container = manifest.spec.pytorchReplicaSpecs.Master.template.spec.containers[0]!;
      expect(container.command).toEqual(['python', value]);
      expect(container.args).toEqual([value, `${value}${P}`]);
      // The condition holds exactly when the result is the text.
      expect(leaf(trace, 'same') !== undefined).toBe(result === value);
    }
  });

  test.prop([text], { numRuns: 100 })('as map items or parameter defaults: passed unchanged, or refused when Argo would read a tag in them', (value) => {
    const workflow = {
      apiVersion: IR_API_VERSION,
      kind: 'Workflow',
      metadata: { name: 'items' },
      spec: {
        parameters: [{ name: 'p', default: value }],
        steps: [{ name: 'each', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }, { ref: 'parameter', name: 'p' }] }, map: { items: [value, 'plain'] } }],
      },
    } as Workflow;
    if (value.includes('{{')) {
      const error = (() => {
        try {
          compileToArgo(workflow);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
      return;
    }
    const { document } = compileChecked(workflow);
    const { trace } = simulateArgo(document as unknown as Json, () => ({}));
    expect(trace.map((entry) => entry.run.argv).sort()).toEqual([['echo', 'plain', value], ['echo', value, value]].sort());
  });

  test.prop([text, fc.array(fc.oneof(text, fc.integer(), fc.boolean()), { maxLength: 4 }), fc.boolean()], { numRuns: 100 })(
    'in a list of inList/notInList, literal or a list parameter, compare as text and never change the expression',
    (value, items, asParameter) => {
      const say = { ref: 'step', step: 'say', output: 'result' } as const;
      const list = asParameter ? { ref: 'parameter', name: 'list' } : items;
      const step = (name: string, op: 'in' | 'notIn') => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, when: { op, value: say, list } });
      const workflow = {
        apiVersion: IR_API_VERSION,
        kind: 'Workflow',
        metadata: { name: 'lists' },
        spec: {
          parameters: [{ name: 'list', type: 'list', default: '[]' }],
          steps: [{ name: 'say', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: 'print(1)\n' } }, step('inside', 'in'), step('outside', 'notIn')],
        },
      } as Workflow;
      const { document } = compileChecked(workflow);
      const { trace } = simulateArgo(document as unknown as Json, (run) => (run.template === 'say' ? { result: value } : {}), { arguments: { list: JSON.stringify(items) } });
      const member = items.some((item) => (typeof item === 'string' ? item : JSON.stringify(item)) === value);
      expect(trace.map((entry) => entry.run.template)).toEqual(['say', member ? 'inside' : 'outside']);
    },
  );

  it('writes a user {{ with an escape Argo evaluates only in its last pass over a template', () => {
    const { document } = compileChecked(hostileWorkflow('{{workflow.name}}'));
    const echo = (document as ArgoDocument & { spec: { templates: Array<{ name: string; container?: { args: string[] } }> } }).spec.templates.find((template) => template.name === 'echo')!;
    expect(echo.container!.args[0]).toBe("{{='\\u007b\\u007b' + string(inputs.parameters)[0:0]}}workflow.name}}");
  });
});
