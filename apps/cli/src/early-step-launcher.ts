/** Commands that run the local engine, which spawns steps from launcher processes. */
const ENGINE_COMMANDS = new Set(['run', 'resume', 'retry']);

/**
 * Starts the local engine's first step launcher (`couler run wf.ts …`) before the CLI imports its
 * commands: a new Node process, ready when the first step is instead of after it asked.
 * `--server` runs elsewhere and starts none; a launcher the run does not take exits with the CLI.
 */
export function startStepLauncher(argv: ReadonlyArray<string>): void {
  const words = argv.filter((argument) => argument !== '--debug');
  if (!ENGINE_COMMANDS.has(words[0] ?? '')) return;
  if (words.some((argument) => argument === '--server' || argument.startsWith('--server=') || argument === '--help' || argument === '-h')) return;
  // Imported here, not at the top: only these commands need it, and it is the package's small entry.
  import('@couler/backend-local/launcher')
    .then(({ prestartLauncher }) => prestartLauncher())
    .catch(() => undefined); // The engine starts its own, and says why if it cannot.
}
