/** Where a command writes. Tests pass strings collectors; `bin.ts` passes the process streams. */
export interface CliOutput {
  write(text: string): void;
}

/** What every command receives besides its own arguments. */
export interface CliContext {
  /** Directory that relative paths (workflow files, `-o`) are resolved against. */
  readonly cwd: string;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** The global `--debug` flag: print stack traces. Read after parsing. */
  readonly debug: () => boolean;
  /**
   * Exit code of the run so far. A command sets 1 when its result is a failure it has already
   * reported (an invalid workflow); errors it throws are reported and mapped by the program.
   */
  exitCode: number;
}
