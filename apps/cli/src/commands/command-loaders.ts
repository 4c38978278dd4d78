import type { CliCommand } from './cli-command';

/**
 * Every built-in command by name, each imported when wanted: `couler validate` need not load
 * the HTTP server, the SQL compiler, the local engine's SQLite and every backend (most of the
 * CLI's start-up). In the order `--help` lists them; the same commands as `commands`.
 */
export const COMMAND_LOADERS: ReadonlyArray<readonly [name: string, load: () => Promise<CliCommand>]> = [
  ['ir', async () => (await import('./ir')).irCommand],
  ['validate', async () => (await import('./validate')).validateCommand],
  ['schema', async () => (await import('./schema')).schemaCommand],
  ['compile', async () => (await import('./compile')).compileCommand],
  ['split', async () => (await import('./split')).splitCommand],
  ['tune', async () => (await import('./tune')).tuneCommand],
  ['generate', async () => (await import('./generate')).generateCommand],
  ['sql', async () => (await import('./sql')).sqlCommand],
  ['run', async () => (await import('./run')).runCommand],
  ['submit', async () => (await import('./submit')).submitCommand],
  ['watch', async () => (await import('./watch')).watchCommand],
  ['runs', async () => (await import('./runs')).runsCommand],
  ['status', async () => (await import('./status')).statusCommand],
  ['logs', async () => (await import('./logs')).logsCommand],
  ['resume', async () => (await import('./resume')).resumeCommand],
  ['retry', async () => (await import('./retry')).retryCommand],
  ['cancel', async () => (await import('./cancel')).cancelCommand],
  ['cache', async () => (await import('./cache')).cacheCommand],
  ['clean', async () => (await import('./clean')).cleanCommand],
  ['server', async () => (await import('./server')).serverCommand],
];

/**
 * The commands `argv` needs: the one it names (the first word that is not a global flag), or
 * none for a bare `--version`, all of them for `--help`, `help <command>`, no command or a word that is no command (so that
 * commander can list them and suggest the nearest).
 */
export async function loadCommands(argv: ReadonlyArray<string>): Promise<CliCommand[]> {
  const word = argv.find((argument) => !argument.startsWith('-'));
  const named = COMMAND_LOADERS.find(([name]) => name === word);
  if (named && word === argv.filter((argument) => argument !== '--debug')[0]) return [await named[1]()];
  // `couler --version` prints the version and needs no command: loading all of them took most
  // of its time.
  if (word === undefined && argv.some(isVersionFlag) && !argv.some(isHelpFlag)) return [];
  return Promise.all(COMMAND_LOADERS.map(([, load]) => load()));
}

const isVersionFlag = (argument: string) => argument === '--version' || argument === '-V';
const isHelpFlag = (argument: string) => argument === '--help' || argument === '-h';
