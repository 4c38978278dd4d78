import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_SPLIT_ALGORITHM, formatSplitReport, SPLIT_ALGORITHMS, splitWorkflow, type SplitBudget } from '@couler/optimizer-split';
import { compileSplitToArgo } from '@couler/optimizer-split/argo';
import { Option } from 'commander';
import { loadWorkflow } from '../load-workflow';
import type { CliCommand } from './cli-command';
import { parsePositiveInteger } from './local/local-options';

interface SplitOptions {
  budgetBytes?: number;
  budgetSteps?: number;
  budgetPods?: number;
  algorithm: keyof typeof SPLIT_ALGORITHMS;
  output?: string;
  json?: boolean;
}

/**
 * `couler split FILE`: cuts a workflow too big for one engine object into parts that each fit
 * the budget (paper §IV.B), prints the report, and with `-o DIR` writes the Argo files: one
 * WorkflowTemplate per part and a parent Workflow that runs them in dependency order.
 */
export const splitCommand: CliCommand = {
  name: 'split',
  register(program, context) {
    return program
      .command('split')
      .description('split a big workflow into parts within a budget (YAML bytes, steps, pods); print the report, write Argo files with -o')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .option('--budget-bytes <n>', 'most bytes of Argo YAML per part (default 512 KiB: under etcd\'s 1.5 MiB request limit with room for status)', parsePositiveInteger('--budget-bytes'))
      .option('--budget-steps <n>', 'most steps per part (default 200)', parsePositiveInteger('--budget-steps'))
      .option('--budget-pods <n>', 'most pods per part (default: no limit)', parsePositiveInteger('--budget-pods'))
      .addOption(new Option('--algorithm <name>', 'partitioner').choices(Object.keys(SPLIT_ALGORITHMS)).default(DEFAULT_SPLIT_ALGORITHM))
      .option('-o, --output <dir>', 'write the parent Workflow and one WorkflowTemplate per part into this directory')
      .option('--json', 'print the report as JSON')
      .action(async (file: string, options: SplitOptions) => {
        // loadWorkflow returns a checked workflow (or throws every problem): no second validation.
        const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
        const budget: SplitBudget = {
          ...(options.budgetBytes !== undefined && { bytes: options.budgetBytes }),
          ...(options.budgetSteps !== undefined && { steps: options.budgetSteps }),
          ...(options.budgetPods !== undefined && { pods: options.budgetPods }),
        };
        const split = splitWorkflow(workflow, { budget, algorithm: options.algorithm, validate: false });
        context.stdout.write(options.json ? `${JSON.stringify(split.report, null, 2)}\n` : `${formatSplitReport(split.report)}\n`);
        if (options.output === undefined) return;
        const { files, warnings } = compileSplitToArgo(split);
        for (const warning of warnings) context.stderr.write(`warning: ${warning.message}\n`);
        const directory = resolve(context.cwd, options.output);
        await mkdir(directory, { recursive: true });
        for (const output of files) {
          const target = join(directory, output.path);
          await writeFile(target, output.contents);
          context.stderr.write(`✓ wrote ${relative(context.cwd, target) || target} (validated)\n`);
        }
      });
  },
};
