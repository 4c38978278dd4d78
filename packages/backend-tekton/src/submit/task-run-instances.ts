import type { TektonObject } from './tekton-objects';

/** A TaskRun as read from the Kubernetes API. */
export type TaskRunObject = TektonObject;

/** One run of a pipeline task: the step name Couler reports it under, and its TaskRun. */
export interface TaskRunInstance {
  /** `train`, or `train[2]` for the third combination of a matrix. */
  readonly name: string;
  /** The pipeline task (the IR step's name, or a generated task such as `train-when`). */
  readonly task: string;
  readonly taskRun: TaskRunObject;
}

/** The combination index Tekton ends a matrix's TaskRun names with (`<run>-<task>-<i>`). */
function combinationOf(taskRun: TaskRunObject): number {
  const match = /-(\d+)$/.exec(String(taskRun.metadata?.name ?? ''));
  return match ? Number(match[1]) : 0;
}

/**
 * The TaskRuns of a PipelineRun by pipeline task (label `tekton.dev/pipelineTask`, else the
 * TaskRun's name). A matrixed task has one TaskRun per combination, reported as `task[i]` with
 * `i` the combination (item) index: numerically, not in name order (`-10` sorts before `-2`).
 */
export function taskRunInstances(taskRuns: ReadonlyArray<TaskRunObject>): TaskRunInstance[] {
  const byTask = new Map<string, TaskRunObject[]>();
  for (const taskRun of taskRuns) {
    const task = taskRun.metadata?.labels?.['tekton.dev/pipelineTask'] ?? String(taskRun.metadata?.name);
    byTask.set(task, [...(byTask.get(task) ?? []), taskRun]);
  }
  const instances: TaskRunInstance[] = [];
  for (const [task, runs] of byTask) {
    const ordered = [...runs].sort((a, b) => combinationOf(a) - combinationOf(b) || String(a.metadata?.name).localeCompare(String(b.metadata?.name)));
    for (const [index, taskRun] of ordered.entries()) instances.push({ name: runs.length > 1 ? `${task}[${index}]` : task, task, taskRun });
  }
  return instances;
}
