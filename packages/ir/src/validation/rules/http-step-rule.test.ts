import { describe, expect, test } from 'vitest';
import { ALL_CONSTRUCTS, OPT_IN_CONSTRUCTS } from '../../backend/v1/constructs';
import { buildWorkflowGraph, topologicalOrder } from '../../graph/workflow-graph';
import { parseWorkflow } from '../../serialization/parse-workflow';
import { serializeWorkflow } from '../../serialization/serialize-workflow';
import { echo, output, outputs, script, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { httpStepRule } from './http-step-rule';

const http = (name: string, request: Record<string, unknown> = {}, fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'http',
  http: { method: 'GET', url: 'https://example.com/health', ...request },
  ...fields,
});

describe('httpStepRule', () => {
  test('a request with headers, a body and a condition is valid, and its result can be read', () => {
    const step = http('ping', { method: 'POST', headers: [{ name: 'Content-Type', value: 'application/json' }], body: '{"a":1}', successCondition: 'response.statusCode == 201', timeoutSeconds: 5 });
    expectValid(httpStepRule, workflow([step]));
    expect(validate(workflow([step, echo('show', [output('ping')])]))).toEqual([]);
  });

  test('container fields, input artifacts and declared outputs are refused by name', () => {
    const step = http('ping', {}, {
      env: [{ name: 'A', value: '1' }],
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
      inputs: { artifacts: [{ name: 'model', path: '/tmp/model', raw: 'x' }] },
      ...outputs('status'),
    });
    expectValidationErrors(httpStepRule, workflow([step], { volumes: [{ name: 'data', emptyDir: {} }] }), [
      { code: 'INVALID_FIELD', path: ['steps', 'ping', 'env'], message: 'Http step "ping" runs no container, so it cannot have env.' },
      { code: 'INVALID_FIELD', path: ['steps', 'ping', 'volumeMounts'] },
      { code: 'INVALID_FIELD', path: ['steps', 'ping', 'inputs', 'artifacts'] },
      { code: 'INVALID_FIELD', path: ['steps', 'ping', 'outputs'], hint: "output: 'result'" },
    ]);
  });

  test('a literal URL that is not http(s) is refused; a reference is checked when the step runs', () => {
    expectValidationErrors(httpStepRule, workflow([http('ping', { url: 'ftp://example.com/x' })]), [
      { code: 'INVALID_FIELD', path: ['steps', 'ping', 'http', 'url'], message: '"ftp://example.com/x", which is not an http:// or https:// URL.' },
    ]);
    expectValid(httpStepRule, workflow([script('pick'), http('ping', { url: output('pick') })]));
  });

  test('references in the URL, headers and body are data dependencies', () => {
    const step = http('notify', { url: { concat: ['https://hooks.example.com/', output('a')] }, headers: [{ name: 'X-Run', value: output('b') }], body: output('c') });
    const wf = workflow([step, script('a'), script('b'), script('c')]);
    expect(topologicalOrder(buildWorkflowGraph(wf)).order.at(-1)).toBe('notify');
    expect(validate(wf)).toEqual([]);
  });

  test('a header name that is not an HTTP token fails the schema', () => {
    expect(() => workflow([http('ping', { headers: [{ name: 'Bad Header:', value: 'x' }] })])).toThrow();
  });

  test('http and containerSet are opt-in: "all constructs" does not claim them', () => {
    expect(OPT_IN_CONSTRUCTS).toEqual(expect.arrayContaining(['step.http', 'step.containerSet']));
    expect(ALL_CONSTRUCTS).not.toContain('step.http');
    expect(ALL_CONSTRUCTS).not.toContain('step.containerSet');
  });

  test('http and containerSet steps round-trip through canonical YAML', () => {
    const wf = workflow([
      http('ping', { method: 'PUT', headers: [{ name: 'B', value: '2' }, { name: 'A', value: '1' }], body: 'hello: "world"\n' }),
      { name: 'pair', kind: 'containerSet', containerSet: { containers: [{ name: 'main', image: 'alpine:3.20', dependencies: ['side'] }, { name: 'side', image: 'alpine:3.20' }] } },
    ]);
    const text = serializeWorkflow(wf, { format: 'yaml' });
    expect(parseWorkflow(text)).toEqual(parseWorkflow(serializeWorkflow(parseWorkflow(text), { format: 'yaml' })));
    const back = parseWorkflow(text);
    const ping = back.spec.steps.find((step) => step.name === 'ping');
    // Headers keep their order: HTTP allows repeats, and order can matter to a server.
    expect(ping?.kind === 'http' && ping.http.headers?.map((header) => header.name)).toEqual(['B', 'A']);
  });
});
