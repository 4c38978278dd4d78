import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Step } from '@couler/ir';
import { hostileString } from './support/hostile-string';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, script } from './support/ir';
import { hasJinja, pythonJson, RENDER_JINJA } from './support/python';

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
        }
      });
      if (hasJinja) expect(pythonJson<string[]>(RENDER_JINJA, written)).toEqual(expected);
      else for (const text of written) expect(text.replaceAll("{{ '{' }}", '').replaceAll("{{ '\\r' }}", '')).not.toMatch(/\{[{%#]/);
    });
  }
});
