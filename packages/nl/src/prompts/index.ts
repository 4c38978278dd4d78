export { COULER_DSL_PRIMER } from './couler-dsl-primer';
export { DECOMPOSE_WORKFLOW_V1, type DecomposeWorkflowVariables } from './decompose-workflow-v1';
export { GENERATE_SUBTASK_CODE_V1, type GenerateSubtaskCodeVariables, type PreviousAttempt } from './generate-subtask-code-v1';
export { SCORE_SUBTASK_CODE_V1, type ScoreSubtaskCodeVariables } from './score-subtask-code-v1';
export { REVISE_WORKFLOW_V1, type ReviseWorkflowVariables } from './revise-workflow-v1';
export { PLAIN_PROMPT_V1, type PlainPromptVariables } from './plain-prompt-v1';
