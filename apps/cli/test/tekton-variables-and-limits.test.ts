import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencesOf, validateTektonYaml } from '@couler/backend-tekton';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';
import { runStep, tasksOf } from './tekton-step';

function project(name: string, text: string): string {
  const directory = scratchWith();
  writeFileSync(join(directory, name), text);
  return directory;
}

/** Issue 23 §6: text Tekton's own patterns read as references, or its later phases replace. */
const HOSTILE = ['$(params.x )', '$(params["a b"])', "$(params['a'])", '$(params.a[*])', '$(tasks.t.results.r)', '$(context.pipelineRun.name)', '$(workspaces.w.path)', '$$(params.x)', '$((1+2))', '$(echo hi)', '$($(params.x))', '$(params.é) 🚀', '$(params.x\n)', '$(context.taskRun.name)'];

const STRINGS = `import { runContainer, runScript, workflow } from '@couler/dsl';

const HOSTILE = ${JSON.stringify(HOSTILE)};

export default workflow('strings', () => {
  runContainer({ image: 'alpine:3.20', command: ['printf', '%s|'], args: HOSTILE, env: { TEXT: HOSTILE.join(',') }, stepName: 'plain' });
  runScript({ image: 'alpine:3.20', command: ['sh'], source: 'echo "$(echo hi) $((1+2))"\\nprintf "%s" "$TEXT"\\n', env: { TEXT: HOSTILE.join(',') }, stepName: 'shell' });
});
`;

const CONTEXT = { 'context.taskRun.name': 'strings-run-plain', 'context.task.name': 'plain', 'context.task.retry-count': '0' };

describe.concurrent('couler compile --backend tekton: issue 23', () => {
  it('hostile strings compile, pass --validate (Tekton\'s own patterns), and reach the process byte for byte', async () => {
    const directory = project('strings.ts', STRINGS);
    const { code, stdout, stderr } = await runCouler(['compile', 'strings.ts', '--backend', 'tekton', '--validate'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(validateTektonYaml(stdout)).toEqual([]);
    // Every reference Tekton's webhook would read is one Couler wrote: the "$" param.
    expect(referencesOf(stdout, 'params').map((reference) => reference.expression).filter((expression) => !expression.startsWith('$(params.couler-dollar)'))).toEqual([]);
    const pipelineValues = { 'params.couler-pipeline-dollar': '$', 'context.pipelineRun.name': 'strings-run' };
    const [plain, shell] = tasksOf(stdout);
    expect(runStep(plain!, pipelineValues, CONTEXT)).toEqual({ stdout: HOSTILE.map((text) => `${text}|`).join(''), stderr: '' });
    expect(runStep(shell!, pipelineValues, CONTEXT).stdout).toBe(`hi 3\n${HOSTILE.join(',')}`);
  });

  it('a 200 kB script compiles and passes --validate, still run from a file; a 140 KiB argument is refused with its size and the limit', async () => {
    const big = `# ${'x'.repeat(98)}\n`.repeat(2000);
    const directory = project('big.ts', `import { runContainer, runScript, workflow } from '@couler/dsl';

export default workflow('big', () => {
  runScript({ image: 'alpine:3.20', command: ['sh'], source: ${JSON.stringify(`${big}echo done\n`)}, stepName: 'script' });
});
`);
    const compiled = await runCouler(['compile', 'big.ts', '--backend', 'tekton', '--validate'], directory);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    const [task] = tasksOf(compiled.stdout);
    expect(task!.taskSpec.steps[0].script).toContain("'sh' /tmp/couler-source");
    expect(runStep(task!, {}, {})).toEqual({ stdout: 'done\n', stderr: '' });

    writeFileSync(join(directory, 'arg.ts'), `import { runContainer, workflow } from '@couler/dsl';

export default workflow('arg', () => {
  runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['y'.repeat(140 * 1024)], stepName: 'long' });
});
`);
    const refused = await runCouler(['compile', 'arg.ts', '--backend', 'tekton'], directory);
    expect(refused.code).toBe(1);
    // Every engine starts Linux processes, so validation refuses it before the backend sees it.
    expect(refused.stderr).toContain('error[ARGUMENT_TOO_LONG] at steps.long.container.args[0]: Argument 1 of step "long" is 143,361 bytes (140 KiB); Linux lets a process receive at most 131,072 bytes (128 KiB)');
    expect(refused.stderr).toContain('hint: Pass it in a file instead');
  });

  it('cache is refused naming the step, with what to use instead', async () => {
    const directory = project('cached.ts', `import { runContainer, workflow } from '@couler/dsl';

export default workflow('cached', () => {
  runContainer({ image: 'alpine:3.20', command: ['sleep', '60'], cache: { ttl: '1h' }, stepName: 'slow' });
});
`);
    const { code, stderr } = await runCouler(['compile', 'cached.ts', '--backend', 'tekton'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('error[UNSUPPORTED_BY_BACKEND] at steps.slow.cache: The tekton backend cannot express cache hints (memoization) ("cache"), used by "slow".');
    expect(stderr).toContain('hint: Tekton has no memoization of task results: every run runs every task. Compile for the local engine or Argo, which honour "cache" (Argo memoizes by a key of the inputs), or remove "cache" from the step for Tekton.');
  });
});
