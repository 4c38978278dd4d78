import { execFileSync } from 'node:child_process';
import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from './support/compile-checked';
import type { LooseJson } from './support/loose-json';

/** Literal text of a key that means something to Tekton's substitution or to the shell. */
const HOSTILE = "models/$(params.x)/$(context.taskRun.name)/it's \"x\"/{{ x }}/`id`/ü/";
const UID = { ref: 'workflow', field: 'uid' } as const;

function writer(): Workflow {
  const key = { concat: [HOSTILE, UID, '/model.pkl'] };
  const steps: Step[] = [
    { name: 'produce', kind: 'container', container: { image: 'alpine:3.20', command: ['true'] }, outputs: { artifacts: [{ name: 'model', path: '/out/model', location: { type: 's3', bucket: 'models', key } }] } } as Step,
    {
      name: 'consume',
      kind: 'container',
      container: { image: 'alpine:3.20', command: ['true'] },
      dependencies: ['produce'],
      inputs: { artifacts: [{ name: 'model', path: '/in/model', location: { type: 's3', bucket: 'models', key } }] },
    } as Step,
  ];
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'per-run' }, spec: { steps } } as Workflow;
}

/** The URL the transfer step's shell gives the tool, once Tekton has filled the run-uid param. */
function urlInShell(script: string, command: 'couler_put' | 'couler_get', uid: string): string {
  // Tekton fills `$(results.…)` with a path; here the shell must not run it.
  const line = script.split("\n").find((each: string) => each.startsWith(`${command} `))!.replace(/"\$\(results\.[^)]*\)"/g, "/dev/null");
  return execFileSync('sh', ['-c', `${command}() { printf '%s' "$1"; }\n${line}`], { env: { PATH: process.env.PATH, COULER_RUN_UID: uid }, encoding: 'utf8' });
}

describe('artifact keys that name the run', () => {
  it("passes the PipelineRun's uid to the transfer steps, which read and write each run's own object", () => {
    const { documents } = compileChecked(writer());
    const steps = (name: string): LooseJson[] => taskNamed(documents, name).taskSpec.steps;
    for (const [task, command, step] of [['produce', 'couler_put', 'couler-upload'], ['consume', 'couler_get', 'couler-download']] as const) {
      expect(taskNamed(documents, task).params).toContainEqual({ name: 'couler-run-uid', value: '$(context.pipelineRun.uid)' });
      const script = steps(task).find((each) => each.name === step)!.script as string;
      // No `$(` of the literal text reaches Tekton's substitution: it is split as `$''(`.
      expect(script.replaceAll("$''(", '')).not.toMatch(/\$\((params|context)\./);
      expect(urlInShell(script, command, 'uid-1')).toBe(`s3://models/${HOSTILE}uid-1/model.pkl`);
      expect(urlInShell(script, command, 'uid-2')).toBe(`s3://models/${HOSTILE}uid-2/model.pkl`);
    }
  });
});
