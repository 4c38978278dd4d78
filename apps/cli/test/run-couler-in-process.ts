import type { CliCommand } from '../src/commands/index';
import { runCli } from '../src/run-cli';
import type { CoulerRun } from './run-couler';

export interface InProcessOptions {
  readonly cwd: string;
  /** Make stdout look like an 80-column terminal (the live views draw only there). */
  readonly tty?: boolean;
  /** Replaces the built-in commands. */
  readonly commands?: ReadonlyArray<CliCommand>;
}

/** Runs `couler` in-process (`runCli`, no separate node process), collecting what it prints. */
export async function runCoulerInProcess(argv: string[], options: InProcessOptions): Promise<CoulerRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: options.cwd,
    // Extra fields a terminal stream has; CliOutput itself needs only write().
    stdout: Object.assign(
      {
        write: (text: string) => {
          stdout += text;
        },
      },
      options.tty && { isTTY: true, columns: 80 },
    ),
    stderr: {
      write: (text) => {
        stderr += text;
      },
    },
    ...(options.commands && { commands: options.commands }),
  });
  return { code, stdout, stderr };
}
