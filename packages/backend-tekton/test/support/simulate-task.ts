import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Tekton's variable substitution: one pass, leftmost first, known names only (strings.Replacer
 * over the replacement map); anything else stays as written.
 */
export function substitute(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\(([^()]*)\)/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

export interface TaskRunOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly results: Record<string, string>;
  readonly dataDirectory: string;
}

/** An `args` entry that is exactly `$(params.x[*])` takes the array's items, one argument each. */
function expandArgs(args: ReadonlyArray<string>, values: Readonly<Record<string, string>>, arrays: Readonly<Record<string, ReadonlyArray<string>>>): string[] {
  return args.flatMap((arg) => {
    const whole = /^\$\((params\.[^()[\]]+)\[\*\]\)$/.exec(arg);
    return whole && Object.hasOwn(arrays, whole[1]!) ? [...arrays[whole[1]!]!] : [substitute(arg, values)];
  });
}

/**
 * Runs the single step of a generated task on this machine, the way Tekton's entrypoint would:
 * params (task defaults, then `params`; arrays spread into `args`), context variables and
 * result/workspace paths substituted, a `script` written to a file and run by its `#!` line, else
 * `command` + `args` spawned. Images are ignored: the step's programs must exist here (sh, echo,
 * awk, sort, cat …).
 */
export function runTaskLocally(
  taskSpec: Record<string, any>,
  params: Readonly<Record<string, string | ReadonlyArray<string>>>,
  options: { dataDirectory?: string; env?: Record<string, string>; context?: Readonly<Record<string, string>> } = {},
): TaskRunOutcome {
  const root = mkdtempSync(join(tmpdir(), 'couler-tekton-'));
  const dataDirectory = options.dataDirectory ?? join(root, 'data');
  mkdirSync(dataDirectory, { recursive: true });
  const values: Record<string, string> = { ...options.context };
  const arrays: Record<string, ReadonlyArray<string>> = {};
  for (const param of taskSpec.params ?? []) if (param.default !== undefined) values[`params.${param.name}`] = String(param.default);
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') values[`params.${name}`] = value;
    else arrays[`params.${name}`] = value;
  }
  for (const result of taskSpec.results ?? []) values[`results.${result.name}.path`] = join(root, `result-${result.name}`);
  for (const workspace of taskSpec.workspaces ?? []) values[`workspaces.${workspace.name}.path`] = workspace.name === 'couler-data' ? dataDirectory : join(root, workspace.name);
  const step = taskSpec.steps[0];
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env };
  for (const variable of step.env ?? []) if (variable.value !== undefined) env[variable.name] = substitute(variable.value, values);
  let run;
  if (step.script !== undefined) {
    const file = join(root, 'script');
    writeFileSync(file, substitute(step.script, values));
    chmodSync(file, 0o755);
    run = spawnSync(file, expandArgs(step.args ?? [], values, arrays), { env, encoding: 'utf8' });
  } else {
    const [command, ...rest] = expandArgs([...(step.command ?? []), ...(step.args ?? [])], values, arrays);
    run = spawnSync(command!, rest, { env, encoding: 'utf8' });
  }
  const results: Record<string, string> = {};
  for (const result of taskSpec.results ?? []) {
    const file = values[`results.${result.name}.path`]!;
    if (existsSync(file)) results[result.name] = readFileSync(file, 'utf8');
  }
  return { exitCode: run.status ?? -1, stdout: run.stdout ?? '', stderr: run.stderr ?? '', results, dataDirectory };
}

/** The params a pipeline task passes, Pipeline-level variables substituted. */
export function pipelineTaskParams(task: Record<string, any>, values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries((task.params ?? []).map((param: { name: string; value: string }) => [param.name, substitute(param.value, values)]));
}
