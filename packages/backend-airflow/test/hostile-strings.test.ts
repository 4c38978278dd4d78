import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Step } from '@couler/ir';
import { hostileString } from './support/hostile-string';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, script } from './support/ir';
import { hasJinja, pythonJson, RENDER_JINJA, RENDER_JINJA_WITH_PARAMS } from './support/python';

const nonEmpty = hostileString.filter((text) => text.length > 0 && !text.includes('\u0000'));

/** Each step carries hostile text in every field a user writes freely. */
function hostileStep(index: number, texts: string[]): Step {
  const [arg, command, label, description, image, source] = texts;
  const extra = { labels: { note: label! }, annotations: { why: label! }, description: description! };
  return index % 2 === 0
    ? container(`step-${index}`, extra, { image: image!, command: [command!], args: [arg!, { concat: [arg!, { ref: 'parameter', name: 'p' }, arg!] }] })
    : script(`step-${index}`, { ...extra }, source!);
}

describe('hostile strings', () => {
  // Sampled up front so that one compile and one python3 check cover a few hundred strings.
  const samples = fc.sample(fc.array(nonEmpty, { minLength: 6, maxLength: 6 }), { numRuns: 40, seed: 20_261_125 });
  const steps = samples.map((texts, index) => hostileStep(index, texts));
  const workflow = irWorkflow('hostile', steps, { parameters: [{ name: 'p', default: samples[0]![0]!, description: samples[1]![0]! }] }, { description: samples[2]![0]! });

  for (const airflowVersion of [3, 2] as const) {
    it(`never break out of their Python literal or Jinja text (Airflow ${airflowVersion}): the file checks clean and renders back to the input`, () => {
      const dag = compileChecked(workflow, { airflowVersion });
      const written: string[] = [];
      const expected: string[] = [];
      const joined: string[] = [];
      const joinedExpected: string[] = [];
      const parameter = samples[0]![0]!;
      steps.forEach((step, index) => {
        const texts = samples[index]!;
        const taskId = step.name.replace(/-/g, '_');
        expect(dag.keyword(taskId, 'doc_md')).toBe(texts[3]);
        written.push(...Object.values(dag.keyword(taskId, 'labels') as Record<string, string>), ...Object.values(dag.keyword(taskId, 'annotations') as Record<string, string>));
        expected.push(texts[2]!, texts[2]!);
        if (step.kind === 'container') {
          written.push(dag.keyword(taskId, 'image') as string, ...(dag.keyword(taskId, 'cmds') as string[]));
          expected.push(texts[4]!, texts[1]!);
          const args = dag.keyword(taskId, 'arguments') as string[];
          written.push(args[0]!);
          expected.push(texts[0]!);
          // The reference stays a Jinja tag between the two escaped copies of the literal.
          expect(args[1]).toContain('{{ couler_text(params["p"]) }}');
          joined.push(args[1]!);
          joinedExpected.push(`${texts[0]!}${parameter}${texts[0]!}`);
        }
      });
      if (hasJinja) {
        expect(pythonJson<string[]>(RENDER_JINJA, written)).toEqual(expected);
        // Literal text around a reference renders back whatever it ends or starts with.
        expect(pythonJson<string[]>(RENDER_JINJA_WITH_PARAMS, joined.map((text) => ({ text, params: { p: parameter } })))).toEqual(joinedExpected);
      }
      else for (const text of written) expect(text.replaceAll("{{ '{' }}", '').replaceAll("{{ '\\r' }}", '')).not.toMatch(/\{[{%#]/);
    });
  }
});

describe('literal text next to a reference (issue 23)', () => {
  const p = { ref: 'parameter' as const, name: 'p' };
  // Each literal meets the reference's tag on the side where a brace could join it.
  const cases: Array<[string, Array<string | typeof p>, string]> = [
    ['ends-in-brace', ['abc{', p], 'abc{v'],
    ['ends-in-braces', ['{{{', p, '}}}'], '{{{v}}}'],
    ['starts-with-brace', [p, '}x'], 'v}x'],
    ['percent-and-hash', ['{%', p, '%}{#', p, '#}'], '{%v%}{#v#}'],
    ['endraw', ['{% endraw %}{', p], '{% endraw %}{v'],
    ['quotes-backslashes', ["'\\{", p, '\\"}'], "'\\{v\\\"}"],
  ];
  const workflow = irWorkflow(
    'brace-then-reference',
    cases.map(([name, concat]) => container(name, { env: [{ name: 'TEXT', value: { concat } }] }, { args: [{ concat }] })),
    { parameters: [{ name: 'p', default: 'v' }] },
  );

  it('compiles to a file whose every templated field Jinja parses, and renders to the intended text', () => {
    const dag = compileChecked(workflow);
    const fields = cases.map(([name]) => (dag.keyword(name.replace(/-/g, '_'), 'arguments') as string[])[0]!);
    expect(fields[0]).toBe(`abc{{ '{' }}{{ couler_text(params["p"]) }}`);
    if (hasJinja) expect(pythonJson<string[]>(RENDER_JINJA_WITH_PARAMS, fields.map((text) => ({ text, params: { p: 'v' } })))).toEqual(cases.map(([, , rendered]) => rendered));
  });
});
