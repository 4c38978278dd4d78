import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

// Generated Tekton documents, read loosely: a wrong field name reads undefined and fails its assertion.
// biome-ignore lint/suspicious/noExplicitAny: tests walk documents by Tekton's field names.
export type Json = Record<string, any>;

/** One phase of Tekton's substitution: known names only, one pass. */
const substitute = (text: string, values: Record<string, string>) => text.replace(/\$\(([^()]*)\)/g, (whole, name: string) => values[name] ?? whole);

/**
 * Runs the one step of a generated task here, as Tekton would: the Pipeline's params propagated
 * into the embedded spec, then the TaskRun's phases (params, context), each a pass of its own; a
 * script written to a file and run, else command and args spawned (the images are not used).
 */
export function runStep(task: Json, pipeline: Record<string, string>, context: Record<string, string>): { stdout: string; stderr: string } {
  const params = Object.fromEntries((task.taskSpec.params ?? []).filter((param: Json) => param.default !== undefined).map((param: Json) => [`params.${param.name}`, param.default]));
  const resolve = (text: string) => [pipeline, params, context].reduce((current, values) => substitute(current, values), text);
  const step = task.taskSpec.steps[0];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', ...Object.fromEntries((step.env ?? []).map((variable: Json) => [variable.name, resolve(variable.value)])) };
  if (step.script === undefined) {
    const [command, ...args] = [...step.command, ...(step.args ?? [])].map(resolve);
    const ran = spawnSync(command!, args, { env, encoding: 'utf8' });
    return { stdout: ran.stdout, stderr: ran.stderr };
  }
  const file = join(mkdtempSync(join(tmpdir(), 'couler-step-')), 'script');
  writeFileSync(file, resolve(step.script));
  chmodSync(file, 0o755);
  const ran = spawnSync(file, (step.args ?? []).map(resolve), { env, encoding: 'utf8' });
  return { stdout: ran.stdout, stderr: ran.stderr };
}

export function tasksOf(yaml: string): Json[] {
  const documents = parseAllDocuments(yaml, { version: '1.1' }).map((document) => document.toJS() as Json);
  const pipeline = documents.find((document) => document.kind === 'Pipeline');
  return (pipeline?.spec ?? documents.find((document) => document.kind === 'PipelineRun')!.spec.pipelineSpec).tasks;
}
