import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

// Workflow files written with @couler/dsl, in a directory with no node_modules: the CLI
// provides its own @couler/dsl.
describe.concurrent('workflow files written with @couler/dsl', () => {
  it('ir prints the coinflip of the paper as IR: a script and two conditional steps', async () => {
    const directory = scratchWith('coinflip.ts');
    const { code, stdout, stderr } = await runCouler(['ir', 'coinflip.ts', '--json'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const workflow = parseWorkflow(stdout);
    expect(workflow.metadata.name).toBe('coinflip');
    expect(workflow.spec.steps.map((step) => [step.name, step.kind, step.when?.op])).toEqual([
      ['flip', 'script', undefined],
      ['heads', 'container', 'equal'],
      ['tails', 'container', 'equal'],
    ]);
    expect(workflow.spec.steps[1]?.when).toMatchObject({ left: { ref: 'step', step: 'flip' }, right: 'heads' });
  });

  it('validate says the coinflip is valid', async () => {
    const directory = scratchWith('coinflip.ts');
    expect(await runCouler(['validate', 'coinflip.ts'], directory)).toEqual({ code: 0, stdout: '✓ coinflip: 3 steps, valid\n', stderr: '' });
  });

  it('an error the DSL raises keeps its code and points at the user line, not LOAD_FAILED', async () => {
    const directory = scratchWith('dsl-misuse.ts');
    const { code, stderr } = await runCouler(['validate', 'dsl-misuse.ts'], directory);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error\[INVALID_DSL_USAGE\]: runContainer\(\) was called outside a workflow\.$/m);
    expect(stderr).toMatch(/^ {2}--> dsl-misuse\.ts:3:\d+$/m);
    expect(stderr).not.toContain('LOAD_FAILED');
  });

  it('a file in a folder with spaces and parentheses still gets its errors at its own lines', async () => {
    const directory = join(scratchWith(), "My Pipelines (v2) 'ü'");
    mkdirSync(directory);
    const lines = [
      "import { runContainer, workflow } from '@couler/dsl';",
      '',
      "export default workflow('twice', () => {",
      "  runContainer({ image: 'alpine', command: ['true'], stepName: 'a' });",
      "  runContainer({ image: 'alpine', command: ['true'], stepName: 'a' });",
      '});',
    ];
    writeFileSync(join(directory, 'wf.ts'), `${lines.join('\n')}\n`);
    const { code, stderr } = await runCouler(['validate', 'wf.ts'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('The first location below is the later call, the second the earlier one.');
    expect(stderr).toMatch(/^ {2}--> wf\.ts:5:3\n {2}--> wf\.ts:4:3$/m);
  });
});
