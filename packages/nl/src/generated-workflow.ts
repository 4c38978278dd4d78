import type { Workflow } from '@couler/ir';
import type { TokenUsage } from '@couler/llm';
import type { SubtaskFragment } from './assemble/subtask-fragment';
import type { GeneratedSubtask } from './pipeline/generate-subtask-code';
import type { Decomposition } from './pipeline/subtask';

/** What `generateWorkflow` (and each round of feedback) gives: a file that compiles, and its IR. */
export interface GeneratedWorkflow {
  readonly description: string;
  /** The chain-of-thought plan the code was written from. */
  readonly plan: Decomposition;
  /** The TypeScript file: `export default workflow(…)` using `@couler/dsl`. */
  readonly code: string;
  /** The IR the file builds, validated. */
  readonly workflow: Workflow;
  /** The fragments the file is made of, in order. */
  readonly fragments: ReadonlyArray<SubtaskFragment>;
  /** How each subtask's code was found (the first round; empty after a revision). */
  readonly subtasks: ReadonlyArray<Omit<GeneratedSubtask, 'check' | 'code'>>;
  /** The feedback applied so far, in order. */
  readonly feedback: ReadonlyArray<string>;
  /** Tokens this generation used, summed over every request (revisions add theirs). */
  readonly usage: TokenUsage;
}
