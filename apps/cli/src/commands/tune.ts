import { createLlmClient, findLlmConfig, formatUsage } from '@couler/llm';
import { serializeWorkflow } from '@couler/ir';
import { formatTuneReport, loadDataCard, loadModelCard, tunePass } from '@couler/tuner-llm';
import { Option } from 'commander';
import { resolve } from 'node:path';
import { loadWorkflow } from '../load-workflow';
import { writeOutput } from '../write-output';
import type { CliCommand } from './cli-command';
import { addHomeOption, collectParam, parsePositiveInteger } from './local/local-options';
import { reportLlmEvent } from './report-llm-event';

interface TuneCommandOptions {
  dataCard?: string;
  modelCard?: string;
  candidates?: number;
  verify?: number;
  budget?: number;
  seed?: number;
  step?: string[];
  strategy?: 'random-search' | 'successive-halving';
  baseUrl?: string;
  model?: string;
  llmConfig?: string;
  llm: boolean;
  param?: Record<string, string>;
  parallelism?: number;
  home?: string;
  output?: string;
  printIr?: boolean;
  json?: boolean;
}

/**
 * `couler tune FILE`: picks hyperparameters for the steps marked `tune` (paper §IV.C). With an
 * LLM endpoint configured, by predicted training logs (Algorithm 4), `--verify K` training the
 * K best for real; without one, by training candidates on the local engine, and it says so.
 */
export const tuneCommand: CliCommand = {
  name: 'tune',
  register(program, context) {
    const command = program
      .command('tune')
      .description('pick hyperparameters for the steps marked tune: with an LLM from Data and Model Cards (predicted training logs), else by training candidates on the local engine')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .option('--data-card <file>', 'Data Card (JSON or YAML: name, inputType, labels, metrics, size); needed with an LLM')
      .option('--model-card <file>', 'Model Card (JSON or YAML: name, structure, description, architecture); step-zoo jobs have a default')
      .option('--candidates <n>', 'hyperparameter settings to sample from each search space (default 8)', parsePositiveInteger('--candidates'))
      .option('--verify <k>', 'with an LLM: train the K best predicted for real and keep the measured best', parsePositiveInteger('--verify'))
      .option('--budget <n>', 'without an LLM: real trainings per step (default: --candidates)', parsePositiveInteger('--budget'))
      .option('--seed <n>', 'seeds the sampling (default 42)', parsePositiveInteger('--seed'))
      .option('--step <name>', 'tune only this step (repeatable)', (name: string, previous: string[] = []) => [...previous, name])
      .addOption(new Option('--strategy <name>', 'without an LLM (default: successive-halving when the step has a fidelity, else random-search)').choices(['random-search', 'successive-halving']))
      .option('--base-url <url>', 'OpenAI-compatible API root (default $COULER_LLM_BASE_URL)')
      .option('--model <name>', 'model name (default $COULER_LLM_MODEL)')
      .option('--llm-config <file>', 'LLM settings file, JSON or YAML (default $COULER_LLM_CONFIG)')
      .option('--no-llm', 'train candidates on the local engine even when an LLM is configured')
      .option('-p, --param <name=value>', 'workflow parameter for real trainings (repeatable)', collectParam)
      .option('--parallelism <n>', 'trainings at once on the local engine', parsePositiveInteger('--parallelism'))
      .option('-o, --output <file>', 'write the tuned workflow IR here (.json for JSON, else YAML)')
      .option('--print-ir', 'print the tuned workflow IR (YAML) after the report')
      .option('--json', 'print the report as JSON');
    return addHomeOption(command).action(async (file: string, options: TuneCommandOptions) => {
      const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
      const config = options.llm
        ? findLlmConfig({ options: { baseUrl: options.baseUrl, model: options.model }, ...(options.llmConfig !== undefined && { configFile: options.llmConfig }), cwd: context.cwd })
        : undefined;
      const progress = (line: string) => context.stderr.write(`… ${line}\n`);
      if (options.llm && !config) {
        progress('no LLM endpoint is configured (COULER_LLM_BASE_URL and COULER_LLM_MODEL, or --base-url and --model): tuning by training candidates on the local engine');
      }
      const llm = config && createLlmClient(config, { onEvent: (event) => reportLlmEvent(event, progress) });
      const { workflow: tuned, report } = await tunePass.run(workflow, {
        ...(llm && { llm }),
        ...(options.dataCard !== undefined && { dataCard: loadDataCard(resolve(context.cwd, options.dataCard)) }),
        ...(options.modelCard !== undefined && { modelCard: loadModelCard(resolve(context.cwd, options.modelCard)) }),
        ...(options.candidates !== undefined && { candidates: options.candidates }),
        ...(options.verify !== undefined && { verify: options.verify }),
        ...(options.budget !== undefined && { budget: options.budget }),
        ...(options.seed !== undefined && { seed: options.seed }),
        ...(options.step && { steps: options.step }),
        ...(options.strategy && { strategy: options.strategy }),
        trials: { ...(options.home !== undefined && { home: resolve(context.cwd, options.home) }), ...(options.param && { parameters: options.param }), ...(options.parallelism !== undefined && { parallelism: options.parallelism }) },
        onProgress: progress,
      });
      context.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTuneReport(report)}\n`);
      if (options.printIr) context.stdout.write(`---\n${serializeWorkflow(tuned, { format: 'yaml' })}`);
      if (options.output !== undefined) {
        await writeOutput(context, serializeWorkflow(tuned, { format: options.output.endsWith('.json') ? 'json' : 'yaml' }), options.output);
        context.stderr.write(`✓ wrote the tuned workflow to ${options.output}\n`);
      }
      if (llm) context.stderr.write(`LLM usage: ${formatUsage(llm.usage)}\n`);
    });
  },
};
