/**
 * @couler/nl — natural language to Couler workflow code (Couler paper §III, Algorithm 1).
 *
 *   const llm = createLlmClient(resolveLlmConfig());             // COULER_LLM_BASE_URL, COULER_LLM_MODEL …
 *   const generated = await generateWorkflow('train three models on the penguins table and keep the best', { llm });
 *   console.log(generated.code, summarizeWorkflow(generated.workflow));
 *   const revised = await reviseWorkflow(generated, 'also keep the evaluation report as an artifact', { llm });
 */
export { generateWorkflow } from './pipeline/generate-workflow';
export { reviseWorkflow } from './pipeline/revise-workflow';
export { generateSubtaskCode, type GeneratedSubtask, type SubtaskContext } from './pipeline/generate-subtask-code';
export { NL_DEFAULTS, type NlGenerateOptions, type NlProgressEvent } from './pipeline/generation-options';
export { loadGenerationTools, type GenerationTools } from './pipeline/generation-tools';
export { SUBTASK_KINDS, SubtaskSchema, DecompositionSchema, type Subtask, type Decomposition } from './pipeline/subtask';
export type { GeneratedWorkflow } from './generated-workflow';
export { summarizeWorkflow } from './summarize-workflow';
export { WorkflowCodeChecker, type WorkflowCodeCheck } from './check/check-workflow-code';
export { InMemoryTypeChecker, GENERATED_FILE, type DeclaredName, type TypeCheckResult } from './check/type-check-code';
export { formatCodeProblem, type CodeProblem, type CodeCheckStage } from './check/code-problem';
export { CodeLake, tokenizeCode, type CodeLakeHit, type CodeLakeVectors } from './code-lake/code-lake';
export { reciprocalRankFusion, cosineSimilarity, RRF_K } from './code-lake/reciprocal-rank-fusion';
export { ReferenceRetriever } from './pipeline/reference-retriever';
export type { CodeLakeDocument, CodeLakeSource } from './code-lake/code-lake-document';
export { assembleWorkflowCode, type WorkflowCodeParts } from './assemble/assemble-workflow-code';
export { cleanFragment, type SubtaskFragment } from './assemble/subtask-fragment';
export * from './prompts/index';
export { generatePlainly, type PlainGeneration } from './pipeline/generate-plainly';
export { passAtK } from './eval/pass-at-k';
export { NL_TASKS, type NlTask } from './eval/nl-tasks';
export { WORKFLOW_CONSTRUCTS, checkWorkflowProperties, type WorkflowConstruct, type WorkflowProperties, type StepExpectation, type PropertyCheck } from './eval/workflow-properties';
export { runEvaluation, type EvaluationMethod, type EvaluationOptions, type EvaluationReport, type PassAtKRow, type SampleResult } from './eval/run-evaluation';
export { formatEvaluationTable, PAPER_TABLE_II } from './eval/format-evaluation-table';
