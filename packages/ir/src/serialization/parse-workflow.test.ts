import { describe, expect, test } from 'vitest';
import { CoulerError } from '../errors/couler-error';
import { container, echo, output, workflow } from '../__tests__/workflows';
import { IR_API_VERSION } from '../schema/workflow';
import { checkWorkflow, parseWorkflow, readDocument } from './parse-workflow';
import { serializeWorkflow } from './serialize-workflow';

function thrown(run: () => unknown): CoulerError {
  try {
    run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a CoulerError');
}

const yamlText = `apiVersion: couler.dev/v1alpha1
kind: Workflow
metadata:
  name: hello
spec:
  parameters:
    - name: greeting
      default: "yes"
    - name: count
      default: 0x10
  steps:
    - name: say
      kind: container
      container:
        image: alpine:3.20
        command: [echo]
        args:
          - ref: parameter
            name: greeting
          - on
`;

describe('parseWorkflow', () => {
  test('reads YAML with the YAML 1.2 core schema: "on" stays a string, 0x10 is a number', () => {
    const parsed = parseWorkflow(yamlText);
    expect(parsed.metadata.name).toBe('hello');
    expect(parsed.spec.parameters?.map((parameter) => parameter.default)).toEqual(['yes', 16]);
    const [step] = parsed.spec.steps;
    expect(step?.kind === 'container' && step.container.args?.[1]).toBe('on');
  });

  test('an unquoted number where a string belongs says so', () => {
    const error = thrown(() => parseWorkflow(yamlText.replace('          - on\n', '          - 3\n')));
    expect(error.code).toBe('INVALID_FIELD');
    expect(error.pathString).toBe('steps.say.container.args[1]');
    expect(error.message).toBe('steps.say.container.args[1] must be a string or an object, not number 3.');
  });

  test('reads JSON, the same workflow as the YAML', () => {
    const fromYaml = parseWorkflow(yamlText);
    expect(parseWorkflow(JSON.stringify(fromYaml))).toEqual(fromYaml);
    expect(parseWorkflow(`\n  ${JSON.stringify(fromYaml)}`)).toEqual(fromYaml);
  });

  test('reads flow-style YAML that starts like JSON', () => {
    const text = `{apiVersion: ${IR_API_VERSION}, kind: Workflow, metadata: {name: flow}, spec: {steps: [{name: a, kind: container, container: {image: alpine}}]}}`;
    expect(parseWorkflow(text).metadata.name).toBe('flow');
  });

  test('accepts a plain value as well as text, and returns a copy', () => {
    const value = { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'a' }, spec: { steps: [container('a')] } };
    const parsed = parseWorkflow(value);
    expect(parsed).toEqual(value);
    expect(parsed).not.toBe(value);
  });

  test('broken JSON is INVALID_DOCUMENT with the parser\'s reason', () => {
    const error = thrown(() => parseWorkflow('{"apiVersion": '));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toMatch(/^The workflow is not valid JSON: .+\.$/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  test('broken YAML is INVALID_DOCUMENT with a sentence and the line and column in the hint', () => {
    const error = thrown(() => parseWorkflow('apiVersion: couler.dev/v1alpha1\nkind: [Workflow\nspec: {}\n'));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toMatch(/^The workflow is not valid YAML: [^\n]+\.$/);
    expect(error.hint).toMatch(/^See line \d+, column \d+\.$/);
  });

  test('duplicate keys are refused, not silently merged', () => {
    const error = thrown(() => parseWorkflow('apiVersion: couler.dev/v1alpha1\nkind: Workflow\nkind: Workflow\n'));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toBe('The workflow is not valid YAML: Map keys must be unique at line 3, column 1.');
    expect(error.hint).toBe('See line 3, column 1.');
  });

  test('an alias bomb is refused as INVALID_DOCUMENT instead of expanding', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const current = String.fromCharCode(97 + level);
      lines.push(`${current}: &${current} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const error = thrown(() => parseWorkflow(lines.join('\n')));
    expect(error.code).toBe('INVALID_DOCUMENT');
    expect(error.message).toContain('not valid YAML');
    expect(checkWorkflow(lines.join('\n')).errors.map((inner) => inner.code)).toEqual(['INVALID_DOCUMENT']);
  });

  test('an apiVersion this version does not read is UNSUPPORTED_API_VERSION at apiVersion', () => {
    const error = thrown(() => parseWorkflow({ apiVersion: 'couler.dev/v2', kind: 'Workflow', metadata: { name: 'a' }, spec: { steps: [] } }));
    expect(error.code).toBe('UNSUPPORTED_API_VERSION');
    expect(error.path).toEqual(['apiVersion']);
    expect(error.message).toBe('apiVersion "couler.dev/v2" is not one this version of @couler/ir reads ("couler.dev/v1alpha1").');
    expect(error.hint).toContain('Upgrade @couler/ir');
    expect(thrown(() => parseWorkflow('kind: Workflow\n')).message).toBe('The workflow has no apiVersion; this version of @couler/ir reads "couler.dev/v1alpha1".');
  });

  test('unknown fields are reported with the path of the step that has them', () => {
    const text = JSON.stringify({
      apiVersion: IR_API_VERSION,
      kind: 'Workflow',
      metadata: { name: 'a', owner: 'me' },
      spec: { steps: [container('train', { retries: 3 })] },
    });
    const error = thrown(() => parseWorkflow(text));
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.message).toBe('The workflow has 2 problems.');
    expect(error.errors?.map((inner) => [inner.code, inner.pathString, inner.message])).toEqual([
      ['INVALID_FIELD', 'metadata.owner', 'Unknown field "owner" in metadata.'],
      ['INVALID_FIELD', 'steps.train.retries', 'Unknown field "retries" in steps.train. Did you mean "retry"?'],
    ]);
  });

  test('a structurally sound workflow with semantic problems lists them all, naming the workflow', () => {
    const text = serializeWorkflow(workflow([echo('a', [output('b')]), echo('b', [output('a')]), container('c', { dependencies: ['x'] })], {}, 'loop'), { format: 'yaml' });
    const error = thrown(() => parseWorkflow(text));
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.message).toBe('Workflow "loop" has 2 problems.');
    expect(error.errors?.map((inner) => inner.code)).toEqual(['UNKNOWN_STEP', 'CYCLE']);
  });
});

describe('checkWorkflow', () => {
  test('returns the workflow and no errors when it is valid', () => {
    const result = checkWorkflow(yamlText);
    expect(result.errors).toEqual([]);
    expect(result.workflow?.metadata.name).toBe('hello');
  });

  test('returns the parsed workflow alongside its semantic errors, so tools can still show it', () => {
    const result = checkWorkflow(workflow([container('a', { dependencies: ['a'] })]));
    expect(result.workflow?.spec.steps).toHaveLength(1);
    expect(result.errors.map((error) => error.code)).toEqual(['CYCLE']);
  });

  test('never throws for bad input', () => {
    for (const input of ['', ':', '[', '{', 'null', '- a\n- b', '"text"', 42, null, undefined, [], () => 1]) {
      const result = checkWorkflow(input);
      expect(result.workflow).toBeUndefined();
      expect(result.errors.length).toBeGreaterThan(0);
    }
  });
});

describe('readDocument', () => {
  test('returns plain data from JSON or YAML', () => {
    expect(readDocument('{"a": [1, "b"]}')).toEqual({ a: [1, 'b'] });
    expect(readDocument('a:\n  - 1\n  - b\n')).toEqual({ a: [1, 'b'] });
    expect(readDocument('x: &anchor {k: v}\ny: *anchor\n')).toEqual({ x: { k: 'v' }, y: { k: 'v' } });
  });
});
