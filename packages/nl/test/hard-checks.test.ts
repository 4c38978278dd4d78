import { describe, expect, test } from 'vitest';
import { WorkflowCodeChecker } from '../src/index';

const file = (body: string) => `import { runContainer, workflow } from '@couler/dsl';\n\nexport default workflow('checked', () => {\n${body}\n});\n`;

describe('the hard checks of generated code', () => {
  test('code that compiles, builds and validates gives its IR and what it declares', async () => {
    const checker = await WorkflowCodeChecker.create();
    const checked = await checker.check(file("const hello = runContainer({ image: 'alpine:3.20', command: ['echo', 'hi'] });"));
    expect(checked.ok).toBe(true);
    expect(checked.workflow?.spec.steps.map((step) => step.name)).toEqual(['alpine']);
    expect(checked.declared).toEqual([{ name: 'hello', type: 'StepHandle' }]);
  });

  test('Node is not there: no process, no require, no fs, at type-check or at run time', async () => {
    const checker = await WorkflowCodeChecker.create();
    const typed = await checker.check(file("process.exit(1);\nrunContainer({ image: 'alpine' });"));
    expect(typed.problems[0]).toMatchObject({ stage: 'types', line: 4, lineText: 'process.exit(1);' });
    expect(typed.problems[0]!.message).toBe("TS2591: Cannot find name 'process': a workflow's build function has @couler/dsl and the JavaScript standard library, not Node's APIs.");
    // Past the type-check by a cast, the build function still finds no process in its context.
    const cast = await checker.check(file("(globalThis as any).process.exit(1);\nrunContainer({ image: 'alpine' });"));
    expect(cast.problems).toEqual([{ stage: 'build', message: expect.stringContaining("Building the workflow threw: Cannot read properties of undefined (reading 'exit')") }]);
  });

  test('a build function that never ends is stopped and reported', async () => {
    const checker = await WorkflowCodeChecker.create();
    const checked = await checker.check(file("while (true) { runContainer({ image: 'alpine', stepName: 'spin' }); break; }\nfor (;;) {}"));
    expect(checked.problems).toEqual([{ stage: 'build', message: 'Building the workflow did not finish within 2 s; the build function must not loop forever.' }]);
  });

  test('problems the DSL finds when the workflow is finished come back at their line', async () => {
    const checker = await WorkflowCodeChecker.create();
    const source = file("const train = runContainer({ image: 'alpine', stepName: 'train' });\nsetDependencies(() => runContainer({ image: 'alpine', stepName: 'report' }), ['evaluate']);").replace('{ runContainer,', '{ runContainer, setDependencies,');
    const checked = await checker.check(source);
    expect(checked.ok).toBe(false);
    expect(checked.problems).toEqual([{ stage: 'build', message: expect.stringMatching(/^UNKNOWN_STEP: .*"evaluate"/), line: 5, lineText: expect.stringContaining('setDependencies') }]);
  });
});
