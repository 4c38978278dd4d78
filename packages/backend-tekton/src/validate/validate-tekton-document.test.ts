import { compileToTekton } from '../compile/compile-to-tekton';
import { map, runContainer, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { upstreamDocuments } from '../../test/support/upstream-examples';
import { validateTektonDocument } from './validate-tekton-document';
import { validateTektonYaml } from './validate-tekton-yaml';
import { TEKTON_RULES } from './rules/rule-context';
import type { LooseJson } from '../../test/support/loose-json';

/** A fresh copy of one upstream document, to break by hand. */
function upstream(file: string, kind: string, index = 0): LooseJson {
  return structuredClone(upstreamDocuments(file).filter((document) => document.kind === kind)[index]!) as LooseJson;
}

const whenRun = () => upstream('pipelinerun-with-when-expressions.yaml', 'PipelineRun');
const resultsPipeline = () => upstream('pipelinerun-results.yaml', 'Pipeline');
const finallyPipeline = () => upstream('pipelinerun-with-final-tasks.yaml', 'Pipeline');

/** The rules each problem names, with its path; what a reader of the error sees first. */
function rules(document: unknown, options = {}): Array<[string, string]> {
  return validateTektonDocument(document, options).map((problem) => [problem.rule, problem.path.join('.')]);
}

function messages(document: unknown): string[] {
  return validateTektonDocument(document).map((problem) => problem.message);
}

describe('validateTektonDocument rejects broken documents, naming the rule', () => {
  it('an unknown key (runafter) in a pipeline task, and one (scripts) in an embedded step', () => {
    const run = whenRun();
    run.spec.pipelineSpec.tasks[1].runafter = ['create-file'];
    run.spec.pipelineSpec.tasks[0].taskSpec.steps[0].scripts = 'echo';
    expect(rules(run)).toEqual([
      ['schema', 'spec.pipelineSpec.tasks.0.taskSpec.steps.0'],
      ['schema', 'spec.pipelineSpec.tasks.1'],
    ]);
    expect(messages(run)).toContain('spec.pipelineSpec.tasks[1] has a field Tekton does not know: "runafter".');
  });

  it('when.operator equals', () => {
    const run = whenRun();
    run.spec.pipelineSpec.tasks[0].when[0].operator = 'equals';
    expect(rules(run)).toEqual([['when-expression', 'spec.pipelineSpec.tasks.0.when.0.operator']]);
    expect(messages(run)[0]).toBe('when operator must be "in" or "notin"; got "equals".');
  });

  it('a when expression without values, and cel without the feature flag or together with input', () => {
    const run = whenRun();
    run.spec.pipelineSpec.tasks[0].when[0].values = [];
    run.spec.pipelineSpec.tasks[2].when = [{ cel: "'$(params.path)' == 'README.md'" }];
    run.spec.pipelineSpec.tasks[3].when = [{ cel: 'true', input: 'a' }];
    expect(rules(run)).toEqual([
      ['when-expression', 'spec.pipelineSpec.tasks.0.when.0.values'],
      ['when-expression', 'spec.pipelineSpec.tasks.2.when.0.cel'],
      ['when-expression', 'spec.pipelineSpec.tasks.3.when.0.cel'],
      ['when-expression', 'spec.pipelineSpec.tasks.3.when.0'],
    ]);
    expect(rules(run, { enableCelInWhenExpression: true })).toEqual([
      ['when-expression', 'spec.pipelineSpec.tasks.0.when.0.values'],
      ['when-expression', 'spec.pipelineSpec.tasks.3.when.0'],
    ]);
  });

  it('both taskRef and taskSpec, and neither', () => {
    const pipeline = resultsPipeline();
    pipeline.spec.tasks[0].taskSpec = { steps: [{ image: 'alpine' }] };
    delete pipeline.spec.tasks[1].taskRef;
    expect(rules(pipeline)).toEqual([
      ['task-ref-xor-spec', 'spec.tasks.0'],
      ['task-ref-xor-spec', 'spec.tasks.1'],
    ]);
    expect(messages(pipeline)[0]).toBe('Pipeline task "first-add" must have exactly one of taskRef and taskSpec; it has taskRef and taskSpec.');
  });

  it('a task name that is not a DNS-1123 label, and two tasks with one name across tasks and finally', () => {
    const pipeline = finallyPipeline();
    pipeline.spec.tasks[0].name = 'Second_Task';
    pipeline.spec.finally[1].name = 'cleanup';
    expect(rules(pipeline)).toEqual([
      ['pipeline-task-name', 'spec.finally.1.name'],
      ['pipeline-task-name', 'spec.tasks.0.name'],
      // The renamed task's result is now read from a task that does not exist.
      ['result-reference', 'spec.finally.1.params.0.value'],
    ]);
  });

  it('a runAfter cycle, and a cycle through a result reference', () => {
    const pipeline = resultsPipeline();
    pipeline.spec.tasks[0].runAfter = ['second-add'];
    expect(rules(pipeline)).toEqual([['acyclic', 'spec.tasks']]);
    expect(messages(pipeline)[0]).toBe('Pipeline tasks depend on each other in a cycle: first-add → second-add → first-add (through runAfter and result references).');
  });

  it('retries as a string', () => {
    const run = upstream('using-retries-and-retry-count-variables.yaml', 'PipelineRun');
    run.spec.pipelineSpec.tasks[0].retries = '2';
    expect(rules(run)).toEqual([['schema', 'spec.pipelineSpec.tasks.0.retries']]);
    expect(messages(run)[0]).toBe('spec.pipelineSpec.tasks[0].retries must be integer.');
  });

  it('apiVersion tekton.dev/v1beta1', () => {
    const pipeline = resultsPipeline();
    pipeline.apiVersion = 'tekton.dev/v1beta1';
    expect(rules(pipeline)).toEqual([['api-version', 'apiVersion']]);
  });

  it('$(params.nope) when nope is not declared, and a variable that is no Tekton variable', () => {
    const pipeline = resultsPipeline();
    pipeline.spec.tasks[0].params[0].value = '$(params.nope)';
    pipeline.spec.tasks[0].params[1].value = '$(HOME)/x';
    expect(rules(pipeline)).toEqual([
      ['param-reference', 'spec.tasks.0.params.0.value'],
      ['variable-prefix', 'spec.tasks.0.params.1.value'],
    ]);
    expect(messages(pipeline)[0]).toBe('"$(params.nope)" in pipeline task "first-add" reads param "nope", which the pipeline does not declare (Tekton: non-existent variable).');
  });

  it('runAfter in finally, and runAfter naming a finally task or no task', () => {
    const pipeline = finallyPipeline();
    pipeline.spec.finally[0].runAfter = ['clone-app-repo'];
    pipeline.spec.tasks[0].runAfter = ['cleanup', 'ghost'];
    expect(rules(pipeline)).toEqual([
      ['run-after', 'spec.tasks.0.runAfter.0'],
      ['run-after', 'spec.tasks.0.runAfter.1'],
      ['run-after', 'spec.finally.0.runAfter'],
    ]);
  });

  it('a pipeline result pointing at an unknown task, or not at a result', () => {
    const pipeline = resultsPipeline();
    pipeline.spec.results[0].value = '$(tasks.third-add.results.sum)';
    pipeline.spec.results[1].value = 'constant';
    expect(rules(pipeline)).toEqual([
      ['pipeline-results', 'spec.results.0.value'],
      ['pipeline-results', 'spec.results.1.value'],
    ]);
  });

  it('$(tasks.status) outside finally, and reading the result of a finally task', () => {
    const run = whenRun();
    run.spec.pipelineSpec.tasks[0].when[0].input = '$(tasks.status)';
    run.spec.pipelineSpec.finally[0].when[0].input = '$(tasks.finally-task-should-be-skipped-2.results.x)';
    expect(rules(run)).toEqual([
      ['status-in-finally', 'spec.pipelineSpec.tasks.0.when.0.input'],
      ['result-reference', 'spec.pipelineSpec.finally.0.when.0.input'],
    ]);
  });

  it('finally without tasks, and an empty pipeline spec', () => {
    const pipeline = finallyPipeline();
    pipeline.spec.tasks = [];
    delete pipeline.spec.finally[1];
    pipeline.spec.finally = [pipeline.spec.finally[0]];
    expect(rules(pipeline)).toEqual([['finally-requires-tasks', 'spec.finally']]);
    expect(rules({ apiVersion: 'tekton.dev/v1', kind: 'Pipeline', metadata: { name: 'p' }, spec: {} })).toEqual([['spec-not-empty', 'spec']]);
  });

  it('workspace bindings: undeclared pipeline workspace, bound twice; duplicate pipeline workspaces', () => {
    const pipeline = upstream('workspace-from-volumeclaimtemplate.yaml', 'Pipeline');
    pipeline.spec.tasks[0].workspaces[0].workspace = 'nope';
    pipeline.spec.tasks[1].workspaces.push({ name: 'myws', workspace: 'ws' });
    pipeline.spec.workspaces.push({ name: 'ws' });
    expect(rules(pipeline)).toEqual([
      ['workspace-names', 'spec.workspaces.1.name'],
      ['workspace-binding', 'spec.tasks.0.workspaces.0.workspace'],
      ['workspace-binding', 'spec.tasks.1.workspaces.1.name'],
    ]);
  });

  it('duplicate params, a param value that is a list of objects, and matrix params also in params', () => {
    const run = upstream('pipelinerun-with-matrix.yaml', 'PipelineRun');
    const tasks = run.spec.pipelineSpec.tasks;
    tasks[1].params.push({ name: 'browser', value: 'safari' });
    tasks[1].matrix.params.push({ name: 'browser', value: ['chrome'] });
    tasks[0].matrix.params[0].value = 'linux';
    tasks[5].params[0].value = [{ a: 1 }];
    expect(rules(run)).toEqual([
      ['matrix-params', 'spec.pipelineSpec.tasks.0.matrix.params.0.value'],
      ['param-names', 'spec.pipelineSpec.tasks.1.params.1.name'],
      ['matrix-params', 'spec.pipelineSpec.tasks.1.matrix.params.1.name'],
      ['param-value', 'spec.pipelineSpec.tasks.5.params.0.value'],
    ]);
  });

  it('a param of an embedded task without a default that the pipeline task does not give (Tekton fails the run)', () => {
    const mapped = workflow('m', () => void map((item) => runContainer({ stepName: 'each', image: 'alpine:3.20', command: ['echo'], args: [item] }), ['a', 'b']));
    const pipeline = compileToTekton(mapped).documents.find((document) => document.kind === 'Pipeline') as LooseJson;
    expect(rules(pipeline)).toEqual([]);
    const task = pipeline.spec.tasks[0];
    task.taskSpec.params.push({ name: 'region', type: 'string' });
    expect(rules(pipeline)).toEqual([['required-params', `spec.tasks.0.taskSpec.params.${task.taskSpec.params.length - 1}`]]);
    expect(messages(pipeline)[0]).toContain('does not give param "region"');
    task.taskSpec.params.at(-1).default = 'eu';
    expect(rules(pipeline)).toEqual([]);
    delete task.matrix;
    expect(rules(pipeline)).toEqual([['required-params', 'spec.tasks.0.taskSpec.params.0']]);
  });

  it('onError continue with retries, and an unknown onError', () => {
    const run = upstream('pipelinerun-with-matrix.yaml', 'PipelineRun');
    run.spec.pipelineSpec.tasks[5].onError = 'continue';
    run.spec.pipelineSpec.tasks[4].taskSpec.steps[0].onError = 'ignore';
    expect(rules(run)).toEqual([
      ['on-error', 'spec.pipelineSpec.tasks.4.taskSpec.steps.0.onError'],
      ['on-error', 'spec.pipelineSpec.tasks.5.retries'],
    ]);
  });

  it('results of a matrixed task: read whole ([*]) and only if they are strings', () => {
    // Shaped like upstream examples/v1/pipelineruns/beta/pipelinerun-with-matrix-emitting-results.yaml.
    const pipeline: LooseJson = {
      apiVersion: 'tekton.dev/v1',
      kind: 'Pipeline',
      metadata: { name: 'platforms-with-results' },
      spec: {
        results: [{ name: 'urls', value: '$(tasks.matrix-emitting-results.results.report-url[*])' }],
        tasks: [
          {
            name: 'matrix-emitting-results',
            matrix: { params: [{ name: 'platform', value: ['linux', 'mac'] }] },
            taskSpec: { params: [{ name: 'platform' }], results: [{ name: 'report-url', type: 'string' }, { name: 'all', type: 'array' }], steps: [{ image: 'alpine', script: 'echo -n "$(params.platform)" > $(results.report-url.path)' }] },
          },
          { name: 'task-consuming-results', params: [{ name: 'url', value: '$(tasks.matrix-emitting-results.results.report-url[*])' }], taskRef: { name: 'validate-array-url' } },
          { name: 'matrix-consuming-results', matrix: { params: [{ name: 'url', value: '$(tasks.matrix-emitting-results.results.report-url[*])' }] }, taskRef: { name: 'echostringurl' } },
        ],
      },
    };
    expect(rules(pipeline)).toEqual([]);
    pipeline.spec.tasks[1].params = [
      { name: 'url', value: '$(tasks.matrix-emitting-results.results.report-url)' },
      { name: 'all', value: '$(tasks.matrix-emitting-results.results.all[*])' },
    ];
    expect(rules(pipeline)).toEqual([
      ['matrix-results', 'spec.tasks.1.params.0.value'],
      ['matrix-results', 'spec.tasks.1.params.1.value'],
    ]);
    expect(messages(pipeline)).toEqual([
      '"$(tasks.matrix-emitting-results.results.report-url)" in pipeline task "task-consuming-results" reads a result of matrixed task "matrix-emitting-results" as one value; a matrix\'s results can only be read whole, as "$(tasks.matrix-emitting-results.results.report-url[*])".',
      '"$(tasks.matrix-emitting-results.results.all[*])" in pipeline task "task-consuming-results" reads result "all" of matrixed task "matrix-emitting-results", which has type array; Tekton gathers only string results of a matrix.',
    ]);
  });

  it('a timeout that is not a Go duration', () => {
    const pipeline = resultsPipeline();
    pipeline.spec.tasks[0].timeout = '1 hour';
    expect(rules(pipeline)).toEqual([['timeout-format', 'spec.tasks.0.timeout']]);
  });

  it('Task rules: no steps; step without image; script with command; duplicate step names; bad result name', () => {
    const task = upstream('pipelinerun-with-final-tasks.yaml', 'Task', 1);
    task.spec.steps[1].name = task.spec.steps[0].name;
    delete task.spec.steps[0].image;
    task.spec.steps[2].command = ['sh'];
    task.spec.results = [{ name: 'bad name' }];
    expect(rules(task)).toEqual([
      ['task-steps', 'spec.steps.0.image'],
      ['task-steps', 'spec.steps.1.name'],
      ['task-steps', 'spec.steps.2.script'],
      ['task-result-name', 'spec.results.0.name'],
    ]);
    task.spec.steps = [];
    expect(rules(task)).toContainEqual(['task-steps', 'spec.steps']);
  });

  it('an embedded taskSpec with steps and a kind', () => {
    const run = upstream('pipelinerun-with-pipelinespec-and-taskspec.yaml', 'PipelineRun');
    run.spec.pipelineSpec.tasks[0].taskSpec.kind = 'Task';
    expect(rules(run)).toEqual([['embedded-task-kind', 'spec.pipelineSpec.tasks.0.taskSpec']]);
  });

  it('pipelineSpec inside a pipeline task is alpha', () => {
    const pipeline = resultsPipeline();
    delete pipeline.spec.tasks[0].taskRef;
    pipeline.spec.tasks[0].pipelineRef = { name: 'other' };
    expect(rules(pipeline)).toEqual([['alpha-field', 'spec.tasks.0.pipelineRef']]);
    expect(rules(pipeline, { enableAlphaApiFields: true })).toEqual([]);
  });

  it('runs: both pipelineRef and pipelineSpec; a workspace with two sources; no name', () => {
    const run = upstream('workspace-from-volumeclaimtemplate.yaml', 'PipelineRun');
    run.spec.pipelineSpec = { tasks: [] , description: 'x' };
    run.spec.workspaces[0].emptyDir = {};
    delete run.metadata.generateName;
    expect(rules(run)).toEqual([
      ['metadata-name', 'metadata'],
      ['run-ref-xor-spec', 'spec'],
      ['run-workspace-source', 'spec.workspaces.0'],
    ]);
  });

  it('an unknown kind', () => {
    expect(rules({ apiVersion: 'tekton.dev/v1', kind: 'Workflow', metadata: { name: 'x' } })).toEqual([['kind', 'kind']]);
  });

  it('every rule id it reports is documented', () => {
    expect(Object.keys(TEKTON_RULES).length).toBeGreaterThan(20);
  });
});

describe('validateTektonYaml', () => {
  it('flags an unquoted yes (a boolean for kubectl) and reports which document', () => {
    const text = `apiVersion: tekton.dev/v1
kind: Pipeline
metadata:
  name: p
spec:
  tasks:
    - name: a
      when:
        - input: "$(params.x)"
          operator: in
          values: [yes]
      taskSpec:
        steps:
          - image: alpine
  params:
    - name: x
`;
    const problems = validateTektonYaml(`apiVersion: v1\nkind: ConfigMap\n---\n${text}`);
    expect(problems.map((problem) => [problem.document, problem.rule])).toEqual([
      [1, 'yaml-1.1'],
      [1, 'schema'],
    ]);
    expect(problems[0]!.message).toContain('The unquoted "yes" is a boolean for kubectl');
    expect(validateTektonYaml(text.replace('[yes]', '["yes"]'))).toEqual([]);
  });
});
