import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { AIRFLOW_VERSIONS } from '@couler/backend-airflow/versions';
import { ARGO_KINDS, ARGO_VERSIONS, type ArgoCompileOptions, DEFAULT_ARGO_VERSION, resolveArgoCompileOptions, workflowFromTemplate } from '@couler/backend-argo';
import { assertValid, CoulerError, type BackendV1CompileResult, type PassV1, type Workflow } from '@couler/ir';
import { formatSplitReport, splitWorkflow } from '@couler/optimizer-split';
import { compileSplitToArgo } from '@couler/optimizer-split/argo';
import { Option } from 'commander';
import { BACKEND_IDS, resolveBackendSpec } from '../backends';
import { loadConfig, loadPasses } from '../project/load-project';
import { formatError, listProblems } from '../format-error';
import { loadWorkflow } from '../load-workflow';
import type { CliCommand } from './cli-command';
import { collectParam } from './local/local-options';

interface CompileOptions {
  backend?: string;
  output?: string;
  kind?: string;
  style?: 'dag' | 'steps';
  validate?: boolean;
  cel?: boolean;
  airflowVersion?: (typeof AIRFLOW_VERSIONS)[number];
  argoVersion?: string;
  setting?: Record<string, unknown>;
  split?: boolean;
  fromTemplate?: string;
  param?: Record<string, string>;
}

/** Collects repeated `--setting key=value`; a value that reads as JSON (`2`, `true`, `[…]`) is that. */
function collectSetting(text: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const equals = text.indexOf('=');
  if (equals <= 0) throw new CoulerError('INVALID_FIELD', `--setting takes key=value; got "${text}".`, { hint: 'Example: --setting airflowVersion=2 --setting generateName=false' });
  const raw = text.slice(equals + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Plain text.
  }
  return { ...previous, [text.slice(0, equals)]: value };
}

/** Runs a project pass; a pass must hand the next stage a valid workflow, so a broken one is named. */
async function runPass(pass: PassV1, workflow: Workflow): Promise<Workflow> {
  const { workflow: next } = await pass.run(workflow, {});
  try {
    assertValid(next);
  } catch (error) {
    if (!CoulerError.isInstance(error)) throw error;
    const problems = listProblems(error);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new CoulerError('INVALID_FIELD', `Pass "${pass.passId}" (from couler.config) returned a workflow that does not validate: ${problems[0]!.message}${more}`, {
      path: ['config', 'passes', pass.passId],
      errors: problems,
      hint: 'Fix the pass, or take it out of couler.config to compile without it.',
    });
  }
  return next;
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
      .description('compile a workflow for an engine (Argo Workflows or Tekton YAML, an Airflow DAG file) and print or write the files')
      .argument('[file]', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR); none with --from-template')
      .option('-b, --backend <id>', `the engine to compile for: ${BACKEND_IDS.join(', ')}, an id from couler.config, a path to a backend module or an installed package (default: couler.config's defaultBackend, else argo)`)
      .option('-o, --output <dir>', 'write the files into this directory (created if missing) instead of printing them')
      .addOption(new Option('--kind <kind>', 'Argo object to write (default: Workflow, CronWorkflow when scheduled)').choices([...ARGO_KINDS]))
      .addOption(new Option('--style <style>', 'Argo template style').choices(['dag', 'steps']))
      .option('--validate', "check the files against the engine's schema and lint rules before writing them")
      .addOption(new Option('--argo-version <x.y>', `Argo: write for this Argo release (default ${DEFAULT_ARGO_VERSION}); before 3.6 a CronWorkflow gets one \`schedule\``).choices([...ARGO_VERSIONS]))
      .addOption(new Option('--airflow-version <version>', 'Airflow: write the DAG for Airflow 3.x (default), 2.x (2 means 2.7+), or a later Airflow 2 minor, whose features (display names from 2.9) it then uses').choices([...AIRFLOW_VERSIONS]))
      .option('--cel', 'Tekton: write conditions `in`/`notin` cannot express as CEL `when` expressions (needs enable-cel-in-whenexpression)')
      .option('--setting <key=value>', 'a backend setting (repeatable), e.g. --setting generateName=false', collectSetting)
      .option('--split', 'Argo: split a workflow over the size budget into parts run by a parent Workflow (see couler split); prints the report')
      .option('--from-template <name>', 'Argo: instead of a file, write a Workflow that runs the WorkflowTemplate of this name by reference (workflowTemplateRef), with --param values')
      .option('-p, --param <name=value>', 'with --from-template: a value of the template\'s parameters (repeatable)', collectParam)
      .action(async (file: string | undefined, options: CompileOptions) => {
        const project = await loadConfig(context.cwd);
        const { backend, backendId, settings: projectSettings } = await resolveBackendSpec(options.backend ?? project.config.defaultBackend ?? 'argo', project, context.cwd);
        const passes = await loadPasses(project);
        const settings = {
          ...projectSettings,
          ...options.setting,
          ...(options.kind !== undefined && { kind: options.kind }),
          ...(options.style !== undefined && { templateStyle: options.style }),
          ...(options.cel && { cel: true }),
          ...(options.airflowVersion !== undefined && { airflowVersion: options.airflowVersion }),
          ...(options.argoVersion !== undefined && { argoVersion: options.argoVersion }),
          ...(options.validate && { validate: true }),
        };
        let result: BackendV1CompileResult;
        try {
          checkCompileSource(file, options, backendId);
          if (file === undefined) {
            // Argo checks the parameters against the template when the Workflow is created.
            result = workflowFromTemplate(options.fromTemplate!, { ...(options.param && { parameters: options.param }) });
            return writeResult(result, options, context);
          }
          let { workflow } = await loadWorkflow(file, { cwd: context.cwd });
          for (const pass of passes) workflow = await runPass(pass, workflow);
          if (options.split) {
            if (backendId !== 'argo') throw new CoulerError('INVALID_FIELD', `--split writes Argo files; it cannot be used with --backend ${backendId}.`, { path: ['backend'] });
            if (options.kind !== undefined || options.style !== undefined) {
              throw new CoulerError('INVALID_FIELD', '--split writes each part as a WorkflowTemplate of DAG templates; leave out --kind and --style.', { path: ['split'] });
            }
            // Valid already: loadWorkflow checked it, and runPass checks what each pass returns.
            // The Argo settings (--argo-version, --setting, couler.config's) apply to every part, and
            // the parts are checked against Argo's schema and lint rules with --validate, as without --split.
            const { validate, ...compileOptions } = settings;
            resolveArgoCompileOptions(settings, ['settings']);
            const split = splitWorkflow(workflow, { validate: false });
            context.stderr.write(`${formatSplitReport(split.report)}\n`);
            result = compileSplitToArgo(split, { compileOptions: compileOptions as ArgoCompileOptions, validate: validate === true });
          } else {
            result = await backend.doCompile(workflow, { settings });
          }
        } catch (error) {
          if (!CoulerError.isInstance(error)) throw error;
          const problems = listProblems(error).flatMap((problem) => (problem.code === 'UNSUPPORTED_BY_BACKEND' && problem.errors?.length ? [...problem.errors] : [problem]));
          for (const problem of problems) context.stderr.write(`${formatError(problem, { cwd: context.cwd, debug: context.debug() })}\n`);
          context.stderr.write(`✗ ${file ?? `--from-template ${options.fromTemplate}`}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`);
          context.exitCode = 1;
          return;
        }
        await writeResult(result, options, context);
      });
  },
};

/** A workflow file, or (Argo only) --from-template; not both, not neither; --param only with --from-template. */
function checkCompileSource(file: string | undefined, options: CompileOptions, backendId: string): void {
  if (options.fromTemplate === undefined) {
    if (file === undefined) throw new CoulerError('INVALID_FIELD', 'couler compile needs a workflow file, or --from-template NAME to write a Workflow that runs a WorkflowTemplate.', { path: ['file'] });
    if (options.param !== undefined) throw new CoulerError('INVALID_FIELD', '--param gives values to --from-template; a workflow file sets its parameters\' defaults itself.', { path: ['param'] });
    return;
  }
  if (file !== undefined) throw new CoulerError('INVALID_FIELD', `couler compile takes a workflow file or --from-template, not both (got "${file}" and --from-template ${options.fromTemplate}).`, { path: ['fromTemplate'] });
  if (backendId !== 'argo') {
    throw new CoulerError('INVALID_FIELD', `--from-template writes an Argo Workflow; it cannot be used with --backend ${backendId}.`, { path: ['fromTemplate'], hint: 'Compile the workflow file for this engine instead, or use --backend argo.' });
  }
  if (options.kind !== undefined || options.style !== undefined || options.split) {
    throw new CoulerError('INVALID_FIELD', '--from-template always writes a Workflow holding no templates of its own; drop --kind, --style and --split.', { path: ['fromTemplate'] });
  }
}

/** Prints the files, or writes them into `--output`. */
async function writeResult(result: BackendV1CompileResult, options: CompileOptions, context: Parameters<CliCommand['register']>[1]): Promise<void> {
  for (const warning of result.warnings) {
    const where = warning.path && warning.path.length > 0 ? ` at ${warning.path.join('.')}` : '';
    context.stderr.write(`warning${where}: ${warning.message}\n`);
  }
  if (options.output === undefined) {
    context.stdout.write(result.files.map((output) => output.contents).join('---\n'));
    return;
  }
  const directory = resolve(context.cwd, options.output);
  const targets = result.files.map((output) => join(directory, output.path));
  // Each folder made once (a split workflow writes its parts side by side), each file in one write.
  for (const folder of new Set(targets.map((target) => dirname(target)))) await mkdir(folder, { recursive: true });
  for (const [index, target] of targets.entries()) {
    await writeFile(target, result.files[index]!.contents);
    context.stdout.write(`✓ wrote ${relative(context.cwd, target) || target}${options.validate ? ' (validated)' : ''}\n`);
  }
}
