import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoulerError, type Workflow } from '@couler/ir';
import { lowerAirflowDatasets } from '../compile/airflow-datasets';
import type { AirflowDagSummary } from '../compile/compile-to-airflow';
import { compareDagStructure, type DagStructure } from './compare-dag-structure';
import { READ_DAG_STRUCTURE_PY } from './read-dag-structure.py';
import { ruffCheck } from './ruff-check';
import { hasPython, runPython, type PythonRun } from './run-python';

export interface AirflowDagProblem {
  /** Which check found it. */
  readonly check: 'py_compile' | 'ruff' | 'structure' | 'jinja';
  readonly message: string;
  readonly line?: number;
}

export interface CheckAirflowDagOptions {
  /** The Airflow version the file is for (default 3); decides the Ruff rules. */
  readonly airflowVersion?: 2 | 3;
  /** The workflow the file was compiled from: its steps, dependencies and params are compared. */
  readonly workflow?: Workflow;
  /** What the compiler meant to write: task ids, operators, dependencies, trigger rules. */
  readonly summary?: AirflowDagSummary;
}

export interface AirflowDagCheck {
  readonly problems: ReadonlyArray<AirflowDagProblem>;
  /** Checks that could not run, each with the reason and how to install what is missing (python3, jinja2). */
  readonly skipped: ReadonlyArray<string>;
  /** The structure read from the file's AST, when python3 could read it. */
  readonly structure?: DagStructure;
}

const NO_PYTHON = 'python3 was not found on PATH: py_compile, the AST comparison and the Jinja parse of the templated fields were skipped (Ruff still ran). Install Python 3 (for example "apt-get install python3") and run again.';
const NO_JINJA =
  'jinja2 cannot be imported by python3: the templated fields were not parsed with Jinja, as Airflow renders them. Install it for that python3 ("python3 -m pip install jinja2", or "apt-get install python3-jinja2" for the system Python; Airflow itself depends on it) and run again.';

/** What the Jinja step of the reader prints: problems, and the jinja2 version (null when missing). */
interface TemplateCheck {
  readonly jinja: string | null;
  readonly problems: ReadonlyArray<{ readonly task: string | null; readonly field: string; readonly line: number | null; readonly message: string }>;
}

/**
 * Checks a DAG file the way Airflow would meet it, without Airflow: `python3 -m py_compile`,
 * Ruff (E9, F and AIR with preview rules), the file's AST compared with the workflow and
 * with what the compiler meant to write, and every string of a templated field parsed by
 * jinja2 in the environment Airflow builds for the DAG (a template Airflow cannot parse fails
 * the task when it runs).
 */
export function checkAirflowDag(source: string, options: CheckAirflowDagOptions = {}): AirflowDagCheck {
  const airflowVersion = options.airflowVersion ?? 3;
  const problems: AirflowDagProblem[] = ruffCheck(source, airflowVersion).map((finding) => ({
    check: 'ruff',
    message: `${finding.code}: ${finding.message} (line ${finding.line}, column ${finding.column})`,
    line: finding.line,
  }));
  if (!hasPython()) return { problems, skipped: [NO_PYTHON] };

  const directory = mkdtempSync(join(tmpdir(), 'couler-airflow-'));
  let read: PythonRun;
  try {
    const file = join(directory, 'dag.py');
    writeFileSync(file, source);
    read = runPython(['-c', READ_DAG_STRUCTURE_PY, file]);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  if (read.status !== 0) {
    problems.push({ check: 'structure', message: `The AST could not be read: ${read.stderr.trim()}` });
    return { problems, skipped: [] };
  }
  const answer = JSON.parse(read.stdout) as (DagStructure & { templates: TemplateCheck }) | { compileError: string };
  if ('compileError' in answer) {
    problems.push({ check: 'py_compile', message: answer.compileError.trim() });
    return { problems, skipped: [] };
  }
  const { templates, ...structure } = answer;
  // The file holds the sync tasks and mounts the datasets became, as the compiler lowered them.
  const compared = options.workflow === undefined ? options : { ...options, workflow: lowerAirflowDatasets(options.workflow).workflow };
  for (const message of compareDagStructure(structure, compared)) problems.push({ check: 'structure', message });
  for (const found of templates.problems) {
    const task = found.task === null ? 'A task' : `Task "${found.task}"`;
    problems.push({ check: 'jinja', message: `${task}, templated field "${found.field}": Jinja cannot parse it, so Airflow would fail the task when it runs: ${found.message}.`, ...(found.line !== null && { line: found.line }) });
  }
  return { problems, skipped: templates.jinja === null ? [NO_JINJA] : [], structure };
}

/**
 * Throws when a DAG file fails a check, or when a check could not run: a file that was not
 * checked must not pass as validated.
 *
 * @throws CoulerError `INVALID_WORKFLOW` holding one `INVALID_FIELD` error per problem;
 *   `ENGINE_NOT_FOUND` when python3 or jinja2 is missing, saying how to install it.
 */
export function assertValidAirflowDag(source: string, options: CheckAirflowDagOptions = {}): void {
  const { problems, skipped } = checkAirflowDag(source, options);
  const name = options.workflow?.metadata.name ?? options.summary?.dagId ?? 'workflow';
  if (problems.length === 0 && skipped.length > 0) {
    throw new CoulerError('ENGINE_NOT_FOUND', `The Airflow DAG file for "${name}" could not be fully checked: ${skipped.join(' ')}`, {
      hint: 'Install what is missing, or compile without --validate (the file is then not checked).',
    });
  }
  if (problems.length === 0) return;
  throw new CoulerError('INVALID_WORKFLOW', `The Airflow DAG file for "${name}" has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`, {
    errors: problems.map((problem) => new CoulerError('INVALID_FIELD', `${problem.check}: ${problem.message}`)),
    hint: 'This is a bug in @couler/backend-airflow if the workflow validated; please report it with the workflow.',
  });
}
