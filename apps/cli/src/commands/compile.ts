import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { argo, ARGO_KINDS } from '@couler/backend-argo';
import { CoulerError, resolveBackend, type BackendV1, type BackendV1CompileResult } from '@couler/ir';
import { Option } from 'commander';
import { formatError, listProblems } from '../format-error';
import { loadWorkflow } from '../load-workflow';
import type { CliCommand } from './cli-command';

/** Backends `couler compile` can write files for, by `--backend` id. */
const BACKENDS: Readonly<Record<string, BackendV1>> = { argo };

interface CompileOptions {
  backend: string;
  output?: string;
  kind?: string;
  style?: 'dag' | 'steps';
  validate?: boolean;
}

/**
 * `couler compile FILE --backend argo`: the engine files of a workflow, printed or written to
 * `-o DIR`. Problems (an invalid workflow, a construct the engine cannot express, with
 * `--validate` anything Argo would reject) are listed like `couler validate` lists them, exit 1.
 */
export const compileCommand: CliCommand = {
  name: 'compile',
  register(program, context) {
    return program
      .command('compile')
      .description('compile a workflow for an engine (Argo Workflows YAML) and print or write the files')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .addOption(new Option('-b, --backend <id>', 'the engine to compile for').choices(Object.keys(BACKENDS)).default('argo'))
      .option('-o, --output <dir>', 'write the files into this directory (created if missing) instead of printing them')
      .addOption(new Option('--kind <kind>', 'Argo object to write (default: Workflow, CronWorkflow when scheduled)').choices([...ARGO_KINDS]))
      .addOption(new Option('--style <style>', 'Argo template style').choices(['dag', 'steps']))
      .option('--validate', "check the files against the engine's schema and lint rules before writing them")
      .action(async (file: string, options: CompileOptions) => {
        const backend = resolveBackend(BACKENDS[options.backend]);
        const settings = {
          ...(options.kind !== undefined && { kind: options.kind }),
          ...(options.style !== undefined && { templateStyle: options.style }),
          ...(options.validate && { validate: true }),
        };
        let result: BackendV1CompileResult;
        try {
          const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
          result = await backend.doCompile(workflow, { settings });
        } catch (error) {
          if (!CoulerError.isInstance(error)) throw error;
          const problems = listProblems(error).flatMap((problem) => (problem.code === 'UNSUPPORTED_BY_BACKEND' && problem.errors?.length ? [...problem.errors] : [problem]));
          for (const problem of problems) context.stderr.write(`${formatError(problem, { cwd: context.cwd, debug: context.debug() })}\n`);
          context.stderr.write(`✗ ${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`);
          context.exitCode = 1;
          return;
        }
        for (const warning of result.warnings) {
          const where = warning.path && warning.path.length > 0 ? ` at ${warning.path.join('.')}` : '';
          context.stderr.write(`warning${where}: ${warning.message}\n`);
        }
        if (options.output === undefined) {
          context.stdout.write(result.files.map((output) => output.contents).join('---\n'));
          return;
        }
        const directory = resolve(context.cwd, options.output);
        for (const output of result.files) {
          const target = join(directory, output.path);
          await mkdir(resolve(target, '..'), { recursive: true });
          await writeFile(target, output.contents);
          context.stdout.write(`✓ wrote ${relative(context.cwd, target) || target}${options.validate ? ' (validated)' : ''}\n`);
        }
      });
  },
};
