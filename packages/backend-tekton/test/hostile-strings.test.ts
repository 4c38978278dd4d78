import { fc, test } from '@fast-check/vitest';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { referencesOf, variablesIn } from '../src/index';
import { compileChecked, taskNamed } from './support/compile-checked';
import { pipelineTaskParams, runTaskLocally, substitute, substitutePipeline } from './support/simulate-task';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text that means something to YAML, to the shell, or to Tekton's substitution. */
const HOSTILE = [
  '$(params.x)', '$(params.couler-dollar)', '$(results.result.path)', '$(workspaces.couler-data.path)', '$(context.taskRun.name)', '$(tasks.a.results.b)',
  '$(HOME)', '$(echo hi)', '$((1+2))', '${HOME}', '$HOME', '`id`', "it's", '"quoted"', '\\', "\\'", 'yes', 'on', '0755', '~', '- item', 'a: b', '# comment',
  '&anchor', '*alias', '!tag', '|', '>', '%', '@', 'multi\nline\n', '\ttab', ' leading', 'trailing ', '', 'emoji 🚀', "' ; exit 3 ; '", 'COULER_EOF', '$(params.x', ')',
  // What Tekton's own patterns read (a `.*?` up to the next ")"), and what its later phases replace.
];

/** Issue 23: text Tekton's webhook reads as a reference, or a substitution phase replaces. */
const TEKTON_READS = [
  '$(params.x )', '$(params["a b"])', "$(params['a'])", '$(params.a[*])', '$(params.p)', '$(params.producer-result)', '$(tasks.producer.results.result)',
  '$(tasks.t.results.r)', '$(context.pipelineRun.name)', '$(context.task.retry-count)', '$(workspaces.w.path)', '$(steps.main.exitCode.path)', '$(credentials.path)',
  '$$(params.x)', '$($(params.x))', '$(params.é)', '$(params.x\n)', 'a$(params.x)b$(context.taskRun.name)c', '$(', '$(params.couler-pipeline-dollar)',
  '$((1+2))', '$(echo hi)', '$(params.x)',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE, ...TEKTON_READS),
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
    { name: 'script', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: `printf '%s' '${value.replaceAll("'", `'\\''`)}'\n` } },
  ];
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'hostile' }, spec: { parameters: [{ name: 'p', default: P }], steps } } as Workflow;
}

/** Prefixes of Tekton's variables, as regular expressions (as `pkg/substitution` takes them). */
const PREFIXES = ['params', 'tasks', 'finally', 'context\\.taskRun', 'context\\.task', 'context\\.pipelineRun', 'context\\.pipeline', 'context\\.pipelineTask', 'workspaces', 'results', 'steps', 'step', 'credentials'];

/** Every `$(…)` Tekton would read in the document, with its own patterns, is one Couler wrote on purpose. */
function onlyOurVariables(yaml: string): string[] {
  const read = [...PREFIXES.flatMap((prefix) => referencesOf(yaml, prefix).map((reference) => reference.expression)), ...variablesIn(yaml).map((name) => `$(${name})`)];
  const ours = /^\$\((params\.(p|couler-dollar|couler-pipeline-dollar|producer-result)|tasks\.(producer|consumer-when)\.results\.(result|value)|results\.(result|value)\.path|workspaces\.couler-data\.path)\)$/;
  return read.filter((expression) => !ours.test(expression));
}

/** What Tekton substitutes at run time, Pipeline level and TaskRun level. */
const CONTEXT = { 'context.taskRun.name': 'a-taskrun', 'context.task.name': 'a-task', 'context.task.retry-count': '0', 'context.taskRun.namespace': 'ns', 'context.taskRun.uid': 'uid' };

/**
 * Compiles the hostile workflow (checked: the YAML reads back, Tekton's schema and webhook rules
 * with its own patterns accept it), then runs its tasks with Tekton's substitution phases.
 */
function expectUnchanged(value: string): void {
  // compileChecked: the YAML reads back as the same documents, valid for Tekton's schema and webhook.
  const { documents, yaml } = compileChecked(hostileWorkflow(value));
  expect(onlyOurVariables(yaml)).toEqual([]);

  const pipelineValues = { 'params.p': P, 'params.couler-pipeline-dollar': '$', 'context.pipelineRun.name': 'a-run', 'context.pipeline.name': 'hostile' };
  const plain = taskNamed(documents, 'plain');
  const ran = runTaskLocally(plain.taskSpec, pipelineTaskParams(plain, pipelineValues), { pipeline: pipelineValues, context: CONTEXT });
  expect(ran.stdout).toBe(`${value}|${value}${P}|`);
  expect(ran.exitCode).toBe(0);

  const producer = runTaskLocally(taskNamed(documents, 'producer').taskSpec, {}, { pipeline: pipelineValues, context: CONTEXT });
  expect(producer.exitCode).toBe(0);
  expect(producer.results.result).toBe(value);

  // A value known only at run time (here the producer's output) goes through Tekton's later
  // phases as it is: a TaskRun's context, result paths and workspaces are replaced in it. No
  // compiler can escape what it does not see; literal text around it still arrives unchanged.
  const rewritten = substitute(value, { ...CONTEXT, 'workspaces.couler-data.path': '/', 'results.result.path': '/', 'results.value.path': '/' }) !== value;
  const consumerTask = taskNamed(documents, 'consumer');
  const afterProducer = { ...pipelineValues, 'tasks.producer.results.result': producer.results.result! };
  // The when compares the result with the literal: in the Pipeline after Tekton substitutes
  // both, or (text Tekton would replace) in a condition task, whose result gates the consumer.
  const [when] = consumerTask.when;
  expect(when.operator).toBe('in');
  if (when.input === '$(tasks.consumer-when.results.value)') {
    const gate = taskNamed(documents, 'consumer-when');
    const decided = runTaskLocally(gate.taskSpec, pipelineTaskParams(gate, afterProducer), { pipeline: afterProducer, context: CONTEXT, dataDirectory: producer.dataDirectory });
    expect(decided.exitCode).toBe(0);
    if (!rewritten) expect(decided.results.value).toBe('true');
  } else {
    expect(substitutePipeline(when.input, afterProducer)).toBe(value);
    expect(when.values.map((item: string) => substitutePipeline(item, afterProducer))).toEqual([value]);
  }
  const consumer = runTaskLocally(consumerTask.taskSpec, pipelineTaskParams(consumerTask, afterProducer), { pipeline: afterProducer, context: CONTEXT, dataDirectory: producer.dataDirectory });
  if (rewritten) expect(consumer.stdout).toMatch(new RegExp(`^${escapeRegExp(value)}[^]*\\|${escapeRegExp(value)}\\|$`));
  else expect(consumer.stdout).toBe(`${value}${value}|${value}|`);

  const script = runTaskLocally(taskNamed(documents, 'script').taskSpec, {}, { pipeline: pipelineValues, context: CONTEXT });
  expect(script.stdout).toBe(value);
}

describe('user strings stay what they are', () => {
  test.prop([text], { numRuns: 50 })('reach the process unchanged, never become a Tekton variable, and compare as text', (value) => expectUnchanged(value));

  it.each(TEKTON_READS)('%j reaches every step byte for byte and passes Tekton\'s own patterns', (value) => expectUnchanged(value));
});
