import { CoulerError, type Workflow } from '@couler/ir';
import { formatError, listProblems } from '../format-error';
import { loadWorkflow } from '../load-workflow';
import { typeCheckWorkflow } from '../type-check-workflow';
import type { CliCommand } from './cli-command';

function countSteps(workflow: Workflow): number {
  return workflow.spec.steps.length + (workflow.spec.onExit?.length ?? 0);
}

/**
 * `couler validate FILE`: every problem of a workflow, or a one-line all-clear. Exit 1 on any
 * problem, including a file that does not load.
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  register(program, context) {
    return program
      .command('validate')
      .description('check a workflow and list every problem (exit 1 if there is any)')
      .argument('<file>', 'workflow file: .ts/.mts/.cts/.js/.mjs/.cjs (DSL) or .json/.yaml/.yml (IR)')
      .option('--json', 'print { valid, errors } as JSON on stdout')
      .option('--types', 'also type-check the file against @couler/dsl with the TypeScript compiler (strict), reporting TS errors with positions')
      .action(async (file: string, options: { json?: boolean; types?: boolean }) => {
        let workflow: Workflow | undefined;
        const problems = options.types ? await typeCheckWorkflow(file, context.cwd) : [];
        try {
          ({ workflow } = await loadWorkflow(file, { cwd: context.cwd }));
        } catch (error) {
          if (!CoulerError.isInstance(error)) throw error;
          problems.push(...listProblems(error));
        }
        if (problems.length > 0 || workflow === undefined) {
          context.exitCode = 1;
          if (options.json) {
            context.stdout.write(`${JSON.stringify({ valid: false, errors: problems.map((problem) => problem.toJSON()) }, null, 2)}\n`);
            return;
          }
          for (const problem of problems) {
            context.stderr.write(`${formatError(problem, { cwd: context.cwd, debug: context.debug() })}\n`);
          }
          context.stderr.write(`✗ ${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`);
          return;
        }
        if (options.json) {
          context.stdout.write(`${JSON.stringify({ valid: true, errors: [] }, null, 2)}\n`);
          return;
        }
        const steps = countSteps(workflow);
        context.stdout.write(`✓ ${workflow.metadata.name}: ${steps} ${steps === 1 ? 'step' : 'steps'}, valid${options.types ? ', types checked' : ''}\n`);
      });
  },
};
