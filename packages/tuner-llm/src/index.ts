/**
 * @couler/tuner-llm — hyperparameters for the steps marked `tune` (Couler paper §IV.C,
 * Algorithm 4): an LLM predicts a training log per candidate from a Data Card and a Model Card,
 * the best predicted wins; `verify` trains the top K for real. Without an LLM, a seeded random
 * search or successive halving trains candidates on the local engine.
 *
 *   const { workflow, report } = await tunePass.run(ir, { llm: createLlmClient(config), dataCard, modelCard, verify: 3 });
 *   console.log(formatTuneReport(report));
 */
export { tunePass } from './tune-pass';
export { tuneWorkflow, type TuneOptions } from './tune-workflow';
export type { TuneReport, StepTuneReport, CandidateReport, TunerKind } from './tune-report';
export { formatTuneReport } from './format-tune-report';
export { DataCardSchema, type DataCard } from './cards/data-card';
export { ModelCardSchema, type ModelCard } from './cards/model-card';
export { loadDataCard, loadModelCard, parseCard } from './cards/load-card';
export { ZOO_MODEL_CARDS, zooModelCardOf } from './cards/zoo-model-cards';
export { checkCandidate, describeDimension, formatCandidate, type Candidate } from './space/candidate';
export { sampleCandidates, gridCandidates, sampleValue } from './space/sample-candidates';
export { predictTrainingLogs, type PredictTrainingLogsInput, type PredictedSet, type Prediction } from './algorithm/predict-training-logs';
export { TrainingLogSchema, type TrainingLog } from './algorithm/training-log';
export { rankOrder, spearmanRho } from './algorithm/rank';
export { PREDICT_TRAINING_LOG_V1, templateName, type PromptTemplate, type PredictTrainingLogVariables } from './prompts/index';
export { buildTrialWorkflow } from './trials/trial-workflow';
export { runTrials, readMetric, type MeasuredTrial, type TrialRunOptions } from './trials/run-trials';
export { randomSearch, type SearchResult } from './search/random-search';
export { successiveHalving, halvingSchedule, type HalvingSchedule } from './search/successive-halving';
export type { EvaluateCandidates } from './search/evaluate-candidates';
