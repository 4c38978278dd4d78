import { checkWorkflow, type Workflow } from '@couler/ir';
import { buildWorkflowIr } from './build-workflow-ir';
import type { CodeProblem } from './code-problem';
import { InMemoryTypeChecker, type DeclaredName } from './type-check-code';

export interface WorkflowCodeCheck {
  /** True when every hard check passed: the code compiles, builds an IR, and the IR validates. */
  readonly ok: boolean;
  readonly problems: ReadonlyArray<CodeProblem>;
  /** The IR, once the code built one that validates. */
  readonly workflow?: Workflow;
  readonly declared: ReadonlyArray<DeclaredName>;
}

/**
 * The hard checks of generated code, cheapest first, stopping at the first that fails: the
 * TypeScript type-check against `@couler/dsl` (in memory), building the IR by running the build
 * function, then the IR's own validation after a JSON round trip (what a backend will read).
 */
export class WorkflowCodeChecker {
  private constructor(private readonly typeChecker: InMemoryTypeChecker) {}

  static async create(): Promise<WorkflowCodeChecker> {
    return new WorkflowCodeChecker(await InMemoryTypeChecker.create());
  }

  async check(source: string): Promise<WorkflowCodeCheck> {
    const { problems, declared } = this.typeChecker.check(source);
    if (problems.length > 0) return { ok: false, problems, declared };
    const { default: ts } = await import('typescript');
    const built = buildWorkflowIr(ts, source);
    if (!built.workflow) return { ok: false, problems: built.problems, declared };
    const checked = checkWorkflow(JSON.parse(JSON.stringify(built.workflow)));
    if (checked.errors.length > 0) {
      return { ok: false, problems: checked.errors.map((error) => ({ stage: 'validate', message: `${error.code}: ${error.message}${error.pathString ? ` at ${error.pathString}` : ''}` })), declared };
    }
    return { ok: true, problems: [], workflow: built.workflow, declared };
  }
}
