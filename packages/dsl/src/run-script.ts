import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { CONTAINER_OPTION_KEYS, containerParts, imageBaseName, type ContainerOptions } from './run-container';

export interface ScriptOptions extends ContainerOptions {
  /**
   * The program: source text for the interpreter, or a JavaScript function (node interpreters
   * only), whose text is run as an immediately called function.
   */
  source: string | ((...args: never[]) => unknown);
  /** The interpreter: `python` (default), `bash`, `sh`, `node` … */
  command?: string | string[];
}

const SCRIPT_OPTION_KEYS = { ...CONTAINER_OPTION_KEYS, source: true } as const satisfies Record<keyof ScriptOptions, true>;

const NODE_INTERPRETERS = /(^|\/)(node|nodejs|bun|deno)$/;

/** Couler's `run_script`: `source` run by an interpreter in `image`. Returns its handle. */
export function runScript(options: ScriptOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runScript');
  checkOptions('runScript()', options, SCRIPT_OPTION_KEYS);
  const { fields, body } = containerParts('runScript', options);
  const command = body.command?.length ? body.command : ['python'];
  let source: string;
  if (typeof options.source === 'string') source = options.source;
  else if (typeof options.source === 'function') {
    if (!NODE_INTERPRETERS.test(command[0]!)) {
      throw dslError('INVALID_DSL_USAGE', `runScript() got a JavaScript function as source, but the interpreter is "${command.join(' ')}".`, {
        hint: "Give the source as a string for that interpreter, or use command: 'node' with a Node.js image.",
      });
    }
    source = `(${options.source.toString()})();\n`;
  } else {
    throw dslError('INVALID_DSL_USAGE', 'runScript() needs a source: the program text, or a function for node.', {
      hint: "runScript({ image: 'python:3.12-slim', source: 'print(42)' })",
    });
  }
  return builder.addStep({ ...fields, kind: 'script', script: { ...body, command, source } } as StepDraft, {
    stepName: options.stepName,
    fallback: typeof options.image === 'string' ? imageBaseName(options.image) : 'script',
    stack,
  });
}
