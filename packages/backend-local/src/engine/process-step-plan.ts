import { join } from 'node:path';
import type { ContainerStep, ScriptStep } from '@couler/ir';
import { containerCommand, removeContainer } from './container-command';
import { processFailure, processSucceeded } from './process-failure';
import { resolveCommand } from './resolve-command';
import { resolveValue } from './resolve-value';
import { runProcess } from './run-process';
import type { ExecutorEnvironment, StepExecution } from './step-execution';
import { declaredPaths, type StepFiles } from './step-files';
import type { StepPlan } from './step-plan';
import { createStepSandbox } from './step-sandbox';

/**
 * A container or script step: its command as one process in its sandbox, on the host or in its
 * image. Resolves every reference first.
 *
 * @throws ResolveError for a reference without a value, or a step without a command on the host.
 */
export function planProcessStep(step: ContainerStep | ScriptStep, execution: StepExecution, environment: ExecutorEnvironment, files: StepFiles): StepPlan {
  const body = step.kind === 'container' ? step.container : step.script;
  const sandbox = createStepSandbox(join(environment.runDir, execution.id), declaredPaths(step), body.workingDir);
  const runtime = environment.containerRuntime;
  const resolved = resolveCommand(step, execution.scope, sandbox, environment.baseEnv, environment.runId, runtime !== undefined);
  // An image chosen when the step runs (one per map item, from a parameter…) is resolved like an argument.
  const image = typeof body.image === 'string' ? body.image : resolveValue(body.image, execution.scope);
  // The last attempt's process (its group: steps run detached), to know when none of it is left.
  let processGroup: number | undefined;
  return {
    cacheInput: {
      kind: step.kind,
      image,
      command: body.command ?? [],
      args: resolved.keyArgs,
      ...(step.kind === 'script' && { source: step.script.source }),
      ...(body.workingDir !== undefined && { workingDir: body.workingDir }),
      env: resolved.keyEnv,
      parameters: resolved.inputs,
    },
    async prepare() {
      await files.clear(sandbox);
      return files.prepareInputs(step, execution, sandbox);
    },
    async attempt(context) {
      // A finished step's empty directory, renamed, when there is one: no new directory to make.
      const cwdReady = sandbox.cwd === sandbox.dir && environment.sandboxDirs?.take(sandbox.dir) === true;
      await files.prepareOutputDirectories(step, sandbox);
      const container = {
        name: context.containerName,
        image,
        ...(body.imagePullPolicy !== undefined && { imagePullPolicy: body.imagePullPolicy }),
        cwd: sandbox.cwd,
        ...(step.resources?.limits !== undefined && { limits: step.resources.limits }),
      };
      const outcome = await runProcess({
        argv: runtime ? containerCommand(runtime, container, resolved, sandbox) : resolved.argv,
        cwd: sandbox.cwd,
        createCwd: !cwdReady,
        env: resolved.env,
        ...(step.timeoutSeconds !== undefined && { timeoutMs: step.timeoutSeconds * 1000 }),
        signal: context.signal,
        onSpawn: context.onSpawn,
        onLine: context.onLine,
        ...(environment.spawner && { spawner: environment.spawner }),
      });
      if (runtime && (outcome.timedOut || outcome.cancelled)) await removeContainer(runtime, context.containerName, sandbox.dir, resolved.env);
      processGroup = outcome.pid;
      const facts = { ...(outcome.exitCode !== undefined && { exitCode: outcome.exitCode }), ...(outcome.pid !== undefined && { pid: outcome.pid }) };
      if (processSucceeded(outcome)) return { ...facts, result: outcome.stdout };
      return {
        ...facts,
        ...(outcome.signal !== undefined && { signal: outcome.signal }),
        failure: processFailure({
          outcome,
          program: resolved.argv[0] ?? '',
          image,
          ...(step.timeoutSeconds !== undefined && { timeoutSeconds: step.timeoutSeconds }),
          cancelled: context.signal.aborted,
          extraTransient: execution.retry?.transientPatterns ?? [],
        }),
      };
    },
    async collect(result) {
      const outputs = await files.collectOutputs(step, execution, sandbox, result ?? '');
      environment.sandboxDirs?.keep(sandbox.dir, processGroup);
      return outputs;
    },
  };
}
