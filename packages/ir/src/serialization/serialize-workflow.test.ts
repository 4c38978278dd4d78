import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { workflowArbitrary } from '../__tests__/workflow-arbitrary';
import { container, echo, output, workflow } from '../__tests__/workflows';
import type { Workflow } from '../schema/workflow';
import { validate } from '../validation/validate';
import { checkWorkflow, parseWorkflow } from './parse-workflow';
import { canonicalizeWorkflow, serializeWorkflow } from './serialize-workflow';

/** The same workflow written differently: every object's keys reversed, steps and groups reversed. */
function rewritten(value: Workflow): Workflow {
  const reverseKeys = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(reverseKeys);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
  };
  const copy = reverseKeys(value) as Workflow;
  copy.spec.steps.reverse();
  copy.spec.onExit?.reverse();
  copy.spec.groups?.reverse();
  return copy;
}

const formats = ['json', 'yaml'] as const;

describe('serializeWorkflow (properties)', () => {
  test.prop([workflowArbitrary])('the generated workflows are valid, so the properties below test something', (generated) => {
    const { errors } = checkWorkflow(generated);
    expect(errors.map(String)).toEqual([]);
  });

  test.prop([workflowArbitrary, fc.constantFrom(...formats)])('parse(serialize(w)) equals canonicalize(w), in JSON and in YAML', (generated, format) => {
    expect(parseWorkflow(serializeWorkflow(generated, { format }))).toStrictEqual(canonicalizeWorkflow(generated));
  });

  test.prop([workflowArbitrary, fc.constantFrom(...formats)])('serializing is deterministic and a fixed point', (generated, format) => {
    const text = serializeWorkflow(generated, { format });
    expect(serializeWorkflow(generated, { format })).toBe(text);
    expect(serializeWorkflow(parseWorkflow(text), { format })).toBe(text);
  });

  test.prop([workflowArbitrary, fc.constantFrom(...formats)])('key order and step order in the input do not show in the output', (generated, format) => {
    expect(serializeWorkflow(rewritten(generated), { format })).toBe(serializeWorkflow(generated, { format }));
  });

  test.prop([workflowArbitrary])('canonicalize keeps the meaning: same steps, still valid, and leaves its input alone', (generated) => {
    const before = structuredClone(generated);
    const canonical = canonicalizeWorkflow(generated);
    expect(generated).toStrictEqual(before);
    expect(canonical.spec.steps.map((step) => step.name).sort()).toEqual(generated.spec.steps.map((step) => step.name).sort());
    expect(validate(canonical)).toEqual([]);
    expect(canonicalizeWorkflow(canonical)).toStrictEqual(canonical);
  });
});

describe('canonicalizeWorkflow', () => {
  test('orders steps topologically, ties by name, and groups by name', () => {
    const canonical = canonicalizeWorkflow(
      workflow([echo('report', [output('train')]), container('train', { dependencies: ['prep'] }), container('lint'), container('prep')], {
        groups: [
          { name: 'zeta', kind: 'concurrent', branches: [['lint']] },
          { name: 'alpha', kind: 'concurrent', branches: [['prep']] },
        ],
        onExit: [container('z-notify'), container('cleanup')],
      }),
    );
    expect(canonical.spec.steps.map((step) => step.name)).toEqual(['lint', 'prep', 'train', 'report']);
    expect(canonical.spec.onExit?.map((step) => step.name)).toEqual(['cleanup', 'z-notify']);
    expect(canonical.spec.groups?.map((group) => group.name)).toEqual(['alpha', 'zeta']);
  });

  test('sorts maps by key but keeps the order of lists that carry meaning', () => {
    const canonical = canonicalizeWorkflow(
      workflow([
        echo('a', ['--b', '--a'], {
          labels: { zone: 'x', app: 'y' },
          env: [{ name: 'Z', value: '1' }, { name: 'A', value: '2' }],
          map: { items: [{ lr: 0.1, bs: 2 }, { bs: 4, lr: 0.2 }] },
        }),
        { name: 'dist', kind: 'job', job: { framework: 'tensorflow', image: 'tf', replicas: { Worker: { replicas: 2 }, Chief: { replicas: 1 } } } },
      ]),
    );
    const [a, dist] = canonical.spec.steps;
    expect(Object.keys(a!.labels!)).toEqual(['app', 'zone']);
    expect(a!.kind === 'container' && a!.container.args).toEqual(['--b', '--a']);
    expect(a!.env!.map((variable) => variable.name)).toEqual(['Z', 'A']);
    expect(a!.map!.items!.map((item) => Object.keys(item as object))).toEqual([['bs', 'lr'], ['bs', 'lr']]);
    expect(dist!.kind === 'job' && Object.keys(dist!.job.replicas)).toEqual(['Chief', 'Worker']);
  });

  test('writes -0 as 0, which is all JSON can say', () => {
    const canonical = canonicalizeWorkflow(workflow([container('a', { map: { items: [-0] } })], { parameters: [{ name: 'p', default: -0 }] }));
    expect(Object.is(canonical.spec.steps[0]!.map!.items![0], 0)).toBe(true);
    expect(Object.is(canonical.spec.parameters![0]!.default, 0)).toBe(true);
  });

  test('steps on a cycle come last, by name, so even an invalid workflow serializes', () => {
    const canonical = canonicalizeWorkflow(workflow([container('b', { dependencies: ['a'] }), container('a', { dependencies: ['b'] }), container('z')]));
    expect(canonical.spec.steps.map((step) => step.name)).toEqual(['z', 'a', 'b']);
  });
});

describe('serializeWorkflow', () => {
  const small = workflow([echo('hello', ['world'], { labels: { b: '2', a: '1' } })], {}, 'greet');

  test('JSON is indented by two spaces and ends with a newline', () => {
    expect(serializeWorkflow(small)).toBe(`${JSON.stringify(canonicalizeWorkflow(small), null, 2)}\n`);
    expect(serializeWorkflow(small, { format: 'json' })).toBe(serializeWorkflow(small));
  });

  test('YAML reads like the schema', () => {
    expect(serializeWorkflow(small, { format: 'yaml' })).toMatchInlineSnapshot(`
      "apiVersion: couler.dev/v1alpha1
      kind: Workflow
      metadata:
        name: greet
      spec:
        steps:
          - name: hello
            labels:
              a: "1"
              b: "2"
            kind: container
            container:
              image: alpine:3.20
              command:
                - echo
              args:
                - world
      "
    `);
  });

  test('a value that is not shaped like a workflow gets a CoulerError saying where', () => {
    const broken = { ...small, spec: { steps: [{ name: 'a', kind: 'container', container: { image: 7 } }] } } as unknown as Workflow;
    expect(() => serializeWorkflow(broken)).toThrow(
      expect.objectContaining({ code: 'INVALID_FIELD', path: ['steps', 'a', 'container', 'image'], message: 'steps.a.container.image must be a string or an object, not number 7.' }),
    );
    expect(() => canonicalizeWorkflow(null as unknown as Workflow)).toThrow(expect.objectContaining({ code: 'INVALID_FIELD' }));
  });

  test('strings YAML would read as something else stay strings', () => {
    const tricky = ['yes', 'null', '1e3', '0x10', '~', '- x', 'a: b', '#c', "it's", '', ' x', 'multi\nline'];
    const text = serializeWorkflow(workflow([echo('a', tricky)]), { format: 'yaml' });
    const [step] = parseWorkflow(text).spec.steps;
    expect(step!.kind === 'container' && step!.container.args).toEqual(tricky);
  });
});
