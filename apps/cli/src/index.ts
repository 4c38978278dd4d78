/**
 * @couler/cli as a library: the `couler` program for other apps (the server, tests) to run
 * in-process or extend with their own commands.
 */
export type { CliContext, CliOutput } from './cli-context';
export type { CliCommand } from './commands/cli-command';
export { commands } from './commands/index';
export { formatError, listProblems, type FormatErrorOptions } from './format-error';
export { loadWorkflow, type LoadedWorkflow, type LoadWorkflowOptions, type WorkflowSource } from './load-workflow';
export { createProgram } from './program';
export { runCli, type RunCliOptions } from './run-cli';
export { defineConfig, type CoulerConfig } from './project/couler-config';
