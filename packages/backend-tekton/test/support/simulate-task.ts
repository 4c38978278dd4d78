import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LooseJson } from './loose-json';

/**
 * One phase of Tekton's variable substitution: one pass, leftmost first, known names only
 * (strings.Replacer over the replacement map); anything else stays as written.
 */
export function substitute(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\(([^()]*)\)/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/** Tekton substitutes in phases, each a pass of its own: text one phase writes is read by the next. */
export function substituteInPhases(text: string, phases: ReadonlyArray<Readonly<Record<string, string>>>): string {
  return phases.reduce((current, values) => substitute(current, values), text);
}

/**
 * The Pipeline-level phases of the PipelineRun reconciler, in order: params, context, task
 * results (and statuses). `values` holds all of them, told apart by prefix.
 */
export function pipelinePhases(values: Readonly<Record<string, string>>): Array<Record<string, string>> {
  const pick = (test: (name: string) => boolean) => Object.fromEntries(Object.entries(values).filter(([name]) => test(name)));
  return [pick((name) => name.startsWith('params.')), pick((name) => name.startsWith('context.')), pick((name) => name.startsWith('tasks.') || name.startsWith('finally.'))];
}

/** A Pipeline-level string (a pipeline task's param, a `when` input or value) as Tekton resolves it. */
export function substitutePipeline(text: string, values: Readonly<Record<string, string>>): string {
  return substituteInPhases(text, pipelinePhases(values));
}

export interface TaskRunOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly results: Record<string, string>;
  readonly dataDirectory: string;
}

/** An `args` entry that is exactly `$(params.x[*])` takes the array's items, one argument each. */
function expandArgs(args: ReadonlyArray<string>, phases: ReadonlyArray<Readonly<Record<string, string>>>, arrays: Readonly<Record<string, ReadonlyArray<string>>>): string[] {
  return args.flatMap((arg) => {
    const whole = /^\$\((params\.[^()[\]]+)\[\*\]\)$/.exec(arg);
    return whole && Object.hasOwn(arrays, whole[1]!) ? [...arrays[whole[1]!]!] : [substituteInPhases(arg, phases)];
  });
}

export interface LocalTaskOptions {
  dataDirectory?: string;
  env?: Record<string, string>;
  context?: Readonly<Record<string, string>>;
  pipeline?: Readonly<Record<string, string>>;
  /** Kubernetes Secrets the steps' `secretKeyRef`s read: name → key → value. */
  secrets?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** One step as a process: what to spawn, with what environment. */
interface LocalProcess {
  readonly command: string;
  readonly args: string[];
  readonly env: Record<string, string>;
}

/**
 * A TaskRun laid out on this machine, one process per step, the way Tekton's entrypoint runs it:
 * variables substituted in Tekton's phases (with `pipeline`, the Pipeline-level values Tekton
 * propagates into an embedded spec first: params, context, task results; then the TaskRun's:
 * params (task defaults, then `params`; arrays spread into `args`), context, result paths,
 * workspace paths), a `script` written to a file and run by its `#!` line, else `command` +
 * `args` spawned; the task's `emptyDir` volumes are directories here, their mount paths rewritten
 * in scripts and environment values. Images are ignored: the step's programs must exist here
 * (sh, echo, awk, sort, cat, python3 …).
 */
function prepareTask(taskSpec: LooseJson, params: Readonly<Record<string, string | ReadonlyArray<string>>>, options: LocalTaskOptions) {
  const root = mkdtempSync(join(tmpdir(), 'couler-tekton-'));
  const dataDirectory = options.dataDirectory ?? join(root, 'data');
  mkdirSync(dataDirectory, { recursive: true });
  const values: Record<string, string> = {};
  const arrays: Record<string, ReadonlyArray<string>> = {};
  for (const param of taskSpec.params ?? []) if (param.default !== undefined) values[`params.${param.name}`] = String(param.default);
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') values[`params.${name}`] = value;
    else arrays[`params.${name}`] = value;
  }
  const resultPaths: Record<string, string> = {};
  for (const result of taskSpec.results ?? []) resultPaths[`results.${result.name}.path`] = join(root, `result-${result.name}`);
  const workspacePaths: Record<string, string> = {};
  for (const workspace of taskSpec.workspaces ?? []) workspacePaths[`workspaces.${workspace.name}.path`] = workspace.name === 'couler-data' ? dataDirectory : join(root, workspace.name);
  const phases = [...pipelinePhases(options.pipeline ?? {}), values, { ...options.context }, resultPaths, workspacePaths];
  // The task's emptyDir volumes, shared by its steps: a directory here stands in for each mount path.
  const emptyDirs = new Set((taskSpec.volumes ?? []).filter((volume: LooseJson) => volume.emptyDir !== undefined).map((volume: LooseJson) => volume.name as string));
  const processes = (taskSpec.steps as LooseJson[]).map((step, index): LocalProcess => {
    const mounts = (step.volumeMounts ?? []).filter((mount: LooseJson) => emptyDirs.has(mount.name)).map((mount: LooseJson) => [mount.mountPath as string, join(root, `volume-${mount.name}`)] as const);
    for (const [, directory] of mounts) mkdirSync(directory, { recursive: true });
    const mounted = (text: string) => mounts.reduce((current: string, [mountPath, directory]: readonly [string, string]) => current.replaceAll(mountPath, directory), text);
    const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env };
    for (const variable of step.env ?? []) {
      if (variable.value !== undefined) env[variable.name] = mounted(substituteInPhases(variable.value, phases));
      const secret = variable.valueFrom?.secretKeyRef;
      if (secret !== undefined && options.secrets?.[secret.name]?.[secret.key] !== undefined) env[variable.name] = options.secrets[secret.name]![secret.key]!;
    }
    if (step.script !== undefined) {
      const file = join(root, `script-${index}`);
      writeFileSync(file, mounted(substituteInPhases(step.script, phases)));
      chmodSync(file, 0o755);
      return { command: file, args: expandArgs(step.args ?? [], phases, arrays), env };
    }
    const [command, ...args] = expandArgs([...(step.command ?? []), ...(step.args ?? [])], phases, arrays);
    return { command: command!, args, env };
  });
  const outcome = (exitCode: number, stdout: string, stderr: string): TaskRunOutcome => {
    const results: Record<string, string> = {};
    for (const result of taskSpec.results ?? []) {
      const file = resultPaths[`results.${result.name}.path`]!;
      if (existsSync(file)) results[result.name] = readFileSync(file, 'utf8');
    }
    return { exitCode, stdout, stderr, results, dataDirectory };
  };
  return { processes, outcome };
}

/**
 * Runs the steps of a generated task on this machine, in order, the way Tekton's entrypoint would
 * (see `prepareTask`): the first step that fails ends the TaskRun.
 */
export function runTaskLocally(taskSpec: LooseJson, params: Readonly<Record<string, string | ReadonlyArray<string>>>, options: LocalTaskOptions = {}): TaskRunOutcome {
  const { processes, outcome } = prepareTask(taskSpec, params, options);
  let exitCode = 0;
  let stdout = '';
  let stderr = '';
  for (const step of processes) {
    const run: SpawnSyncReturns<string> = spawnSync(step.command, step.args, { env: step.env, encoding: 'utf8' });
    stdout += run.stdout ?? '';
    stderr += run.stderr ?? '';
    exitCode = run.status ?? -1;
    if (exitCode !== 0) break;
  }
  return outcome(exitCode, stdout, stderr);
}

/** `runTaskLocally` without blocking this process: for steps that talk to a server it runs (a fake object store). */
export async function runTaskLocallyAsync(taskSpec: LooseJson, params: Readonly<Record<string, string | ReadonlyArray<string>>>, options: LocalTaskOptions = {}): Promise<TaskRunOutcome> {
  const { processes, outcome } = prepareTask(taskSpec, params, options);
  let exitCode = 0;
  let stdout = '';
  let stderr = '';
  for (const step of processes) {
    const child = spawn(step.command, step.args, { env: step.env });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    if (exitCode !== 0) break;
  }
  return outcome(exitCode, stdout, stderr);
}

/** The params a pipeline task passes, Pipeline-level variables substituted (in Tekton's phases). */
export function pipelineTaskParams(task: LooseJson, values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries((task.params ?? []).map((param: { name: string; value: string }) => [param.name, substitutePipeline(param.value, values)]));
}
