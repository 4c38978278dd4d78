// The 8 upstream Tekton examples (tekton-examples/*.yaml) written in Couler's DSL. Each is the
// pipeline a Couler user would write for the same job; gaps are listed in GAPS and the README.
import { and, concat, createParameterArtifact, createWorkflowVolume, equal, inList, map, notEqual, parameter, runContainer, runScript, setDependencies, setExitHandler, stepStatus, when, workflow, workflowOutput } from '@couler/dsl';
import type { Workflow } from '@couler/ir';

const ws = (name: string, mountPath: string) => [{ name, mountPath }];

/** pipelinerun-results.yaml: two additions, the second reads the first's result. */
export const results = workflow('sum-three-pipeline', () => {
  const first = parameter('first');
  const second = parameter('second');
  const third = parameter('third');
  const add = (stepName: string, a: unknown, b: unknown, global: boolean) =>
    runContainer({
      stepName,
      image: 'mirror.gcr.io/alpine',
      env: { OP1: a as never, OP2: b as never },
      command: ['/bin/sh', '-c'],
      args: ['echo -n $((${OP1}+${OP2})) > /tmp/sum'],
      output: createParameterArtifact('/tmp/sum', { name: 'sum', global }),
    });
  setDependencies(() => {
    const one = add('first-add', first, second, false);
    const two = add('second-add', one.output('sum'), third, true);
    workflowOutput('partial-sum', one.output('sum'), { description: 'the sum of first two operands' });
    workflowOutput('all-sum', concat`${two.output('sum')}-${one.output('sum')}`, { description: 'the sum of everything' });
  });
});

/** workspace-from-volumeclaimtemplate.yaml: a writer and a reader share a claim. */
export const workspace = workflow('volume-from-template', () => {
  createWorkflowVolume({ name: 'ws', accessModes: ['ReadWriteOnce'], storage: '1Gi' });
  runContainer({ stepName: 'writer', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'echo bar > /workspace/task-ws/foo'], volumeMounts: ws('ws', '/workspace/task-ws') });
  runContainer({ stepName: 'reader', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'cat /workspace/myws/foo | grep bar'], volumeMounts: ws('ws', '/workspace/myws') });
});

/** pipelinerun-with-params.yaml: two independent tasks read two pipeline params. */
export const params = workflow('pipeline-with-params', () => {
  const x = parameter('pl-param-x', { type: 'string', default: '1' });
  const y = parameter('pl-param-y', { type: 'string', default: '1' });
  setDependencies(() => runScript({ stepName: 'sum-params', image: 'mirror.gcr.io/bash', command: 'bash', source: 'echo -n $(( "$1" + "$2" ))', args: [x, y] }), []);
  setDependencies(() => runScript({ stepName: 'multiply-params', image: 'mirror.gcr.io/bash', command: 'bash', source: 'echo -n $(( "$1" * "$2" ))', args: [x, y] }), []);
});

/** pipelinerun-with-pipelinespec-and-taskspec.yaml, second run: one task echoes a param. */
export const embedded = workflow('pipelinerun-with-taskspec-to-echo-message', () => {
  const message = parameter('MESSAGE', { type: 'string', default: 'Hello World!', description: 'Message, default is Hello World!' });
  runContainer({ stepName: 'echo-message', image: 'mirror.gcr.io/ubuntu', command: ['echo'], args: [message] });
});

/** using-retries-and-retry-count-variables.yaml: a retried task, then one after it. */
export const retries = workflow('retry-example', () => {
  runScript({ stepName: 'retry-me', image: 'mirror.gcr.io/alpine', command: 'sh', source: 'echo "The PipelineTask has retried."\nexit 1\n', retry: 1 });
  runContainer({ stepName: 'hello-world', image: 'mirror.gcr.io/busybox', command: ['echo', 'hello world'] });
});

/** pipelinerun-with-matrix.yaml: fan-outs over platform and browser. */
export const matrix = workflow('matrixed-pr', () => {
  // Every combination (Tekton's matrix.params): the browsers, then the one platform.
  setDependencies(() => map((browser, platform) => runContainer({ stepName: 'platforms-and-browsers', image: 'mirror.gcr.io/alpine', command: ['echo'], args: [platform, browser] }), ['chrome', 'firefox'], ['linux'], { combine: 'product' }), []);
  setDependencies(() => map((platform) => runContainer({ stepName: 'matrix-and-params', image: 'mirror.gcr.io/alpine', command: ['echo', 'chrome'], args: [platform] }), ['linux']), []);
  // Record items are matrix.include combinations; an empty list is a matrix Tekton skips.
  setDependencies(() => map((item) => runContainer({ stepName: 'matrix-and-params-include', image: 'mirror.gcr.io/alpine', command: ['echo', 'chrome'], args: [item.field('platform')] }), [{ platform: 'linux' }]), []);
  setDependencies(() => map((version) => runContainer({ stepName: 'matrix-params-with-empty-array-skipped', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'], args: [version] }), []), []);
  // continueOn is the pipeline task's onError: continue (upstream puts it on the step).
  setDependencies(() => map((version) => runContainer({ stepName: 'matrix-with-task-using-onerror', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'], args: [version], continueOn: { failed: true } }), ['1']), []);
  setDependencies(() => map((version) => runContainer({ stepName: 'matrix-with-task-retries', image: 'mirror.gcr.io/alpine', command: ['echo'], args: [version], retry: 1 }), ['1']), []);
  setExitHandler('Any', () => map((version) => runContainer({ stepName: 'matrix-params-with-empty-array-skipped-in-finally', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'], args: [version] }), []));
});

/** pipelinerun-with-when-expressions.yaml: tasks guarded by params and results; guarded finally tasks. */
export const whenExpressions = workflow('guarded-pr', () => {
  const path = parameter('path', { type: 'string', description: 'The path of the file to be created' });
  const branches = parameter('branches', { type: 'list', description: 'The list of branch names' });
  createWorkflowVolume({ name: 'source', accessModes: ['ReadWriteOnce'], storage: '16Mi' });
  const create = setDependencies(() => when(equal(path, 'README.md'), () => runContainer({ stepName: 'create-file', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'touch /workspace/source/README.md'], volumeMounts: ws('source', '/workspace/source') })), []);
  const check = setDependencies(
    () =>
      runContainer({
        stepName: 'check-file',
        image: 'mirror.gcr.io/alpine',
        command: ['sh', '-c'],
        args: [concat`if test -f /workspace/source/${path}; then printf yes > /tmp/exists; else printf no > /tmp/exists; fi`],
        volumeMounts: ws('source', '/workspace/source'),
        output: createParameterArtifact('/tmp/exists', { name: 'exists' }),
      }),
    [create],
  );
  const exists = setDependencies(() => when(equal(check.output('exists'), 'yes'), () => runContainer({ stepName: 'echo-file-exists', image: 'mirror.gcr.io/ubuntu', command: ['echo', 'file exists'] })), []);
  setDependencies(() => when(equal(check.output('exists'), 'missing'), () => runContainer({ stepName: 'task-should-be-skipped-1', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'] })), []);
  setDependencies(() => when(notEqual(path, 'README.md'), () => runContainer({ stepName: 'task-should-be-skipped-2', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'] })), []);
  setDependencies(() => when(equal('monday', 'friday' as never) as never, () => runContainer({ stepName: 'task-should-be-skipped-3', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'] })), [exists]);
  setDependencies(() => when(inList('main', branches), () => runContainer({ stepName: 'sample-task-with-array-values', image: 'mirror.gcr.io/alpine', command: ['echo', 'hello'] })), []);
  setDependencies(() => when(inList('master', branches), () => runContainer({ stepName: 'task-should-be-skipped-4', image: 'mirror.gcr.io/alpine', command: ['sh', '-c', 'exit 1'] })), []);
  const fail = (stepName: string) => runContainer({ stepName, image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'exit 1'] });
  setExitHandler('Any', () => {
    setDependencies(() => when(stepStatus(exists, 'Failed'), () => fail('finally-task-should-be-skipped-1')), []);
    setDependencies(() => when(equal(check.output('exists'), 'missing'), () => fail('finally-task-should-be-skipped-2')), []);
    setDependencies(() => when(notEqual(path, 'README.md'), () => fail('finally-task-should-be-skipped-3')), []);
    setDependencies(
      () =>
        when(and(stepStatus(exists, 'Succeeded'), equal(check.output('exists'), 'yes'), equal(path, 'README.md')), () =>
          runContainer({ stepName: 'finally-task-should-be-executed', image: 'mirror.gcr.io/ubuntu', command: ['echo', 'finally done'] }),
        ),
      [],
    );
  });
  setExitHandler('Failed', () => fail('finally-task-should-be-skipped-4'));
  setExitHandler('Succeeded', () => fail('finally-task-should-be-skipped-5'));
});

/** pipelinerun-with-final-tasks.yaml: a clone into a shared claim, cleaned up in finally. */
export const finalTasks = workflow('clone-cleanup-workspace', () => {
  createWorkflowVolume({ name: 'git-source', accessModes: ['ReadWriteOnce'], storage: '1Gi' });
  const clone = runContainer({
    stepName: 'clone-app-repo',
    image: 'ghcr.io/tektoncd-catalog/git-clone:v1.1.0',
    command: ['/ko-app/git-init', '-url', 'https://github.com/tektoncd/community.git', '-path', '/workspace/output/application'],
    volumeMounts: ws('git-source', '/workspace/output'),
    output: createParameterArtifact('/tekton/results/commit', { name: 'commit' }),
  });
  setExitHandler('Any', () => {
    runContainer({ stepName: 'cleanup', image: 'mirror.gcr.io/ubuntu', command: ['sh', '-c', 'rm -rf /workspace/source/application/'], volumeMounts: ws('git-source', '/workspace/source') });
    setDependencies(() => runContainer({ stepName: 'check-git-commit', image: 'mirror.gcr.io/alpine', command: ['sh', '-c', 'if [[ ! $1 ]]; then exit 1; fi', 'check'], args: [clone.output('commit')] }), []);
  });
});

export const EXAMPLES: Record<string, { ours: Workflow; document: { kind: string; index?: number } }> = {
  'pipelinerun-results.yaml': { ours: results, document: { kind: 'Pipeline' } },
  'workspace-from-volumeclaimtemplate.yaml': { ours: workspace, document: { kind: 'Pipeline' } },
  'pipelinerun-with-params.yaml': { ours: params, document: { kind: 'Pipeline' } },
  'pipelinerun-with-pipelinespec-and-taskspec.yaml': { ours: embedded, document: { kind: 'PipelineRun', index: 1 } },
  'using-retries-and-retry-count-variables.yaml': { ours: retries, document: { kind: 'PipelineRun' } },
  'pipelinerun-with-matrix.yaml': { ours: matrix, document: { kind: 'PipelineRun' } },
  'pipelinerun-with-when-expressions.yaml': { ours: whenExpressions, document: { kind: 'PipelineRun' } },
  'pipelinerun-with-final-tasks.yaml': { ours: finalTasks, document: { kind: 'Pipeline' } },
};
