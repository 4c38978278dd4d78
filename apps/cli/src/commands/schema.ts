import { createWorkflowJsonSchema } from '@couler/ir';
import { writeOutput } from '../write-output';
import type { CliCommand } from './cli-command';

/**
 * `couler schema`: the IR's JSON Schema, generated from the same source @couler/ir validates
 * with (the function, not the file, so it cannot be a stale build), byte-identical to the
 * `@couler/ir/schema/workflow.schema.json` it ships.
 */
export const schemaCommand: CliCommand = {
  name: 'schema',
  register(program, context) {
    return program
      .command('schema')
      .description('print the JSON Schema of the workflow IR')
      .option('-o, --output <file>', 'write to this file instead of stdout')
      .action(async (options: { output?: string }) => {
        await writeOutput(context, `${JSON.stringify(createWorkflowJsonSchema(), null, 2)}\n`, options.output);
      });
  },
};
