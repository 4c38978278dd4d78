import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseWorkflow, type CoulerFormattedError } from '@couler/ir';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

const packageJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };

describe.concurrent('couler ir', () => {
  it('prints the canonical YAML IR of a .ts file outside the workspace that exports plain IR', async () => {
    const directory = scratchWith('plain-ir.ts');
    const { code, stdout, stderr } = await runCouler(['ir', 'plain-ir.ts'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = parseYaml(stdout) as { metadata: { name: string }; spec: { steps: Array<{ name: string }> } };
    expect(printed.metadata.name).toBe('plain-ir');
    // Canonical order: "prepare" runs first, so it is listed first though written second.
    expect(printed.spec.steps.map((step) => step.name)).toEqual(['prepare', 'train']);
  });

  it('--json prints JSON that parseWorkflow reads back to the same workflow', async () => {
    const directory = scratchWith('valid.yaml');
    const yaml = await runCouler(['ir', 'valid.yaml'], directory);
    const json = await runCouler(['ir', 'valid.yaml', '--json'], directory);
    expect(json.code).toBe(0);
    const workflow = parseWorkflow(json.stdout);
    expect(workflow.metadata.name).toBe('from-yaml');
    expect(workflow).toEqual(parseWorkflow(yaml.stdout));
    // Printing the printed IR again changes nothing: the output is canonical.
    writeFileSync(join(directory, 'printed.json'), json.stdout);
    const again = await runCouler(['ir', 'printed.json', '--json'], directory);
    expect(again.stdout).toBe(json.stdout);
  });

  it('-o writes the IR to a file (parent directories created) and prints nothing', async () => {
    const directory = scratchWith('valid.yaml');
    const { code, stdout } = await runCouler(['ir', 'valid.yaml', '-o', 'out/wf.json', '--json'], directory);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(parseWorkflow(readFileSync(join(directory, 'out', 'wf.json'), 'utf8')).metadata.name).toBe('from-yaml');
  });

  it('an invalid workflow prints every problem and exits 1', async () => {
    const directory = scratchWith('invalid-ir.ts');
    const { code, stdout, stderr } = await runCouler(['ir', 'invalid-ir.ts'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error[INVALID_WORKFLOW]: Workflow "invalid-ir" has 2 problems.');
    expect(stderr).toContain('error[DUPLICATE_STEP] at steps.train:');
    expect(stderr).toContain('error[UNKNOWN_STEP] at steps.train.dependencies[0]:');
  });
});

describe.concurrent('couler validate', () => {
  it('lists ALL problems of an invalid IR YAML with codes, paths and file:line:col, and exits 1', async () => {
    const directory = scratchWith('invalid.yaml');
    const { code, stdout, stderr } = await runCouler(['validate', 'invalid.yaml'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'error[DUPLICATE_STEP] at steps.train: There can be only one step named "train".',
      '  hint: Give one of them another name (stepName in the DSL).',
      '  --> invalid.yaml:12:7',
      'error[UNKNOWN_STEP] at steps.train.dependencies[0]: Step "train" depends on "prepare", but there is no step of that name.',
      '  --> invalid.yaml:11:22',
      'error[UNKNOWN_OUTPUT] at steps.evaluate.container.args[0]: Step "evaluate" reads output "model" of step "train", which has no such output.',
      '  hint: Outputs of "train": result.',
      '  --> invalid.yaml:21:13',
      '✗ invalid.yaml: 3 problems',
      '',
    ]);
  });

  it('--json prints { valid: false, errors } with every problem in toJSON shape', async () => {
    const directory = scratchWith('invalid.yaml');
    const { code, stdout } = await runCouler(['validate', 'invalid.yaml', '--json'], directory);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as { valid: boolean; errors: CoulerFormattedError[] };
    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => [error.code, error.path])).toEqual([
      ['DUPLICATE_STEP', ['steps', 'train']],
      ['UNKNOWN_STEP', ['steps', 'train', 'dependencies', 0]],
      ['UNKNOWN_OUTPUT', ['steps', 'evaluate', 'container', 'args', 0]],
    ]);
    expect(result.errors[1]?.locations).toEqual([{ file: join(directory, 'invalid.yaml'), line: 11, column: 22 }]);
  });

  it('says a valid workflow is valid, with its step count, and exits 0', async () => {
    const directory = scratchWith('valid.yaml', 'plain-ir.ts');
    const yaml = await runCouler(['validate', 'valid.yaml'], directory);
    expect(yaml).toEqual({ code: 0, stdout: '✓ from-yaml: 2 steps, valid\n', stderr: '' });
    const json = await runCouler(['validate', 'plain-ir.ts', '--json'], directory);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ valid: true, errors: [] });
  });

  it('a missing file is a LOAD_FAILED problem, exit 1', async () => {
    const directory = scratchWith();
    const text = await runCouler(['validate', 'nope.ts'], directory);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('error[LOAD_FAILED]: Workflow file "nope.ts" does not exist.');
    const json = await runCouler(['validate', 'nope.ts', '--json'], directory);
    expect(json.code).toBe(1);
    expect((JSON.parse(json.stdout) as { errors: CoulerFormattedError[] }).errors.map((error) => error.code)).toEqual(['LOAD_FAILED']);
  });
});

describe.concurrent('errors', () => {
  it('a file that throws a plain Error is LOAD_FAILED at its line, without a stack trace', async () => {
    const directory = scratchWith('throws.ts');
    const { code, stdout, stderr } = await runCouler(['ir', 'throws.ts'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        'error[LOAD_FAILED]: Loading "throws.ts" failed: config.json is missing',
        '  hint: The error was raised while the file ran; fix it there.',
        '  --> throws.ts:2:9',
        '  run with --debug for the stack trace',
        '',
      ].join('\n'),
    );
  });

  it('a .ts file that does not parse is LOAD_FAILED at its line, however the command line is ordered', async () => {
    // The bin bundles the file it is given before it loads the commands; what esbuild found wrong
    // must still reach the user as the command's own problem, once, with the file's line.
    const directory = scratchWith();
    writeFileSync(join(directory, 'broken.ts'), "import { workflow } from '@couler/dsl';\nexport default workflow('w', () => {\n  const x = ;\n});\n");
    for (const args of [
      ['compile', 'broken.ts', '--split'],
      ['compile', '--backend', 'argo', 'broken.ts'],
      ['--debug', 'validate', 'broken.ts'],
    ]) {
      const { code, stdout, stderr } = await runCouler(args, directory);
      expect(code, args.join(' ')).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.match(/error\[LOAD_FAILED\]: Loading "broken\.ts" failed: Unexpected ";"/g), args.join(' ')).toHaveLength(1);
      expect(stderr).toContain('--> broken.ts:3:13');
    }
  });

  it('--debug adds the stack traces, down to the user function that threw', async () => {
    const directory = scratchWith('throws.ts');
    const { code, stderr } = await runCouler(['--debug', 'ir', 'throws.ts'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('error[LOAD_FAILED]');
    expect(stderr).toContain('caused by: Error: config.json is missing');
    expect(stderr).toMatch(/at readConfig \(.*throws\.ts:2:9\)/);
    // The flag works after the command too.
    const after = await runCouler(['ir', 'throws.ts', '--debug'], directory);
    expect(after.stderr).toMatch(/at readConfig \(.*throws\.ts:2:9\)/);
  });

  it('a missing file names the file and exits 1', async () => {
    const directory = scratchWith();
    const { code, stderr } = await runCouler(['ir', 'missing.yaml'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain('error[LOAD_FAILED]: Workflow file "missing.yaml" does not exist.');
    expect(stderr).toContain(`  hint: Check the path; relative paths are resolved against ${directory}.`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('an unknown command or option is a usage error: exit 2', async () => {
    const directory = scratchWith();
    const command = await runCouler(['compiel'], directory);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("error: unknown command 'compiel'");
    const option = await runCouler(['ir', 'x.ts', '--yaml'], directory);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("error: unknown option '--yaml'");
    const missing = await runCouler(['validate'], directory);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: missing required argument 'file'");
  });
});

describe.concurrent('couler schema, --version, --help', () => {
  it('schema prints the JSON Schema @couler/ir ships', async () => {
    const directory = scratchWith();
    const { code, stdout } = await runCouler(['schema'], directory);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const shipped = createRequire(import.meta.url).resolve('@couler/ir/schema/workflow.schema.json');
    expect(stdout).toBe(readFileSync(shipped, 'utf8'));
    const written = await runCouler(['schema', '-o', 'schema.json'], directory);
    expect(written.stdout).toBe('');
    expect(readFileSync(join(directory, 'schema.json'), 'utf8')).toBe(stdout);
  });

  it('--version prints the package version, on the program and on every command', async () => {
    const directory = scratchWith();
    for (const args of [['--version'], ['-V'], ['ir', '--version'], ['validate', '--version'], ['schema', '--version']]) {
      expect(await runCouler(args, directory)).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it('--help lists the commands and exit codes; each command has its own --help', async () => {
    const directory = scratchWith();
    const help = await runCouler(['--help'], directory);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: couler \[options\] \[command\]/);
    for (const name of ['ir', 'validate', 'schema']) expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(help.stdout).toContain('Exit codes: 0 ok, 1 the workflow is invalid or the command failed, 2 usage error.');
    const irHelp = await runCouler(['ir', '--help'], directory);
    expect(irHelp.code).toBe(0);
    expect(irHelp.stdout).toContain('Usage: couler ir [options] <file>');
    expect(irHelp.stdout).toContain('-o, --output <file>');
  });

  it('no command prints the help on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await runCouler([], scratchWith());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: couler [options] [command]');
  });
});
