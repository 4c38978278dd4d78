import { fc, test } from '@fast-check/vitest';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect } from 'vitest';
import { variablesIn } from '../src/index';
import { compileChecked, taskNamed } from './support/compile-checked';
import { pipelineTaskParams, runTaskLocally, substitute } from './support/simulate-task';

/** Text that means something to YAML, to the shell, or to Tekton's substitution. */
const HOSTILE = [
  '$(params.x)', '$(params.couler-dollar)', '$(results.result.path)', '$(workspaces.couler-data.path)', '$(context.taskRun.name)', '$(tasks.a.results.b)',
  '$(HOME)', '$(echo hi)', '$((1+2))', '${HOME}', '$HOME', '`id`', "it's", '"quoted"', '\\', "\\'", 'yes', 'on', '0755', '~', '- item', 'a: b', '# comment',
  '&anchor', '*alias', '!tag', '|', '>', '%', '@', 'multi\nline\n', '\ttab', ' leading', 'trailing ', '', 'emoji 🚀', "' ; exit 3 ; '", 'COULER_EOF', '$(params.x', ')',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'grapheme', maxLength: 30 }).filter((value) => !value.includes('\u0000')),
  fc.array(fc.constantFrom('$', '(', ')', 'params.', 'x', '.', "'", '"', '\\', '\n', ' ', ':', '#', '`', 'COULER_EOF', '{', '}'), { maxLength: 12 }).map((parts) => parts.join('')),
);

const P = 'param-value';

function hostileWorkflow(value: string): Workflow {
  const steps: Step[] = [
    // Plain: literal args and an env value, no outputs: written as command/args.
    { name: 'plain', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s|'], args: [value, { concat: [value, { ref: 'parameter', name: 'p' }] }] }, env: [{ name: 'VALUE', value }] },
    // Wrapped: its output is read, so it runs under the /bin/sh wrapper.
    { name: 'producer', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s'], args: [value] } },
    // Reads the output next to literal text; compares it with the literal in a when.
    {
      name: 'consumer',
      kind: 'container',
      container: { image: 'alpine:3.20', command: ['printf', '%s|'], args: [{ concat: [value, { ref: 'step', step: 'producer', output: 'result' }] }, value] },
      when: { op: 'equal', left: { ref: 'step', step: 'producer', output: 'result' }, right: value },
    },
    { name: 'script', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: `printf '%s' ${"'" + value.replaceAll("'", `'\\''`) + "'"}\n` } },
  ];
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hostile' }, spec: { parameters: [{ name: 'p', default: P }], steps } } as Workflow;
}

/** Every `$(…)` Tekton would read in the document is one Couler wrote on purpose. */
function onlyOurVariables(yaml: string): string[] {
  return variablesIn(yaml).filter((name) => !/^(params\.(p|couler-dollar|producer-result)|tasks\.producer\.results\.result|results\.result\.path|workspaces\.couler-data\.path)$/.test(name) && !/^params\.(couler-dollar)\)/.test(name));
}

describe('user strings stay what they are', () => {
  test.prop([text], { numRuns: 50 })('reach the process unchanged, never become a Tekton variable, and compare as text', (value) => {
    // compileChecked: the YAML reads back as the same documents, valid for Tekton's schema and webhook.
    const { documents, yaml } = compileChecked(hostileWorkflow(value));
    expect(onlyOurVariables(yaml)).toEqual([]);

    const plain = taskNamed(documents, 'plain');
    const ran = runTaskLocally(plain.taskSpec, pipelineTaskParams(plain, { 'params.p': P }));
    expect(ran.stdout).toBe(`${value}|${value}${P}|`);

    const producer = runTaskLocally(taskNamed(documents, 'producer').taskSpec, {});
    expect(producer.exitCode).toBe(0);
    expect(producer.results.result).toBe(value);

    const consumerTask = taskNamed(documents, 'consumer');
    const pipelineValues = { 'params.p': P, 'tasks.producer.results.result': producer.results.result!, 'params.couler-dollar': '$' };
    const consumer = runTaskLocally(consumerTask.taskSpec, pipelineTaskParams(consumerTask, pipelineValues), { dataDirectory: producer.dataDirectory });
    expect(consumer.stdout).toBe(`${value}${value}|${value}|`);
    // The when compares the result with the literal, after Tekton substitutes both.
    const [when] = consumerTask.when;
    expect(when.operator).toBe('in');
    expect(substitute(when.input, pipelineValues)).toBe(value);
    expect(when.values.map((item: string) => substitute(item, pipelineValues))).toEqual([value]);

    const script = runTaskLocally(taskNamed(documents, 'script').taskSpec, {});
    expect(script.stdout).toBe(value);
  });
});
