import { extname, resolve } from 'node:path';
import type { WorkflowBundle } from './bundle-workflow-module';
import { ownPackageAliases } from './own-package-aliases';

/** Commands whose first argument is a workflow file they load with `loadWorkflow`. */
const FILE_COMMANDS = new Set(['ir', 'validate', 'compile', 'split', 'run', 'submit']);
const MODULE_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/** Bundles started before the commands were imported, by absolute path, each taken once. */
const started = new Map<string, Promise<WorkflowBundle>>();

/**
 * Starts bundling the workflow file `argv` names (`couler compile wf.ts …`) before the CLI
 * imports its commands: esbuild works in its own process, on the other core, while Node loads
 * and compiles the modules the command needs, instead of after. Any argv it does not recognize
 * starts nothing; a file it guessed wrong only costs a bundle nobody takes.
 */
export function startWorkflowBundle(argv: ReadonlyArray<string>, cwd: string): void {
  const words = argv.filter((argument) => argument !== '--debug');
  if (!FILE_COMMANDS.has(words[0] ?? '')) return;
  const file = words.slice(1).find((argument) => !argument.startsWith('-') && MODULE_EXTENSIONS.has(extname(argument).toLowerCase()));
  if (file === undefined) return;
  const absolute = resolve(cwd, file);
  // esbuild is imported here, not at the top: `couler --version` and the commands that load no file need none of it.
  const bundle = import('./bundle-workflow-module').then(({ bundleWorkflowModule }) => bundleWorkflowModule(absolute, ownPackageAliases()));
  // Rejections are the taker's to report (loadWorkflow turns them into LOAD_FAILED); untaken, they are dropped.
  bundle.catch(() => undefined);
  started.set(absolute, bundle);
}

/** The bundle started for `file` (absolute), if any; later calls bundle it afresh. */
export function takeStartedBundle(file: string): Promise<WorkflowBundle> | undefined {
  const bundle = started.get(file);
  started.delete(file);
  return bundle;
}
