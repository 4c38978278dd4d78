import { expect } from 'vitest';
import type { Workflow } from '@couler/ir';
import { checkAirflowDag, compileToAirflow, resolveAirflowSettings, type AirflowDagSummary, type AirflowSettings } from '../../src/index';
import type { DagStructure, DagStructureTask } from '../../src/validate/compare-dag-structure';
import { upstreamOf } from '../../src/validate/compare-dag-structure';
import { hasJinja } from './python';

export interface CheckedDag {
  readonly source: string;
  /** The source with calls, lists and dicts joined onto one line, to match regardless of layout. */
  readonly flat: string;
  readonly structure: DagStructure;
  /** What the compiler planned: task ids, operators, upstreams, trigger rules. */
  readonly summary: AirflowDagSummary;
  /** A task by id; fails the test when there is none. */
  task(taskId: string): DagStructureTask;
  /** Literal value of a keyword of a task (undefined when not a literal or absent). */
  keyword(taskId: string, name: string): unknown;
  /** Upstream task ids of a task, sorted. */
  upstream(taskId: string): string[];
  readonly warnings: ReadonlyArray<{ message: string }>;
}

/**
 * Compiles a workflow and checks the file the way `validate: true` does (py_compile, Ruff with
 * E9/F/AIR, the AST against the workflow and the compiler's plan), failing the test on any problem.
 */
export function compileChecked(workflow: Workflow, settings: AirflowSettings = {}): CheckedDag {
  const resolved = resolveAirflowSettings(settings as Record<string, unknown>);
  const { source, summary, warnings } = compileToAirflow(workflow, resolved);
  const check = checkAirflowDag(source, { airflowVersion: resolved.airflowVersion, workflow, summary });
  expect(check.problems, source).toEqual([]);
  // Only the Jinja parse may be skipped, on a machine without jinja2 (hostile-strings checks it there).
  expect(check.skipped.filter((reason) => !(reason.startsWith('jinja2 ') && !hasJinja))).toEqual([]);
  const structure = check.structure!;
  const upstream = upstreamOf(structure);
  const task = (taskId: string) => {
    const found = structure.tasks.find((entry) => entry.taskId === taskId);
    if (found === undefined) throw new Error(`No task "${taskId}" in:\n${source}`);
    return found;
  };
  const flat = source
    .replace(/([([{])\n\s+/g, '$1')
    .replace(/,\n\s*([)\]}])/g, '$1')
    .replace(/,\n\s+/g, ', ')
    .replace(/\n\s*([)\]}])/g, '$1');
  return {
    source,
    flat,
    structure,
    summary,
    warnings,
    task,
    keyword: (taskId, name) => {
      const value = task(taskId).keywords[name];
      return value !== undefined && 'value' in value ? value.value : undefined;
    },
    upstream: (taskId) => [...(upstream.get(taskId) ?? [])].sort(),
  };
}
