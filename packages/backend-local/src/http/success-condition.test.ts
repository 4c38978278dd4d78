import { describe, expect, it } from 'vitest';
import { evaluateSuccessCondition, type ConditionScope } from './evaluate-success-condition';
import { parseSuccessCondition } from './parse-success-condition';
import { SuccessConditionError } from './success-condition-syntax';

const exchange = (statusCode: number, body = '', headers: Record<string, string[]> = {}): ConditionScope => ({
  response: { statusCode, body, headers },
  request: { method: 'POST', url: 'http://127.0.0.1/hook', body: '{"a":1}', headers: { Authorization: ['Bearer t'] } },
});
const holds = (condition: string, scope: ConditionScope) => evaluateSuccessCondition(parseSuccessCondition(condition), scope);

function refusal(condition: string): SuccessConditionError {
  try {
    parseSuccessCondition(condition);
  } catch (error) {
    if (error instanceof SuccessConditionError) return error;
    throw error;
  }
  throw new Error(`"${condition}" was accepted`);
}

describe('successCondition: what users write in Argo', () => {
  const json = exchange(201, '{"status":"ok","items":[1,2]}', { 'Content-Type': ['application/json; charset=utf-8'], 'X-Request-Id': ['r-1'] });

  it.each([
    ['response.statusCode == 201', true],
    ['response.statusCode != 201', false],
    ['response.statusCode >= 200 && response.statusCode < 300', true],
    ['response.statusCode > 201 || response.statusCode <= 199', false],
    ['response.statusCode in [200, 201, 202]', true],
    ['response.statusCode not in [200, 201]', false],
    ['response.body contains "\\"status\\":\\"ok\\""', true],
    ["response.body startsWith '{' and response.body endsWith '}'", true],
    ['not (response.statusCode == 500) and !(response.body contains "error")', true],
    ['response.statusCode == 500 or response.statusCode == 201', true],
    ['response.headers["Content-Type"][0] startsWith "application/json"', true],
    ['"r-1" in response.headers["X-Request-Id"]', true],
    ['"X-Request-Id" in response.headers && !("Retry-After" in response.headers)', true],
    ['response.headers["Retry-After"] == nil', true],
    ['response["statusCode"] == 201 && request.method == "POST" && request.headers.Authorization[0] == "Bearer t"', true],
    ['(response.statusCode == 200 || response.statusCode == 201) && request.body contains "a"', true],
  ])('%s → %s', (condition, expected) => {
    expect(holds(condition, json)).toBe(expected);
  });

  it('gives && and || their expr precedence, and ! binds tighter than comparisons', () => {
    // `a || b && c` is `a || (b && c)`.
    expect(holds('response.statusCode == 201 || response.statusCode == 1 && response.statusCode == 2', json)).toBe(true);
    expect(holds('(response.statusCode == 201 || response.statusCode == 1) && response.statusCode == 2', json)).toBe(false);
    expect(holds('!true == false', json)).toBe(true);
  });

  it('reads any string literal JSON.stringify writes back exactly (quotes, backslashes, control characters, unicode)', () => {
    const hostile = ['', 'plain', 'say "hi"', "it's", 'back\\slash', 'tab\tnew\nline\r', '\u0000\u0001\u001f\u007f', 'ünïcødé ✓ 𝔘', '\ud800', '\\"', '`raw`', '${x}', '{{inputs.parameters.x}}'];
    for (const needle of hostile) {
      for (const body of [needle, `before ${needle} after`, 'unrelated']) {
        expect(holds(`response.body contains ${JSON.stringify(needle)}`, exchange(200, body))).toBe(body.includes(needle));
        expect(holds(`response.body == ${JSON.stringify(needle)}`, exchange(200, body))).toBe(body === needle);
      }
    }
  });

  it('fails, rather than guesses, when a response lacks what the condition indexes', () => {
    expect(() => holds('response.headers["X-Missing"][0] == "a"', exchange(200))).toThrow(/nil cannot be indexed.*a header the response does not have is nil/);
    expect(() => holds('response.headers["X-Request-Id"][3] == "a"', json)).toThrow('Index 3 is out of range');
  });
});

describe('successCondition: refused before the run, with the position', () => {
  it.each([
    ['response.statusCode ==', 22, 'syntax', 'Expected a value after "=="'],
    ['response.statusCode = 201', 20, 'syntax', 'A single "="'],
    ['response.status == 200', 9, 'syntax', 'Its fields are statusCode, body, headers'],
    ['response.statuscode == 200', 9, 'syntax', 'Did you mean "statusCode"?'],
    ['reponse.statusCode == 200', 0, 'syntax', 'Did you mean "response"?'],
    ['response.body contains "ok', 23, 'syntax', 'no closing "'],
    ['(response.statusCode == 200', 27, 'syntax', 'Expected ")"'],
    ['response.statusCode == 200 200', 27, 'syntax', 'found "200"'],
    ['len(response.body) > 0', 0, 'unsupported', 'functions such as len()'],
    ['response.body matches "^ok"', 14, 'unsupported', '"matches"'],
    ['response.statusCode + 1 == 202', 20, 'unsupported', '"+"'],
    ['response.statusCode == "201"', 20, 'type', 'a number with a string'],
    ['response.headers["Content-Type"] == "application/json"', 33, 'type', 'A header is a list of values'],
    ['!response.statusCode == 200', 1, 'type', 'binds tighter than comparisons'],
    ['response.statusCode contains "20"', 20, 'type', '"contains" works on strings'],
    ['response.statusCode', 0, 'type', 'not true or false'],
    ['response.body < 3', 14, 'type', 'two numbers or two strings'],
  ] as const)('%s (at %i: %s)', (condition, position, reason, message) => {
    const error = refusal(condition);
    expect({ position: error.position, reason: error.reason }).toEqual({ position, reason });
    expect(`${error.message} ${error.hint ?? ''}`).toContain(message);
  });
});
