import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParameterArtifact, runContainer, runContainerSet, workflow } from '@couler/dsl';
import type { Step } from '@couler/ir';
import { runWorkflow, type RunSummary } from '../src/run-workflow';
import { installFakeDocker } from './helpers/fake-docker';
import { eventLog, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();
const stepOf = (summary: RunSummary, id: string) => summary.steps.find((step) => step.id === id)!;

/** Two containers writing into a directory of the step's sandbox, and `main` reading both once they are done. */
const assemble = () =>
  workflow('assemble', () => {
    const set = runContainerSet({
      stepName: 'build',
      env: { GREETING: 'hello' },
      containers: [
        { name: 'fetch', image: 'alpine:3.20', command: ['sh', '-c'], args: ['mkdir -p shared && sleep 0.3 && echo "$GREETING from fetch" > shared/fetch.txt'] },
        { name: 'compile', image: 'alpine:3.20', command: ['sh', '-c'], args: ['mkdir -p shared && echo compiled > shared/compile.txt && echo compile-log'] },
        {
          name: 'main',
          image: 'alpine:3.20',
          command: ['sh', '-c'],
          args: ['cat shared/fetch.txt shared/compile.txt > /workspace/message && echo main-done'],
          dependencies: ['fetch', 'compile'],
        },
      ],
      output: createParameterArtifact('/workspace/message', { name: 'message' }),
    });
    runContainer({ stepName: 'show', image: 'busybox', command: ['sh', '-c', 'echo "$MESSAGE|$RESULT"'], env: { MESSAGE: set.output('message'), RESULT: set.result } });
  });

describe('container sets', () => {
  it('runs the containers in one sandbox in dependency order; main gives the result and outputs a later step reads', async () => {
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(assemble(), { home: dirs.home(), onEvent });

    expect(summary.phase).toBe('Succeeded');
    expect(stepOf(summary, 'build').outputs).toMatchObject({ result: 'main-done', parameters: { message: 'hello from fetch\ncompiled' } });
    expect(stepOf(summary, 'show').outputs.result).toBe('hello from fetch\ncompiled|main-done');
    // Each container's lines are kept under its name; main printed only after the two it depends on were done.
    const lines = events.flatMap((event) => (event.type === 'step-log' && event.stepId === 'build' ? [event.line] : []));
    expect(lines).toEqual(['[compile] compile-log', '[main] main-done']);
    expect(readFileSync(join(summary.runDir, 'steps.log'), 'utf8')).toContain('build 1 o [compile] compile-log\nbuild 1 o [main] main-done\n');
    expect(events).toContainEqual(expect.objectContaining({ type: 'notice', message: expect.stringContaining('their images are not used (alpine:3.20, busybox)') }));
  });

  it('fails the step when a container fails: what depends on it does not start, the others finish', async () => {
    const set: Step = {
      name: 'build',
      kind: 'containerSet',
      containerSet: {
        containers: [
          { name: 'lint', image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo about to fail; exit 3'] },
          { name: 'docs', image: 'alpine:3.20', command: ['sh', '-c'], args: ['sleep 0.3; echo docs built'] },
          { name: 'main', image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo main ran'], dependencies: ['lint'] },
        ],
      },
    } as Step;
    const after = { name: 'after', kind: 'container', container: { image: 'busybox', command: ['echo'], args: [{ ref: 'step', step: 'build', output: 'result' }] } } as Step;
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(workflowOf('broken-set', [set, after]), { home: dirs.home(), defaultRetry: false, onEvent });

    expect(summary.phase).toBe('Failed');
    expect(stepOf(summary, 'build')).toMatchObject({ phase: 'Failed', exitCode: 3 });
    expect(stepOf(summary, 'build').message).toBe('container "lint": exit code 3\nLast log lines:\n  | [lint] about to fail\nNot started: "main".');
    expect(stepOf(summary, 'after').phase).toBe('Omitted');
    const lines = events.flatMap((event) => (event.type === 'step-log' && event.stepId === 'build' ? [event.line] : []));
    expect(lines).toEqual(expect.arrayContaining(['[lint] about to fail', '[docs] docs built']));
    expect(lines.some((line) => line.startsWith('[main]'))).toBe(false);
  });

  it('runs every container through the same runtime as container steps (docker: one container each, the sandbox mounted)', async () => {
    const docker = installFakeDocker(dirs.scratch());
    const summary = await runWorkflow(assemble(), {
      home: dirs.home(),
      containerRuntime: 'docker',
      env: { PATH: docker.path, FAKE_DOCKER_LOG: docker.log, FAKE_CONTAINER_PATH: '/usr/bin:/bin' },
    });
    expect(summary.phase).toBe('Succeeded');
    expect(stepOf(summary, 'show').outputs.result).toBe('hello from fetch\ncompiled|main-done');
    const runs = docker.calls().filter((call) => call[0] === 'run');
    const flag = (call: ReadonlyArray<string>, name: string) => call.filter((_, index) => call[index - 1] === name);
    const build = runs.filter((call) => flag(call, '--name')[0]!.includes('-build-'));
    expect(build.map((call) => flag(call, '--name')[0]!.split('-').at(-1)).sort()).toEqual(['compile', 'fetch', 'main']);
    // One sandbox: every container mounts the same directories, works in the same one and gets the step's env.
    expect(new Set(build.map((call) => JSON.stringify([flag(call, '--volume'), flag(call, '--workdir')]))).size).toBe(1);
    for (const call of build) expect(flag(call, '--env')).toContain('GREETING');
  });
});
