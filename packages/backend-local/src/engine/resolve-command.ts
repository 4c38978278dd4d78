import type { ContainerStep, ScriptStep } from '@couler/ir';
import { hostCommand, scriptExtension } from './find-executable';
import { assertProcessFits, environmentBytes, type ProcessString } from './process-limits';
import { resolveInputs } from './resolve-inputs';
import { resolveValue, ResolveError, type ResolveScope } from './resolve-value';
import { resolveStepEnvironment } from './step-environment';
import type { StepSandbox } from './step-sandbox';
import { userKeyed } from '../internal/user-keyed';

/** What a process step runs, resolved for one instance. */
export interface ResolvedCommand {
  readonly argv: string[];
  readonly env: NodeJS.ProcessEnv;
  /** The step's input parameters, resolved. */
  readonly inputs: Record<string, string>;
  /** Arguments and env as the IR gives them (paths not rewritten): what memoization hashes. */
  readonly keyArgs: string[];
  readonly keyEnv: Record<string, string>;
  /** The command (declared paths rewritten, no host stand-ins) and arguments, for a container. */
  readonly command: string[];
  readonly args: string[];
  /** Where the script's source is written (script steps). */
  readonly scriptPath?: string;
  /** The variables the step itself sets (its env and the `COULER_*` ones), not the host's. */
  readonly stepEnvNames: string[];
}

/** Every argument and variable the process gets, named as a message names it, with its IR value. */
function processStrings(step: ContainerStep | ScriptStep, command: ReadonlyArray<string>, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv): ProcessString[] {
  const body = step.kind === 'container' ? step.container : step.script;
  const values = new Map((step.env ?? []).map((variable) => [variable.name, variable.value]));
  return [
    ...command.map((text, index) => ({ what: `Command part ${index + 1}`, text })),
    ...args.map((text, index) => ({ what: `Argument ${index + 1}`, text, ...(body.args?.[index] !== undefined && { value: body.args[index] }) })),
    ...Object.entries(env).map(([name, value]) => {
      const ir = values.get(name);
      return { what: `Environment variable "${name}"`, text: `${name}=${value ?? ''}`, ...(ir !== undefined && { value: ir }) };
    }),
  ];
}

const definedCopies = new WeakMap<object, Record<string, string>>();

/** The variables of `env` that have a value, as a plain object: made once per environment. */
function definedVariables(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  let copy = definedCopies.get(env);
  if (!copy) {
    copy = {};
    for (const [key, value] of Object.entries(env)) if (value !== undefined) copy[key] = value;
    definedCopies.set(env, copy);
  }
  return copy;
}

function envKey(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/**
 * The argv and environment of one instance: input parameters, arguments and env values
 * resolved, declared paths rewritten into the sandbox, and the `COULER_*` variables that tell
 * the process where its inputs and outputs are. Throws `ResolveError` for a reference without
 * a value, or a container step without a command (the local engine cannot see an image's
 * entrypoint).
 */
export function resolveCommand(
  step: ContainerStep | ScriptStep,
  scope: ResolveScope,
  sandbox: StepSandbox,
  baseEnv: Readonly<Record<string, string | undefined>>,
  runId: string,
  inContainer = false,
): ResolvedCommand {
  const body = step.kind === 'container' ? step.container : step.script;
  const { inputs, scope: inputScope } = resolveInputs(step, scope);
  const args = (body.args ?? []).map((value) => resolveValue(value, inputScope, sandbox.rewrite));
  const keyArgs = (body.args ?? []).map((value) => resolveValue(value, inputScope));
  const pathVariable = baseEnv.PATH;
  const containerCommand = (body.command ?? []).map((part, index) => (index === 0 ? part : sandbox.rewrite(part)));
  const command = containerCommand.map((part, index) => (index === 0 ? hostCommand(part, pathVariable) : part));
  const scriptPath = step.kind === 'script' ? `${sandbox.dir}.script${scriptExtension(step.script.command, step.script.source)}` : undefined;
  let argv: string[];
  if (scriptPath !== undefined) {
    argv = [...command, scriptPath, ...args];
  } else {
    argv = [...command, ...args];
    if (argv.length === 0 && !inContainer) {
      throw new ResolveError(
        `Step "${step.name}" has no command: in a container it would run the entrypoint of "${body.image}", which the local engine cannot see. Give it a command.`,
      );
    }
  }
  const own = resolveStepEnvironment(step.env, step.envFrom, inputScope, baseEnv, sandbox.rewrite);
  const keyEnv = resolveStepEnvironment(step.env, step.envFrom, inputScope, baseEnv, (text) => text);
  const outputsMap = userKeyed<string>();
  const inputsMap = userKeyed<string>();
  const couler: Record<string, string> = {
    COULER_STEP_DIR: sandbox.dir,
    COULER_ROOT: sandbox.root,
    COULER_STEP_NAME: step.name,
    COULER_RUN_ID: runId,
  };
  for (const output of [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])]) {
    if (!output.path) continue;
    outputsMap[output.name] = sandbox.map(output.path);
    couler[`COULER_OUTPUT_${envKey(output.name)}`] = sandbox.map(output.path);
  }
  for (const input of step.inputs?.artifacts ?? []) {
    inputsMap[input.name] = sandbox.map(input.path);
    couler[`COULER_INPUT_${envKey(input.name)}`] = sandbox.map(input.path);
  }
  couler.COULER_OUTPUTS = JSON.stringify(outputsMap);
  couler.COULER_INPUTS = JSON.stringify(inputsMap);
  const base = definedVariables(baseEnv);
  const stepEnv = { ...couler, ...own };
  const env: NodeJS.ProcessEnv = { ...base, ...stepEnv };
  const baseBytes = environmentBytes(base);
  if (baseBytes === null) {
    assertProcessFits(step.name, processStrings(step, command, args, env));
  } else {
    // The base environment was counted once for the run; count what the step adds or replaces.
    let counted = baseBytes.total;
    for (const name of Object.keys(stepEnv)) counted -= baseBytes.of.get(name) ?? 0;
    assertProcessFits(step.name, processStrings(step, command, args, stepEnv), undefined, counted);
  }
  return {
    argv,
    env,
    inputs,
    keyArgs,
    keyEnv,
    command: scriptPath === undefined ? containerCommand : [...containerCommand, scriptPath],
    args,
    ...(scriptPath !== undefined && { scriptPath }),
    stepEnvNames: [...new Set([...Object.keys(couler), ...Object.keys(own)])],
  };
}
