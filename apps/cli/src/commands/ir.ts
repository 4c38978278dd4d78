import { serializeWorkflow } from '@couler/ir';
import { loadWorkflow } from '../load-workflow';
import { writeOutput } from '../write-output';
import type { CliCommand } from './cli-command';

/** `couler ir FILE`: the canonical IR of a workflow, YAML by default. */
export const irCommand: CliCommand = {
  name: 'ir',
  register(program, context) {
    return program
      .command('ir')
      .description('print the canonical IR of a workflow (YAML, or JSON with --json)')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .option('--json', 'print JSON instead of YAML')
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .action(async (file: string, options: { json?: boolean; output?: string }) => {
        const { workflow } = await loadWorkflow(file, { cwd: context.cwd });
        await writeOutput(context, serializeWorkflow(workflow, { format: options.json ? 'json' : 'yaml' }), options.output);
      });
  },
};
