import { spawnSync } from 'node:child_process';

export interface PythonRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let executable: string | null | undefined;

/**
 * The interpreter `python3` names, asked once per process: started by its real path, later runs
 * skip launchers such as pyenv's shims, which cost a second or more each under load.
 */
function pythonExecutable(): string | null {
  if (executable === undefined) {
    const run = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    executable = run.status === 0 && run.stdout.trim() !== '' ? run.stdout.trim() : null;
  }
  return executable;
}

/** Whether `python3` can be started here. */
export function hasPython(): boolean {
  return pythonExecutable() !== null;
}

/** Runs `python3` with arguments and standard input; never throws for a failing program. */
export function runPython(args: ReadonlyArray<string>, input = ''): PythonRun {
  const run = spawnSync(pythonExecutable() ?? 'python3', args, { input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
