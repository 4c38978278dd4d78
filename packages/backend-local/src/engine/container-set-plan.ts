import { isAbsolute, join } from 'node:path';
import { CONTAINER_SET_MAIN, type ContainerSetContainer, type ContainerSetStep, type ContainerStep } from '@couler/ir';
import { canonicalJson } from '../internal/hash';
import { containerCommand, removeContainer } from './container-command';
import { processFailure, processSucceeded } from './process-failure';
import { resolveCommand, type ResolvedCommand } from './resolve-command';
import { ResolveError } from './resolve-value';
import { runProcess, type ProcessOutcome } from './run-process';
import type { ExecutorEnvironment, StepExecution } from './step-execution';
import { declaredPaths, type StepFiles } from './step-files';
import type { AttemptContext, AttemptOutcome, StepPlan } from './step-plan';
import { createStepSandbox, type StepSandbox } from './step-sandbox';

/** One container of the set, resolved: it shares the step's sandbox, with its own working directory. */
interface SetMember {
  readonly container: ContainerSetContainer;
  readonly sandbox: StepSandbox;
  readonly resolved: ResolvedCommand;
}

/** A container of the set as the container step it resolves like: the step's env, inputs and outputs, its own command. */
function asContainerStep(step: ContainerSetStep, container: ContainerSetContainer): ContainerStep {
  const { containerSet: _containers, kind: _kind, ...shared } = step;
  return {
    ...shared,
    kind: 'container',
    container: {
      image: container.image,
      ...(container.command !== undefined && { command: container.command }),
      ...(container.args !== undefined && { args: container.args }),
      ...(container.workingDir !== undefined && { workingDir: container.workingDir }),
      ...(container.imagePullPolicy !== undefined && { imagePullPolicy: container.imagePullPolicy }),
    },
  };
}

/** An outcome for a container the step's deadline passed before it could start. */
const NOT_STARTED_IN_TIME: ProcessOutcome = { timedOut: true, cancelled: false, stdout: '', logTail: [] };

/** The lines of one container, named, so that the step's log tells them apart. */
const prefixed = (name: string, line: string) => `[${name}] ${line}`;

async function runMembers(execution: StepExecution, step: ContainerSetStep, members: ReadonlyArray<SetMember>, environment: ExecutorEnvironment, context: AttemptContext): Promise<AttemptOutcome> {
  const runtime = environment.containerRuntime;
  const deadline = step.timeoutSeconds === undefined ? undefined : Date.now() + step.timeoutSeconds * 1000;
  const outcomes = new Map<string, ProcessOutcome>();
  const running = new Map<string, Promise<void>>();
  const waiting = new Map(members.map((member) => [member.container.name, member]));
  let failed: { member: SetMember; outcome: ProcessOutcome } | undefined;
  let lastPid: number | undefined;

  const start = (member: SetMember) => {
    const { name } = member.container;
    const remainingMs = deadline === undefined ? undefined : deadline - Date.now();
    const containerName = `${context.containerName}-${name}`;
    const run =
      remainingMs !== undefined && remainingMs <= 0
        ? Promise.resolve(NOT_STARTED_IN_TIME)
        : runProcess({
            argv: runtime
              ? containerCommand(
                  runtime,
                  {
                    name: containerName,
                    image: member.container.image,
                    ...(member.container.imagePullPolicy !== undefined && { imagePullPolicy: member.container.imagePullPolicy }),
                    cwd: member.sandbox.cwd,
                    ...(member.container.resources?.limits !== undefined && { limits: member.container.resources.limits }),
                  },
                  member.resolved,
                  member.sandbox,
                )
              : member.resolved.argv,
            cwd: member.sandbox.cwd,
            createCwd: true,
            env: member.resolved.env,
            ...(remainingMs !== undefined && { timeoutMs: remainingMs }),
            signal: context.signal,
            onSpawn: (pid) => {
              lastPid = pid;
              context.onSpawn(pid);
            },
            onLine: (stream, line) => context.onLine(stream, prefixed(name, line)),
            ...(environment.spawner && { spawner: environment.spawner }),
          });
    running.set(
      name,
      run.then(async (outcome) => {
        if (runtime && (outcome.timedOut || outcome.cancelled)) await removeContainer(runtime, containerName, member.sandbox.dir, member.resolved.env);
        outcomes.set(name, outcome);
        if (!processSucceeded(outcome)) failed ??= { member, outcome: { ...outcome, logTail: outcome.logTail.map((line) => prefixed(name, line)) } };
        running.delete(name);
      }),
    );
  };

  for (;;) {
    // Once one container failed (or the run is cancelled) no other starts; those running finish.
    if (!failed && !context.signal.aborted) {
      for (const member of [...waiting.values()]) {
        const ready = (member.container.dependencies ?? []).every((dependency) => outcomes.has(dependency) && processSucceeded(outcomes.get(dependency)!));
        if (!ready) continue;
        waiting.delete(member.container.name);
        start(member);
      }
    }
    if (running.size === 0) break;
    await Promise.race(running.values());
  }

  const pid = lastPid === undefined ? {} : { pid: lastPid };
  if (failed) {
    const { member, outcome } = failed;
    const notStarted = [...waiting.keys()];
    const failure = processFailure({
      outcome,
      program: member.resolved.argv[0] ?? '',
      image: member.container.image,
      ...(step.timeoutSeconds !== undefined && { timeoutSeconds: step.timeoutSeconds }),
      cancelled: context.signal.aborted,
      extraTransient: execution.retry?.transientPatterns ?? [],
      prefix: `container "${member.container.name}": `,
    });
    const skipped = notStarted.length === 0 ? '' : `\nNot started: ${notStarted.map((name) => `"${name}"`).join(', ')}.`;
    return {
      ...pid,
      ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }),
      ...(outcome.signal !== undefined && { signal: outcome.signal }),
      failure: { ...failure, message: `${failure.message}${skipped}` },
    };
  }
  if (waiting.size > 0) return { ...pid, failure: { message: 'cancelled', failureClass: 'cancelled', phase: 'Cancelled' } };
  const main = outcomes.get(CONTAINER_SET_MAIN);
  return { ...pid, ...(main !== undefined && { result: main.stdout, ...(main.exitCode !== undefined && { exitCode: main.exitCode }) }) };
}

/**
 * A container set: its containers in one sandbox (the step's working files, declared paths and
 * env shared), each started as soon as the containers it depends on have succeeded, on the host
 * or in its image. A failing container fails the step; `main`'s stdout is `result`, and the
 * step's outputs are read from the sandbox as for a container step.
 *
 * @throws ResolveError for a reference without a value, or a container without a command on the host.
 */
export function planContainerSet(step: ContainerSetStep, execution: StepExecution, environment: ExecutorEnvironment, files: StepFiles): StepPlan {
  const { containers } = step.containerSet;
  const runtime = environment.containerRuntime;
  const dir = join(environment.runDir, execution.id);
  const workingDirs = containers.flatMap((container) => (container.workingDir !== undefined && isAbsolute(container.workingDir) ? [container.workingDir] : []));
  const declared = [...declaredPaths(step), ...workingDirs];
  const sandbox = createStepSandbox(dir, declared);
  const members: SetMember[] = containers.map((container) => {
    if (!runtime && (container.command ?? []).length === 0 && (container.args ?? []).length === 0) {
      throw new ResolveError(`Container "${container.name}" of step "${step.name}" has no command: in a container it would run the entrypoint of "${container.image}", which the local engine cannot see. Give it a command.`);
    }
    const own = createStepSandbox(dir, declared, container.workingDir);
    return { container, sandbox: own, resolved: resolveCommand(asContainerStep(step, container), execution.scope, own, environment.baseEnv, environment.runId, runtime !== undefined) };
  });
  const first = members[0]!.resolved;
  return {
    cacheInput: {
      kind: 'containerSet',
      image: containers.map((container) => `${container.name}=${container.image}`).join(','),
      command: [],
      args: members.map(({ container, resolved }) =>
        canonicalJson({ name: container.name, command: container.command ?? [], args: resolved.keyArgs, workingDir: container.workingDir ?? null, dependencies: container.dependencies ?? [] }),
      ),
      env: first.keyEnv,
      parameters: first.inputs,
    },
    async prepare() {
      await files.clear(sandbox);
      return files.prepareInputs(step, execution, sandbox);
    },
    async attempt(context) {
      await files.prepareOutputDirectories(step, sandbox);
      return runMembers(execution, step, members, environment, context);
    },
    collect: (result) => files.collectOutputs(step, execution, sandbox, containers.some((container) => container.name === CONTAINER_SET_MAIN) ? (result ?? '') : undefined),
  };
}
