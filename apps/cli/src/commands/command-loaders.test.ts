import { describe, expect, it } from 'vitest';
import { COMMAND_LOADERS, loadCommands } from './command-loaders';
import { commands } from './index';

const names = (list: ReadonlyArray<{ name: string }>) => list.map((command) => command.name);

describe('loadCommands', () => {
  it('has a loader for every built-in command, in the order --help lists them', () => {
    expect(COMMAND_LOADERS.map(([name]) => name)).toEqual(names(commands));
  });

  it('imports only the command argv names, after global flags too', async () => {
    expect(names(await loadCommands(['validate', 'wf.ts']))).toEqual(['validate']);
    expect(names(await loadCommands(['--debug', 'compile', 'wf.ts', '--split']))).toEqual(['compile']);
    expect(names(await loadCommands(['split', '--help']))).toEqual(['split']);
  });

  it('imports every command for --help, help <command>, no command or a word that is no command', async () => {
    for (const argv of [['--help'], ['help', 'compile'], [], ['valdate', 'wf.ts'], ['--version']]) {
      expect(names(await loadCommands(argv)), argv.join(' ')).toEqual(names(commands));
    }
  });
});
