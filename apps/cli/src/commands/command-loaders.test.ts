import { describe, expect, it } from 'vitest';
import { COMMAND_LOADERS, loadCommands } from './command-loaders';
import { commands } from './index';
import { packageInfo } from '../package-info';
import { runCli } from '../run-cli';

const names = (list: ReadonlyArray<{ name: string }>) => list.map((command) => command.name);

describe('loadCommands', () => {
  it('imports no command for a bare --version, which still prints the version', async () => {
    for (const argv of [['--version'], ['-V'], ['--debug', '--version']]) expect(await loadCommands(argv), argv.join(' ')).toEqual([]);
    let printed = '';
    const stdout = {
      write: (text: string) => {
        printed += text;
      },
    };
    expect(await runCli(['--version'], { stdout, stderr: stdout })).toBe(0);
    expect(printed).toBe(`${packageInfo().version}\n`);
  });

  it('has a loader for every built-in command, in the order --help lists them', () => {
    expect(COMMAND_LOADERS.map(([name]) => name)).toEqual(names(commands));
  });

  it('imports only the command argv names, after global flags too', async () => {
    expect(names(await loadCommands(['validate', 'wf.ts']))).toEqual(['validate']);
    expect(names(await loadCommands(['--debug', 'compile', 'wf.ts', '--split']))).toEqual(['compile']);
    expect(names(await loadCommands(['split', '--help']))).toEqual(['split']);
  });

  it('imports every command for --help, help <command>, no command or a word that is no command', async () => {
    for (const argv of [['--help'], ['help', 'compile'], [], ['valdate', 'wf.ts'], ['--version', '--help']]) {
      expect(names(await loadCommands(argv)), argv.join(' ')).toEqual(names(commands));
    }
  });
});
