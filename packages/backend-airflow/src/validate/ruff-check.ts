import { createRequire } from 'node:module';

/** One finding of Ruff. */
export interface RuffFinding {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

interface RuffWorkspace {
  check(contents: string): Array<{ code: string | null; message: string; start_location: { row: number; column: number } }>;
}
interface RuffModule {
  Workspace: new (options: unknown, positionEncoding: number) => RuffWorkspace;
  PositionEncoding: { Utf16: number };
}

const workspaces = new Map<2 | 3, RuffWorkspace>();

/**
 * The rules every DAG file must pass: syntax errors (E9), Pyflakes (F) and Ruff's Airflow rules
 * (AIR) with preview rules on. For an Airflow 2 file the AIR3 family is left out: those rules
 * exist to flag Airflow 2 imports and arguments for a move to Airflow 3, so they report every
 * valid Airflow 2 file.
 */
export function ruffRules(airflowVersion: 2 | 3): { select: string[]; ignore: string[]; preview: true } {
  return { select: ['E9', 'F', 'AIR'], ignore: airflowVersion === 2 ? ['AIR3'] : [], preview: true };
}

function workspace(airflowVersion: 2 | 3): RuffWorkspace {
  let existing = workspaces.get(airflowVersion);
  if (existing === undefined) {
    // Loaded on first use: the WebAssembly module is a few megabytes.
    const ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs') as RuffModule;
    existing = new ruff.Workspace({ 'line-length': 88, lint: ruffRules(airflowVersion) }, ruff.PositionEncoding.Utf16);
    workspaces.set(airflowVersion, existing);
  }
  return existing;
}

/** Ruff's findings for a DAG file (none means it passes). */
export function ruffCheck(source: string, airflowVersion: 2 | 3): RuffFinding[] {
  return workspace(airflowVersion)
    .check(source)
    .map((finding) => ({ code: finding.code ?? 'syntax-error', message: finding.message, line: finding.start_location.row, column: finding.start_location.column }));
}
