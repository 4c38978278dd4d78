import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoulerError, IR_API_VERSION, WorkflowSchema, type Workflow } from '@couler/ir';
import { subWorkflowArtifactCall, subWorkflowArtifacts } from '@couler/ir/test';
import { afterAll, describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { hasJinja, pythonJson } from './support/python';
import { FAKE_TASK_INSTANCE, LOAD_DAG } from './support/run-hook';
import { pushedXcom, readPod, runPod } from './support/run-pod';

/**
 * Artifacts into and out of a sub-workflow on Airflow: a call hands its arguments task the
 * producer's artifact as XCom carries it (packed, or its object's URL with the artifact store);
 * the steps inside read it from there, and readers outside read a call's output artifact from the
 * task inside its group that wrote it.
 */
const artifactOf = (step: string, output: string) => ({ ref: 'step', step, output });

describe('artifacts in and out of sub-workflows on Airflow', () => {
  for (const [airflowVersion, artifactStore] of [
    [3, undefined],
    [2, { url: 's3://bucket/couler' }],
  ] as const) {
    it(`pass the dataset into each call, two deep and mapped, and read the models back from the tasks inside (Airflow ${airflowVersion}${artifactStore ? ', artifact store' : ''})`, () => {
      const dag = compileChecked(subWorkflowArtifacts(), { airflowVersion, ...(artifactStore && { artifactStore }) });
      const [read, key] = artifactStore ? ['couler_output', 'artifact:'] : ['couler_artifact', ''];
      expect(dag.structure.taskGroups?.fit?.parameters).toEqual(['artifact_dataset', 'tag']);
      expect(dag.task('fit_a').call).toEqual({ tag: { value: 'a' }, artifact_dataset: { value: `{{ ${read}(ti, "prepare", "${key}rows") }}` } });
      expect(dag.structure.taskGroups?.pipeline?.tasks.find((task) => task.taskId === 'inner')?.call).toEqual({ tag: { value: 'nested' }, artifact_dataset: { value: '{{ couler_group_input(ti, "artifact:dataset", 1) }}' } });
      expect(dag.task('sweep').mapped).toBe('expand');
      expect(dag.flat).toContain(`value='{{ couler_group_input(ti, "artifact:dataset") }}'`);
      for (const [call, task] of [['fit_a', 'fit_a.train'], ['nested', 'nested.inner.train']]) {
        expect(dag.flat).toContain(`value='{{ ${read}(ti, "${task}", "${key}model") }}'`);
        expect(dag.upstream('compare')).toContain(call);
      }
    });
  }

  const directory = mkdtempSync(join(tmpdir(), "couler call artifacts '"));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const at = (name: string) => join(directory, `it's "${name}" $(touch pwned) {{ x }}`);
  const bytes = 'row-1 {{ ti }} $(id) \\ "q"\nünï 😀\n';
  const hostileName = 'data set "q" {{ x }} }}';
  const workflow = (): Workflow =>
    WorkflowSchema.parse({
      apiVersion: IR_API_VERSION,
      kind: 'Workflow',
      metadata: { name: 'call-artifacts' },
      spec: {
        steps: [
          { name: 'prepare', kind: 'container', container: { image: 'busybox', command: ['sh', '-c', 'printf %s "$1" > "$0"', at('rows')], args: [bytes] }, outputs: { artifacts: [{ name: 'rows', path: at('rows') }] } },
          subWorkflowArtifactCall('fit-a', 'fit', { [hostileName]: { from: artifactOf('prepare', 'rows') } }, ['model']),
          { name: 'compare', kind: 'container', container: { image: 'busybox', command: ['cat', at('compared')] }, inputs: { artifacts: [{ name: 'm', path: at('compared'), from: artifactOf('fit-a', 'model') }] } },
        ],
        subWorkflows: [
          {
            name: 'fit',
            inputs: { artifacts: [{ name: hostileName }] },
            steps: [{ name: 'train', kind: 'container', container: { image: 'busybox', command: ['sh', '-c', '{ cat "$0"; echo trained; } > "$1"', at('used'), at('model')] }, inputs: { artifacts: [{ name: 'rows', path: at('used'), input: hostileName }] }, outputs: { artifacts: [{ name: 'model', path: at('model') }] } }],
            outputs: { artifacts: [{ name: 'model', from: artifactOf('train', 'model') }] },
          },
        ],
      },
    });

  /** Renders a call's argument as its arguments task does: Jinja, the DAG's helpers, a task instance answering from `xcom`. */
  const RENDER_ARGUMENT = String.raw`
import json, sys
import jinja2.sandbox
${FAKE_TASK_INSTANCE}
${LOAD_DAG}
data = json.load(sys.stdin)
_, namespace = load_dag(data["source"])
ti = TaskInstance({"xcom": data["xcom"], "mapped": {}, "taskId": data["taskId"]})
context = {name: value for name, value in namespace.items() if name.startswith("couler_")}
print(json.dumps(jinja2.sandbox.SandboxedEnvironment(keep_trailing_newline=True).from_string(data["template"]).render(ti=ti, **context)))
`;

  it.skipIf(!hasJinja)('carry the file through the call and the model out of it, the pods run for real, byte for byte (hostile artifact name)', async () => {
    const dag = compileChecked(workflow());
    const run = async (taskId: string, xcom: Record<string, unknown>, groupTaskId?: string) => {
      const pod = readPod(dag.source, { taskId, ...(groupTaskId && { groupTaskId }), dagId: 'call-artifacts', runId: 'r1', xcom });
      const { base } = await runPod(pod, { shared: join(directory, taskId, 'shared'), xcom: join(directory, taskId, 'xcom') });
      return { base, pushed: pushedXcom(join(directory, taskId, 'xcom')) };
    };
    const made = await run('prepare', {});
    const template = (dag.task('fit_a').call as Record<string, { value: string }>).artifact_data_set_q_x!.value;
    const passed = pythonJson<string>(RENDER_ARGUMENT, { source: dag.source, template, taskId: 'fit_a.call__arguments', xcom: { prepare: made.pushed } });
    const trained = await run('train', { 'fit_a.call__arguments': { [`artifact:${hostileName}`]: passed } }, 'fit_a.train');
    expect(trained.base.status).toBe(0);
    const compared = await run('compare', { 'fit_a.train': trained.pushed });
    expect([compared.base.status, compared.base.stdout]).toEqual([0, `${bytes}trained\n`]);
  });

  it('refuse an argument that has a location of its own, or comes from a mapped step, naming the call and the artifact', () => {
    const base = workflow();
    const [prepare, call, compare] = base.spec.steps as unknown as [never, { subWorkflow: Record<string, unknown> }, never];
    const located = { ...call, name: 'fit-b', subWorkflow: { ...call.subWorkflow, artifacts: [{ name: hostileName, location: { type: 's3', bucket: 'b', key: 'k' } }] } };
    const mapped = { ...(prepare as object), name: 'many', map: { items: ['1'] } };
    const fromMapped = { ...call, name: 'fit-c', subWorkflow: { ...call.subWorkflow, artifacts: [{ name: hostileName, from: artifactOf('many', 'rows') }] } };
    const error = compilerRefusal(WorkflowSchema.parse({ ...base, spec: { ...base.spec, steps: [prepare, call, compare, located, mapped, fromMapped] } }));
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    const refusals = (error.errors ?? [error]).map((inner) => [inner.path?.join('/'), inner.message]);
    expect(refusals).toEqual([
      [`steps/fit-b/subWorkflow/artifacts/${hostileName}`, expect.stringContaining('from a location of its own')],
      [`steps/fit-c/subWorkflow/artifacts/${hostileName}`, expect.stringContaining('which is mapped; an artifact of every map index cannot be put at one path')],
    ]);
  });
});
