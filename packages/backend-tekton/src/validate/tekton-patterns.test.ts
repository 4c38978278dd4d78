import { describe, expect, it } from 'vitest';
import { validateTektonDocument } from './validate-tekton-document';
import { referencesOf } from './variables';
import type { LooseJson } from '../../test/support/loose-json';

/** A hand-written Pipeline whose task passes `value` as param `v` and whose embedded step prints `arg`. */
function pipeline(value: string, arg = 'ok'): LooseJson {
  return {
    apiVersion: 'tekton.dev/v1',
    kind: 'Pipeline',
    metadata: { name: 'p' },
    spec: {
      params: [{ name: 'x', type: 'string' }],
      tasks: [{ name: 'a', params: [{ name: 'v', value }], taskSpec: { params: [{ name: 'v' }], steps: [{ name: 'main', image: 'alpine', command: ['echo'], args: [arg] }] } }],
    },
  };
}

/** A hand-written Task declaring param `x` and workspace `w`, whose step runs `script`. */
function task(script: string): LooseJson {
  return { apiVersion: 'tekton.dev/v1', kind: 'Task', metadata: { name: 't' }, spec: { params: [{ name: 'x' }], workspaces: [{ name: 'w' }], steps: [{ name: 'main', image: 'alpine', script }] } };
}

const rules = (document: LooseJson) => validateTektonDocument(document).map((problem) => [problem.rule, problem.path.join('.'), problem.message]);

describe("Tekton's own variable patterns (pkg/substitution: anything from $(params to the next ')')", () => {
  it('reads $(params.x ) as param "x " and $(params["a b"]) as "a b", as the webhook does', () => {
    expect(referencesOf('echo $(params.x ) $(params["a b"]) $(params[\'a\']) $(params.a[*]) $(params.obj.key)', 'params').map((reference) => reference.name)).toEqual(['x ', 'a b', 'a', 'a', 'obj']);
    expect(referencesOf('$($(params.x)) $$(params.x) $((1+2)) $(echo hi) $( params.x)', 'params').map((reference) => reference.expression)).toEqual(['$(params.x)', '$(params.x)']);
    expect(referencesOf('$(params.x\n)', 'params')).toEqual([]);
    expect(referencesOf('$(params.a.b.c)', 'params')).toEqual([{ expression: '$(params.a.b.c)', name: 'a', invalid: true }]);
  });

  it('refuses a pipeline task param $(params.x ) although x is declared: "x " is not', () => {
    expect(rules(pipeline('$(params.x)'))).toEqual([]);
    expect(rules(pipeline('$(params.x )'))).toEqual([
      ['param-reference', 'spec.tasks.0.params.0.value', '"$(params.x )" in pipeline task "a" reads param "x ", which the pipeline does not declare (Tekton: non-existent variable).'],
    ]);
    expect(rules(pipeline('$(params["a b"])'))[0]?.[0]).toBe('param-reference');
    expect(rules(pipeline('$(context.pipelineRun.nam)'))[0]?.[2]).toContain('reads context variable "nam", which Tekton does not declare');
  });

  it('refuses unknown params and context variables in a Task\'s steps, and accepts what the compiler writes', () => {
    expect(rules(task('echo "$(params.x)" $(workspaces.w.path) $(context.taskRun.name) $(context.task.retry-count) $( cmd ) $((1+2))'))).toEqual([]);
    expect(rules(task('echo $(params.x )'))).toEqual([['step-variables', 'spec.steps.0.script', '"$(params.x )" in step "main" reads param "x ", which the task does not declare (Tekton: non-existent variable).']]);
    expect(rules(task('echo $(params["a b"]) $(context.taskRun.nme) $(params.x.y.z)')).map(([rule, , message]) => [rule, message!.split(' in step')[0]])).toEqual([
      ['step-variables', '"$(params["a b"])"'],
      ['step-variables', '"$(params.x.y.z)"'],
      ['step-variables', '"$(context.taskRun.nme)"'],
    ]);
    expect(rules(task('$(params.x.y.z)'))[0]?.[2]).toBe('"$(params.x.y.z)" in step "main" has more than two dot-separated parts after "params" (Tekton: invalid referencing); write a name with dots in brackets: $(params["a.b"]).');
    // The compiler's escape: `$` from a param, the rest never read.
    expect(rules({ ...task('x'), spec: { ...task('x').spec, params: [{ name: 'couler-dollar', default: '$' }], steps: [{ name: 'main', image: 'alpine', script: 'echo $(params.couler-dollar)(params.x ) $(params.couler-dollar)(params["a b"])' }] } })).toEqual([]);
  });

  it('an embedded task spec may read what its pipeline task passes and the pipeline declares (propagation), nothing else', () => {
    expect(rules(pipeline('v', '$(params.v) $(params.x)'))).toEqual([]);
    expect(rules(pipeline('v', '$(params.x )'))).toEqual([
      ['step-variables', 'spec.tasks.0.taskSpec.steps.0.args.0', '"$(params.x )" in step "main" reads param "x ", which the task does not declare (Tekton: non-existent variable).'],
    ]);
  });
});
