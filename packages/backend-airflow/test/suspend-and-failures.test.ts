import { describe, expect, it } from 'vitest';
import { CoulerError, type Step } from '@couler/ir';
import { resolveAirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow } from './support/ir';
import { hasJinja, pythonJson } from './support/python';

const delay = { name: 'delay', kind: 'suspend', suspend: { durationSeconds: 90 } } as Step;

describe('suspend steps with a duration', () => {
  it('wait with a deferrable WaitSensor from the standard provider on Airflow 3', () => {
    const dag = compileChecked(irWorkflow('waits', [container('build'), { ...delay, dependencies: ['build'] } as Step]), { airflowVersion: 3 });
    expect(dag.task('delay').operator).toBe('WaitSensor');
    expect(dag.source).toContain('from airflow.providers.standard.sensors.time_delta import WaitSensor');
    expect(dag.flat).toContain('time_to_wait=datetime.timedelta(seconds=90)');
    expect(dag.keyword('delay', 'deferrable')).toBe(true);
    expect(dag.upstream('delay')).toEqual(['build']);
  });

  it('sleep in a task on Airflow 2 (WaitSensor only exists from 2.10)', () => {
    const dag = compileChecked(irWorkflow('waits', [delay]), { airflowVersion: 2 });
    expect(dag.task('delay').operator).toBe('task');
    expect(dag.task('delay').body).toContain('time.sleep(90)');
    expect(dag.source).toMatch(/^import time$/m);
  });
});

describe.skipIf(!hasJinja)('workflow.failures on Airflow 2', () => {
  const notify = container('notify', {}, { command: ['echo'], args: [{ ref: 'workflow', field: 'failures' }] });
  const workflow = irWorkflow('failing', [container('main')], { onExit: [notify] });

  it('renders the failed task instances as Argo\'s JSON list, leaving the backend\'s own tasks out', () => {
    const dag = compileChecked(workflow, { airflowVersion: 2 });
    expect(dag.flat).toContain('"{{ couler_failures(dag_run) }}"');
    // Run the DAG's own helper against a dag_run whose task instances are the ones the run would have.
    const failures = pythonJson<unknown[]>(
      `
import ast, datetime, json, sys
source = json.load(sys.stdin)
tree = ast.parse(source)
namespace = {}
exec("import json\\n" + next(ast.unparse(node) for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "couler_failures"), namespace)
class TI:
    def __init__(self, task_id, map_index, tries, pod):
        self.task_id, self.map_index, self.try_number, self.pod = task_id, map_index, tries, pod
        self.end_date = datetime.datetime(2026, 12, 2, 15, 4, 5, tzinfo=datetime.timezone.utc)
    def xcom_pull(self, task_ids, key, map_indexes):
        assert (task_ids, key, map_indexes) == (self.task_id, "pod_name", self.map_index)
        return self.pod
class DagRun:
    def get_task_instances(self, state):
        assert state == "failed"
        return [TI("main", -1, 2, "main-abc12"), TI("couler_watcher", -1, 1, None), TI("fan", 3, 1, None)]
print(namespace["couler_failures"](DagRun()))
`,
      dag.source,
    );
    expect(failures).toEqual([
      { displayName: 'main', message: 'Task main failed after 2 tries.', templateName: 'main', phase: 'Failed', podName: 'main-abc12', finishedAt: '2026-12-02T15:04:05Z' },
      { displayName: 'fan(3)', message: 'Task fan failed after 1 tries.', templateName: 'fan', phase: 'Failed', podName: '', finishedAt: '2026-12-02T15:04:05Z' },
    ]);
  });

  it('stays refused on Airflow 3, naming the step and how to get it', () => {
    let error: unknown;
    try {
      compileChecked(workflow, { airflowVersion: 3 });
    } catch (caught) {
      error = caught;
    }
    expect(CoulerError.isInstance(error) && error.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect((error as CoulerError).message).toContain('"failures" (read by step "notify") on Airflow 3');
    expect((error as CoulerError).hint).toContain('airflowVersion: 2');
  });
});

describe('the artifactStore setting', () => {
  it('is checked field by field', () => {
    const attempt = (artifactStore: unknown) => {
      try {
        resolveAirflowSettings({ artifactStore });
        return undefined;
      } catch (error) {
        return (error as CoulerError).pathString;
      }
    };
    expect(attempt({ url: 'https://bucket/x' })).toBe('settings.artifactStore.url');
    expect(attempt({ url: 's3://bucket', endpoint: 'minio:9000' })).toBe('settings.artifactStore.endpoint');
    expect(attempt({ url: 's3://bucket', secretName: 'Not A Name' })).toBe('settings.artifactStore.secretName');
    expect(attempt({ url: 's3://bucket', password: 'x' })).toBe('settings.artifactStore.password');
    expect(resolveAirflowSettings({ artifactStore: { url: 'gs://bucket/prefix/' } }).artifactStore).toEqual({ url: 'gs://bucket/prefix', endpoint: undefined, region: 'auto', secretName: undefined });
  });
});
