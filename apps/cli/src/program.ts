import { Command } from 'commander';
import type { CliContext } from './cli-context';
import type { CliCommand } from './commands/cli-command';
import { packageInfo } from './package-info';

const AFTER_HELP = `
Exit codes: 0 ok, 1 the workflow is invalid or the command failed, 2 usage error.

Examples:
  couler validate src/workflow.ts     check a workflow written with @couler/dsl
  couler ir src/workflow.ts -o wf.yaml
  couler ir wf.yaml --json            canonical IR of an IR document, as JSON
  couler schema -o workflow.schema.json`;

/**
 * The `couler` commander program: the global `--debug`, `--help` and `--version` flags and
 * every command of `commandList` (`commands`, or what `loadCommands(argv)` imports), each with
 * its own `--help` and `--version`. Output goes to the context's streams; commander's usage
 * errors throw `CommanderError` (`exitOverride`) instead of exiting, so `runCli` decides the
 * exit code.
 */
export function createProgram(context: CliContext, commandList: ReadonlyArray<CliCommand>): Command {
  const { version } = packageInfo();
  const program = new Command('couler')
    .description('Couler: write a machine-learning workflow once, validate it, print its IR, compile and run it.')
    .version(version, '-V, --version', 'print the version')
    .option('--debug', 'print stack traces with errors')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError('(run "couler --help" for usage)')
    .exitOverride()
    .addHelpText('after', AFTER_HELP);
  // Settings above are copied to each subcommand as it is created, so they come first.
  for (const command of commandList) {
    command.register(program, context).version(version, '-V, --version', 'print the version');
  }
  return program;
}
