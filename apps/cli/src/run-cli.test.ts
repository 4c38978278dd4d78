import { describe, expect, it } from 'vitest';
import { scratchWith } from '../test/run-couler';
import type { CliCommand } from './commands/index';
import { commands } from './commands/index';
import { runCoulerInProcess } from '../test/run-couler-in-process';

/** Runs the program in-process, collecting what it prints. */
const run = (argv: string[], options: { cwd?: string; commands?: ReadonlyArray<CliCommand> } = {}) =>
  runCoulerInProcess(argv, { cwd: options.cwd ?? scratchWith(), ...(options.commands && { commands: options.commands }) });

describe('runCli in-process', () => {
  it('writes to the streams it is given and returns the exit code', async () => {
    const directory = scratchWith('valid.yaml', 'invalid.yaml');
    expect(await run(['validate', 'valid.yaml'], { cwd: directory })).toEqual({ code: 0, stdout: '✓ from-yaml: 2 steps, valid\n', stderr: '' });
    const invalid = await run(['validate', 'invalid.yaml'], { cwd: directory });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('✗ invalid.yaml: 3 problems');
  });

  it('maps usage errors to 2 and --help to 0', async () => {
    expect((await run(['ir'])).code).toBe(2);
    expect((await run(['--nope'])).code).toBe(2);
    const help = await run(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: couler validate [options] <file>');
  });

  it('takes more commands from the registry, with --help, --version and error handling', async () => {
    const hello: CliCommand = {
      name: 'hello',
      register: (program, context) =>
        program
          .command('hello')
          .argument('<who>')
          .action((who: string) => {
            if (who === 'nobody') throw new Error('nobody is there');
            context.stdout.write(`hello ${who}\n`);
          }),
    };
    const all = [...commands, hello];
    expect(await run(['hello', 'world'], { commands: all })).toEqual({ code: 0, stdout: 'hello world\n', stderr: '' });
    expect((await run(['--help'], { commands: all })).stdout).toMatch(/^ {2}hello \[options\] <who>/m);
    expect((await run(['hello', '--version'], { commands: all })).code).toBe(0);
    expect(await run(['hello', 'nobody'], { commands: all })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: nobody is there\n  run with --debug for the stack trace\n',
    });
  });
});
