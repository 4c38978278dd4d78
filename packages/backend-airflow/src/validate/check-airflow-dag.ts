import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoulerError, type Workflow } from '@couler/ir';
import type { AirflowDagSummary } from '../compile/compile-to-airflow';
import { compareDagStructure, type DagStructure } from './compare-dag-structure';
import { READ_DAG_STRUCTURE_PY } from './read-dag-structure.py';
import { ruffCheck } from './ruff-check';
import { hasPython, runPython } from './run-python';

export interface AirflowDagProblem {
  /** Which check found it. */
  readonly check: 'py_compile' | 'ruff' | 'structure';
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
  /** Checks that could not run, each with the reason (python3 missing). */
  readonly skipped: ReadonlyArray<string>;
  /** The structure read from the file's AST, when python3 could read it. */
  readonly structure?: DagStructure;
}

const NO_PYTHON = 'python3 was not found on PATH: py_compile and the AST comparison were skipped (Ruff still ran).';

/**
 * Checks a DAG file the way Airflow would meet it, without Airflow: `python3 -m py_compile`,
 * Ruff (E9, F and AIR with preview rules), and the file's AST compared with the workflow and
 * with what the compiler meant to write.
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
  let read;
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
  const answer = JSON.parse(read.stdout) as DagStructure | { compileError: string };
  if ('compileError' in answer) {
    problems.push({ check: 'py_compile', message: answer.compileError.trim() });
    return { problems, skipped: [] };
  }
  const structure = answer;
  for (const message of compareDagStructure(structure, options)) problems.push({ check: 'structure', message });
  return { problems, skipped: [], structure };
}

/**
 * Throws when a DAG file fails a check.
 *
 * @throws CoulerError `INVALID_WORKFLOW` holding one `INVALID_FIELD` error per problem.
 */
export function assertValidAirflowDag(source: string, options: CheckAirflowDagOptions = {}): void {
  const { problems } = checkAirflowDag(source, options);
  if (problems.length === 0) return;
  const name = options.workflow?.metadata.name ?? options.summary?.dagId ?? 'workflow';
  throw new CoulerError('INVALID_WORKFLOW', `The Airflow DAG file for "${name}" has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}.`, {
    errors: problems.map((problem) => new CoulerError('INVALID_FIELD', `${problem.check}: ${problem.message}`)),
    hint: 'This is a bug in @couler/backend-airflow if the workflow validated; please report it with the workflow.',
  });
}
