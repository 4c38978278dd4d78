import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, pipelineOf, taskNamed } from '../../test/support/compile-checked';
import { refusal } from '../../test/support/refusal';
import { runTaskLocally } from '../../test/support/simulate-task';
import { compileToTekton } from './compile-to-tekton';
import { escapeVariables, needsDollarEscape, substitutedLater } from './escape-variables';
import { shellQuote } from './shell';

const ir = (steps: Step[], extra: Partial<Workflow['spec']> = {}): Workflow => ({ apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'esc' }, spec: { steps, ...extra } }) as Workflow;
const CONTEXT = { 'context.taskRun.name': 'esc-run-a', 'context.task.name': 'a', 'context.task.retry-count': '0' };

describe('which $( Tekton reads', () => {
  it('every $( followed by a name character, whatever follows up to the ")"; not $(( or $( with a blank', () => {
    for (const text of ['$(params.x )', '$(params["a b"])', '$(echo hi)', '$(params.x\n)', 'a$(tasks.t.results.r)']) expect(needsDollarEscape(text)).toBe(true);
    for (const text of ['$((1+2))', '$( cmd )', '$(', '$$', '${HOME}']) expect(needsDollarEscape(text)).toBe(false);
    expect(escapeVariables('$($(params.x))')).toBe('$($(params.couler-dollar)(params.x))');
  });

  it('splits a shell word between $ and ( so that no $( is left, and sh joins it back', () => {
    expect(shellQuote("it's $(params.x )")).toBe("'it'\\''s $''(params.x )'");
    expect(shellQuote('$((1+2))')).toBe("'$((1+2))'");
  });

  it('knows which names a later substitution phase still replaces', () => {
    expect(substitutedLater('$(context.taskRun.name)')).toBe(true);
    expect(substitutedLater('$(context.pipelineRun.name)')).toBe(false);
    expect(substitutedLater('$(context.pipelineRun.name)', 'pipeline')).toBe(true);
    expect(substitutedLater('$(workspaces.w.path)')).toBe(true);
    expect(substitutedLater('$(params.x)')).toBe(false);
    expect(substitutedLater('$(tasks.a.results.b)')).toBe(false);
    expect(substitutedLater('$(tasks.a.results.b)', 'pipeline')).toBe(true);
  });
});

describe('text a later phase would replace takes the shell route', () => {
  it('a plain step with "$(context.taskRun.name)" in its args runs under the wrapper and prints the text, not the TaskRun name', () => {
    const { documents } = compileChecked(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s|'], args: ['$(context.taskRun.name)', 'x$(params.y)'] }, env: [{ name: 'V', value: '$(workspaces.w.path)' }] } as Step]));
    const spec = taskNamed(documents, 'a').taskSpec;
    expect(spec.steps[0].script).toContain("export V='$''(workspaces.w.path)'");
    expect(runTaskLocally(spec, {}, { context: CONTEXT }).stdout).toBe('$(context.taskRun.name)|x$(params.y)|');
  });

  it('a script whose source holds such text is written by the wrapper, byte for byte', () => {
    const source = "echo '$(context.task.retry-count)'\necho $(echo hi)";
    const { documents } = compileChecked(ir([{ name: 'a', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source } } as Step]));
    const spec = taskNamed(documents, 'a').taskSpec;
    expect(runTaskLocally(spec, {}, { context: CONTEXT }).stdout).toBe('$(context.task.retry-count)\nhi\n');
  });

  it('"$(context.pipelineRun.name)" in a plain step needs no shell: the Pipeline\'s context is substituted before the TaskRun rebuilds it', () => {
    const { documents } = compileChecked(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s'], args: ['$(context.pipelineRun.name)'] } } as Step]));
    const spec = taskNamed(documents, 'a').taskSpec;
    expect(spec.steps[0].args).toEqual(['$(params.couler-dollar)(context.pipelineRun.name)']);
    expect(runTaskLocally(spec, {}, { pipeline: { 'context.pipelineRun.name': 'esc-run' }, context: CONTEXT }).stdout).toBe('$(context.pipelineRun.name)');
  });

  it('a container without a command cannot be wrapped: refused, saying why and what to write', () => {
    const error = refusal(() => compileToTekton(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', args: ['$(context.taskRun.name)'] } } as Step])));
    expect(error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error.message).toContain('has text Tekton would replace, such as "$(context.taskRun.name)"');
    expect(error.stepIds).toEqual(['a']);
  });

  it('a working directory no shell reads is refused with the field, the step and a hint', () => {
    const error = refusal(() => compileToTekton(ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['pwd'], workingDir: '/w/$(context.taskRun.uid)' } } as Step])));
    expect(error.message).toBe('The tekton backend cannot express the literal text "$(context.taskRun.uid)" in the working directory: Tekton has no escape for "$(" and would replace it with the value of its own variable ("text"), used by "a".');
    expect(error.path).toEqual(['steps', 'a']);
    expect(error.hint).toContain('Build the text at run time in a script');
  });

  it('a when literal Tekton would replace ("$(tasks.b.results.r)") is compared by a condition task, not in the Pipeline', () => {
    const b: Step = { name: 'b', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', 'x'] }, outputs: { parameters: [{ name: 'r', path: '/tmp/r' }] } } as Step;
    const a = { name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, dependencies: ['b'], when: { op: 'equal', left: { ref: 'step', step: 'b', output: 'r' }, right: '$(tasks.b.results.r)' } } as Step;
    const { documents } = compileChecked(ir([b, a]));
    expect(taskNamed(documents, 'a').when).toEqual([{ input: '$(tasks.a-when.results.value)', operator: 'in', values: ['true'] }]);
  });

  it('a map item Tekton would replace is refused; other items are escaped with the Pipeline-level "$" param', () => {
    const mapped = (items: string[]) => ir([{ name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }] }, map: { items } } as Step]);
    expect(refusal(() => compileToTekton(mapped(['$(context.taskRun.name)']))).message).toContain('in a map item');
    const { documents } = compileChecked(mapped(['$(params.x )']));
    expect(taskNamed(documents, 'a').matrix.params[0].value).toEqual(['$(params.couler-pipeline-dollar)(params.x )']);
    expect(pipelineOf(documents).params).toEqual([expect.objectContaining({ name: 'couler-pipeline-dollar', default: '$' })]);
  });

  it('separate Tasks and CEL conditions holding such text pass Tekton\'s patterns too', () => {
    for (const value of ['$(params.x )', '$(params["a b"])', '$(context.taskRun.name)', '$(workspaces.w.path)', '$(echo hi)', '$($(params.x))']) {
      const steps = [
        { name: 'a', kind: 'container', container: { image: 'alpine:3.20', command: ['printf', '%s'], args: [value] }, env: [{ name: 'V', value }], outputs: { parameters: [{ name: 'o', path: `/tmp/${value}` }] } },
        { name: 'b', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: `echo '${value}'` }, when: { op: 'equal', left: { ref: 'step', step: 'a', output: 'o' }, right: value } },
      ] as Step[];
      compileChecked(ir(steps), { taskStyle: 'separate', runStyle: 'reference' });
      compileChecked(ir(steps), { cel: true });
    }
  });
});
