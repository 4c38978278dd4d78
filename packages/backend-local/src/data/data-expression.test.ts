import { CoulerError, IR_API_VERSION, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import type { SuccessConditionError as ExprError } from '../http/success-condition-syntax';
import { local } from '../local-backend';
import { DataEvaluationError, evaluateDataExpression, type DataValue } from './evaluate-data-expression';
import { parseDataExpression } from './parse-data-expression';

const KEYS = ['raw/a.png', 'raw/b.PNG', 'raw/notes.txt', 'raw/sub/c.png'];
const run = (expression: string, data: DataValue = KEYS) => evaluateDataExpression(parseDataExpression(expression), data);

describe('data transformations: what users write in Argo', () => {
  it.each([
    ['filter(data, {# endsWith ".png"})', ['raw/a.png', 'raw/sub/c.png']],
    ['filter(data, # endsWith ".png")', ['raw/a.png', 'raw/sub/c.png']],
    ['map(data, {# + ".ready"})', KEYS.map((key) => `${key}.ready`)],
    ['filter(data, {lower(#) endsWith ".png" && !(# contains "/sub/")})', ['raw/a.png', 'raw/b.PNG']],
    ['map(filter(data, {# startsWith "raw/" and not (# endsWith ".txt")}), {trimPrefix(#, "raw/")})', ['a.png', 'b.PNG', 'sub/c.png']],
    ['map(data, {split(#, "/")[-1]})', ['a.png', 'b.PNG', 'notes.txt', 'c.png']],
    ['data[1:3]', ['raw/b.PNG', 'raw/notes.txt']],
    ['len(data) > 3', true],
    ['count(data, {# endsWith ".png"})', 2],
    ['sort(map(data, {upper(replace(#, "raw/", ""))}))', ['A.PNG', 'B.PNG', 'NOTES.TXT', 'SUB/C.PNG']],
    ['filter(data, {# in ["raw/a.png", "raw/notes.txt"]})', ['raw/a.png', 'raw/notes.txt']],
    ['map(data, {len(#) * 2 - 1})', KEYS.map((key) => key.length * 2 - 1)],
    ['join(map(data, {last(split(#, "."))}), ",")', 'png,PNG,txt,png'],
    ['any(data, {# == "raw/a.png"}) || false', true],
  ])('%s', (expression, expected) => {
    expect(run(expression)).toEqual(expected);
  });

  it('reads string literals with quotes, backslashes, unicode and template-like text as text', () => {
    const keys = ['a{{x}}.png', "b'$(id)`.png", 'c\\d.png', 'ü.png'];
    expect(run('filter(data, {# contains "{{x}}" || # contains \'$(id)`\' || # contains "\\\\" || # startsWith "\\u00fc"})', keys)).toEqual(keys);
  });

  it('fails, rather than guesses, on a list it cannot transform, saying why', () => {
    expect(() => run('map(data, {# + 1})')).toThrow(DataEvaluationError);
    expect(() => run('map(data, {# + 1})')).toThrow('"+" needs a number, not "raw/a.png"');
    expect(() => run('data[10]')).toThrow('Index 10 is out of range of a list of 4');
    expect(() => run('filter(data, {len(#)})')).toThrow('needs true or false');
  });

  it('tells syntax it refuses from valid expr it does not evaluate', () => {
    const reason = (expression: string) => {
      try {
        parseDataExpression(expression);
      } catch (error) {
        return (error as ExprError).reason;
      }
      return 'parsed';
    };
    expect(reason('filter(data, {# matches "^a"})')).toBe('unsupported');
    expect(reason('reduce(data, #acc + #)')).toBe('unsupported');
    expect(reason('data ?? []')).toBe('unsupported');
    expect(reason('map(data, {#index})')).toBe('unsupported');
    expect(reason('{"a": 1}')).toBe('unsupported');
    expect(reason('filter(data, {# endsWith ".png"')).toBe('syntax');
    expect(reason('# endsWith ".png"')).toBe('syntax');
    expect(reason('filtr(data, {true})')).toBe('syntax');
    expect(reason('filter(data)')).toBe('syntax');
  });
});

function dataWorkflow(expressions: string[], location: Record<string, unknown> = { type: 's3', bucket: 'ml', key: 'raw' }): Workflow {
  return {
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'listing' },
    spec: { steps: [{ name: 'files', kind: 'data', data: { source: { artifactPaths: location }, transformation: expressions.map((expression) => ({ expression })) } }] },
  } as Workflow;
}

async function refusal(workflow: Workflow): Promise<CoulerError> {
  const error = await local.doCompile(workflow, {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!CoulerError.isInstance(error)) throw new Error(`expected a CoulerError, got ${String(error)}`);
  return error;
}

describe('data steps on the local engine, before the run', () => {
  it('accepts a data step whose transformations it can evaluate', async () => {
    await expect(local.doCompile(dataWorkflow(['filter(data, {# endsWith ".png"})']), {})).resolves.toBeDefined();
  });

  it('refuses valid expr it cannot evaluate with UNSUPPORTED_BY_BACKEND, and text expr would refuse with INVALID_FIELD, pointing at the column', async () => {
    const error = await refusal(dataWorkflow(['filter(data, {# matches "^a"})', 'map(data, {# +})']));
    expect(error.errors?.map((each) => [each.code, each.path])).toEqual([
      ['UNSUPPORTED_BY_BACKEND', ['steps', 'files', 'data', 'transformation', 0, 'expression']],
      ['INVALID_FIELD', ['steps', 'files', 'data', 'transformation', 1, 'expression']],
    ]);
    expect(error.errors?.[0]?.message).toContain('(column 17)');
    expect(error.errors?.[0]?.hint).toContain('filter, map');
  });

  it('refuses a plugin artifact: the local engine has no artifact driver plugins', async () => {
    const error = await refusal(dataWorkflow([], { type: 'plugin', name: 'acme-store', configuration: 'bucket: ml', key: 'raw' }));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND' });
    expect(error.message).toContain('"artifact.plugin"');
  });
});
