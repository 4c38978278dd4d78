import { CommanderError } from 'commander';
import type { CliContext, CliOutput } from './cli-context';
import type { CliCommand } from './commands/cli-command';
import { loadCommands } from './commands/command-loaders';
import { formatError } from './format-error';
import { createProgram } from './program';

export interface RunCliOptions {
  /** Default: `process.cwd()`. */
  cwd?: string;
  /** Default: `process.stdout`. */
  stdout?: CliOutput;
  /** Default: `process.stderr`. */
  stderr?: CliOutput;
  /** Default: every built-in command (only the one `argv` names is imported). */
  commands?: ReadonlyArray<CliCommand>;
}

/**
 * Runs `couler` with `argv` (the arguments after the program name) and returns the exit code:
 * 0 ok, 1 invalid workflow or failed command, 2 usage error. Never throws; errors are printed
 * on stderr (`formatError`), with stack traces only under `--debug`.
 */
export async function runCli(argv: ReadonlyArray<string>, options: RunCliOptions = {}): Promise<number> {
  let program: ReturnType<typeof createProgram> | undefined;
  const context: CliContext = {
    cwd: options.cwd ?? process.cwd(),
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? process.stderr,
    debug: () => program?.opts().debug === true || argv.includes('--debug'),
    exitCode: 0,
  };
  try {
    program = createProgram(context, options.commands ?? (await loadCommands(argv)));
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    // Commander has printed its message already; --help and --version end here with code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    context.stderr.write(`${formatError(error, { debug: context.debug(), cwd: context.cwd })}\n`);
    return 1;
  }
}
