import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoulerError } from '@couler/ir';
import { assertValidAirflowDag, checkAirflowDag, compileToAirflow, resolveAirflowSettings } from '../src/index';
import { container, irWorkflow, output } from './support/ir';
import { hasJinja } from './support/python';

const p = { ref: 'parameter' as const, name: 'p' };
const workflow = irWorkflow(
  'brace',
  [
    container('list', { outputs: { parameters: [{ name: 'items', path: '/tmp/items' }] } }, { command: ['sh', '-c', 'echo "[1]" > /tmp/items'], args: [] }),
    container('echo', { env: [{ name: 'TEXT', value: { concat: ['a{', p] } }] }, { args: [{ concat: ['abc{', p] }] }),
    container('each', { map: { from: output('list', 'items') } }, { args: [{ concat: [{ ref: 'item' }, '{{x'] }] }),
  ],
  { parameters: [{ name: 'p', default: 'v' }] },
);
const { source, summary } = compileToAirflow(workflow, resolveAirflowSettings({}));

function refusal(text: string): CoulerError {
  try {
    assertValidAirflowDag(text, { workflow, summary });
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('the file passed');
}

describe.runIf(hasJinja)('the Jinja check of --validate', () => {
  it('passes the file the compiler writes', () => {
    expect(checkAirflowDag(source, { workflow, summary })).toMatchObject({ problems: [], skipped: [] });
  });

  it('names the task, the field and Jinja’s message for text Airflow cannot render (abc{ before a reference)', () => {
    // What the compiler wrote before issue 23: the brace before the tag left raw.
    const broken = source.replaceAll(`abc{{ '{' }}{{`, 'abc{{{').replaceAll(`a{{ '{' }}{{`, 'a{{{');
    const jinja = checkAirflowDag(broken, { workflow, summary }).problems.filter((problem) => problem.check === 'jinja');
    expect(jinja.map((problem) => problem.message)).toEqual([
      `Task "echo", templated field "arguments[0]": Jinja cannot parse it, so Airflow would fail the task when it runs: expected token ':', got '}' (line 1 of the template 'abc{{{ couler_text(params["p"]) }}').`,
      `Task "echo", templated field "env_vars[0].value": Jinja cannot parse it, so Airflow would fail the task when it runs: expected token ':', got '}' (line 1 of the template 'a{{{ couler_text(params["p"]) }}').`,
    ]);
    expect(jinja[0]!.line).toBe(broken.split('\n').findIndex((line) => line.includes('abc{{{')) + 1);
    const error = refusal(broken);
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.errors?.map((inner) => inner.message)).toContain(`jinja: ${jinja[0]!.message}`);
  });

  it('checks values known only at run time: a couler_escape that leaves a final brace raw is caught', () => {
    // The run-time text (a map item) is followed by literal text that starts with a brace.
    const oldEscape = source.replace(String.raw`(?=[{%#\r]|\Z)`, String.raw`(?=[{%#\r])`);
    expect(oldEscape).not.toBe(source);
    const [problem] = checkAirflowDag(oldEscape, { workflow, summary }).problems;
    expect(problem?.message).toMatch(/^Task "each", templated field "arguments \(item each\)\[0\]": Jinja cannot parse it/);
  });

  it('does not parse fields Airflow does not render (doc_md, task_id)', () => {
    const described = irWorkflow('described', [container('a', { description: 'abc{{{ not a template' })]);
    const compiled = compileToAirflow(described, resolveAirflowSettings({}));
    expect(compiled.source).toContain('abc{{{ not a template');
    expect(checkAirflowDag(compiled.source, { workflow: described, summary: compiled.summary }).problems).toEqual([]);
  });
});

describe('without jinja2', () => {
  it('the check says it did not run and --validate refuses with how to install it', () => {
    // A jinja2 package that cannot be imported, first on python3's path.
    const shadow = mkdtempSync(join(tmpdir(), 'couler-no-jinja-'));
    mkdirSync(join(shadow, 'jinja2'));
    writeFileSync(join(shadow, 'jinja2', '__init__.py'), 'raise ImportError("no jinja2 here")\n');
    const previous = process.env.PYTHONPATH;
    process.env.PYTHONPATH = shadow;
    try {
      const check = checkAirflowDag(source, { workflow, summary });
      expect(check.problems).toEqual([]);
      expect(check.skipped).toEqual([expect.stringMatching(/^jinja2 cannot be imported by python3: the templated fields were not parsed/)]);
      const error = refusal(source);
      expect(error.code).toBe('ENGINE_NOT_FOUND');
      expect(error.message).toContain('python3 -m pip install jinja2');
    } finally {
      if (previous === undefined) delete process.env.PYTHONPATH;
      else process.env.PYTHONPATH = previous;
      rmSync(shadow, { recursive: true, force: true });
    }
  });
});
