import type { Command } from 'commander';
import type { CliContext } from '../cli-context';

/**
 * One `couler <name>` command. To add a command, write `commands/<name>.ts` exporting one of
 * these and list it in `commands/index.ts`; `createProgram` adds `--help`, `--version` and the
 * error handling.
 */
export interface CliCommand {
  readonly name: string;
  /**
   * Adds the command to `program` (`program.command(name)…action(…)`) and returns it. The
   * action may throw: a `CoulerError` is printed with its code, path and hint (exit 1), any
   * other error as one line (exit 1).
   */
  register(program: Command, context: CliContext): Command;
}
