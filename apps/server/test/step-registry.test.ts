import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startTestServer, type TestServer } from './support/test-server';

const churnModel = {
  name: 'churn-forest',
  title: 'Churn forest (50 trees)',
  description: 'The zoo’s random forest with our settings.',
  definition: { kind: 'zoo', zoo: 'random-forest', values: { trees: 50, seed: 3 } },
  parameters: { type: 'object', properties: { trees: { type: 'integer', title: 'Trees', default: 50, minimum: 1 } }, required: ['trees'] },
  outputs: ['accuracy'],
};

describe.each(DIALECTS)('the step registry on %s', (dialect) => {
  let test: TestServer;
  let alice: string;
  let bob: string;
  let mallory: string;
  beforeAll(async () => {
    test = await startTestServer(dialect);
    const acme = await test.call('POST', '/api/v1/tenants', { body: { name: 'acme', admin: { name: 'alice' } } });
    alice = acme.body.token.token;
    bob = (await test.call('POST', '/api/v1/users', { token: alice, body: { name: 'bob' } })).body.token.token;
    mallory = (await test.call('POST', '/api/v1/tenants', { body: { name: 'evil', admin: { name: 'mallory' } } })).body.token.token;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('registers, lists, changes and deletes a step, keeping who did what and when', async () => {
    const created = await test.call('POST', '/api/v1/steps', { token: alice, body: churnModel });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...churnModel, createdBy: 'alice', updatedBy: 'alice' });
    const script = { name: 'say-hello', title: 'Say hello', definition: { kind: 'script', image: 'alpine:3.20', command: ['sh'], source: 'echo "hello $WHO"' }, parameters: { type: 'object', properties: { WHO: { type: 'string', title: 'Who', default: 'world' } } } };
    expect((await test.call('POST', '/api/v1/steps', { token: bob, body: script })).status).toBe(201);

    const list = await test.call('GET', '/api/v1/steps', { token: bob });
    expect(list.body.items.map((step: { name: string }) => step.name)).toEqual(['churn-forest', 'say-hello']);
    expect(list.body.items[1]).toMatchObject({ description: '', outputs: [], createdBy: 'bob' });
    const firstPage = await test.call('GET', '/api/v1/steps?limit=1', { token: bob });
    expect(firstPage.body.items).toHaveLength(1);
    const secondPage = await test.call('GET', `/api/v1/steps?limit=1&cursor=${firstPage.body.nextCursor}`, { token: bob });
    expect(secondPage.body.items.map((step: { name: string }) => step.name)).toEqual(['say-hello']);
    expect(secondPage.body.nextCursor).toBeUndefined();

    const changed = await test.call('PUT', '/api/v1/steps/churn-forest', { token: bob, body: { ...churnModel, name: undefined, title: 'Churn forest (80 trees)', definition: { ...churnModel.definition, values: { trees: 80 } } } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Churn forest (80 trees)', definition: { values: { trees: 80 } }, createdBy: 'alice', createdAt: created.body.createdAt, updatedBy: 'bob' });
    expect((await test.call('GET', '/api/v1/steps/churn-forest', { token: alice })).body.title).toBe('Churn forest (80 trees)');

    const duplicate = await test.call('POST', '/api/v1/steps', { token: alice, body: churnModel });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error).toMatchObject({ code: 'DUPLICATE_NAME', path: ['body', 'name'] });
    const renamed = await test.call('PUT', '/api/v1/steps/churn-forest', { token: alice, body: { ...churnModel, name: 'other-name' } });
    expect(renamed.body.error).toMatchObject({ code: 'INVALID_FIELD', path: ['body', 'name'] });

    expect((await test.call('DELETE', '/api/v1/steps/say-hello', { token: alice })).status).toBe(204);
    expect((await test.call('GET', '/api/v1/steps/say-hello', { token: alice })).status).toBe(404);
    expect((await test.call('DELETE', '/api/v1/steps/say-hello', { token: alice })).status).toBe(404);
  });

  it('is in the OpenAPI document, with its schemas', async () => {
    const spec = await test.call('GET', '/openapi.json', { token: null });
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/api/v1/steps', '/api/v1/steps/{name}', '/api/v1/runs/{id}/artifacts', '/api/v1/runs/{id}/steps/{step}/artifacts/{name}']));
    expect(Object.keys(spec.body.components.schemas)).toEqual(expect.arrayContaining(['RegisteredStep', 'StepDefinition', 'RunArtifactList']));
  });

  it("answers 404 to another tenant for every look at, change or removal of a step, and lists none of them", async () => {
    const missing = await test.call('GET', '/api/v1/steps/no-such-step', { token: mallory });
    for (const [method, body] of [['GET'], ['PUT', churnModel], ['DELETE']] as const) {
      const answer = await test.call(method, '/api/v1/steps/churn-forest', { token: mallory, ...(body && { body }) });
      expect(answer.status, method).toBe(404);
      expect(answer.body.error.code).toBe(missing.body.error.code);
      expect(JSON.stringify(answer.body)).not.toContain('trees');
    }
    expect((await test.call('GET', '/api/v1/steps', { token: mallory })).body.items).toEqual([]);
    // The same name in another tenant is another step.
    expect((await test.call('POST', '/api/v1/steps', { token: mallory, body: { ...churnModel, title: 'Mine' } })).status).toBe(201);
    expect((await test.call('GET', '/api/v1/steps/churn-forest', { token: alice })).body.title).toBe('Churn forest (80 trees)');
    expect((await test.call('GET', '/api/v1/steps/churn-forest', { token: mallory })).body.title).toBe('Mine');
  });

  it.each([
    ['a name that is no DNS-1123 label', { ...churnModel, name: 'Churn Forest!' }, 400, ['body', 'name']],
    ['a name with a path in it', { ...churnModel, name: '../etc' }, 400, ['body', 'name']],
    ['a name over 63 characters', { ...churnModel, name: 'a'.repeat(64) }, 400, ['body', 'name']],
    ['no definition', { ...churnModel, definition: undefined }, 400, ['body', 'definition']],
    ['an unknown kind', { ...churnModel, definition: { kind: 'magic' } }, 400, ['body', 'definition', 'kind']],
    ['a parameter name that is no identifier', { ...churnModel, parameters: { type: 'object', properties: { 'rm -rf': { type: 'string', title: 'x' } } } }, 400, ['body', 'parameters', 'properties']],
    ['a required parameter that is not there', { ...churnModel, parameters: { type: 'object', properties: {}, required: ['trees'] } }, 400, ['body', 'parameters', 'required', '0']],
    ['a default of the wrong type', { ...churnModel, parameters: { type: 'object', properties: { trees: { type: 'integer', title: 'Trees', default: 'many' } } } }, 400, ['body', 'parameters', 'properties', 'trees', 'default']],
    ['an unknown field', { ...churnModel, colour: 'red' }, 400, ['body']],
    ['a step over the size limit', { ...churnModel, definition: { kind: 'zoo', zoo: 'shell', values: { a: 'x'.repeat(40_000), b: 'y'.repeat(40_000) } } }, 413, ['body']],
  ])('refuses %s in the error shape', async (_what, body, status, path) => {
    const answer = await test.call('POST', '/api/v1/steps', { token: alice, body: { ...body, name: body.name === churnModel.name ? 'refused-step' : body.name } });
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.body)).toEqual(['error']);
    expect(answer.body.error.path.slice(0, path.length)).toEqual(path);
    expect((await test.call('GET', '/api/v1/steps/refused-step', { token: alice })).status).toBe(404);
  });
});
