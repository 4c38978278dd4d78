import { CoulerError, type SearchDimension, type TuneGoal } from '@couler/ir';
import { completeObject, type LlmClient, type TokenUsage } from '@couler/llm';
import type { DataCard } from '../cards/data-card';
import type { ModelCard } from '../cards/model-card';
import { PREDICT_TRAINING_LOG_V1, templateName, type PredictTrainingLogVariables, type PromptTemplate } from '../prompts/index';
import type { Candidate } from '../space/candidate';
import { rankOrder } from './rank';
import { TrainingLogSchema, type TrainingLog } from './training-log';

export interface PredictTrainingLogsInput {
  readonly client: LlmClient;
  readonly dataCard: DataCard;
  readonly modelCard: ModelCard;
  /** The hyperparameter set H. */
  readonly candidates: ReadonlyArray<Candidate>;
  readonly space: Readonly<Record<string, SearchDimension>>;
  readonly metric: string;
  readonly goal: TuneGoal;
  /** Default `predict-training-log@1`. */
  readonly template?: PromptTemplate<PredictTrainingLogVariables>;
  /** Called as each prediction arrives (index into `candidates`). */
  readonly onPrediction?: (index: number, prediction: Prediction) => void;
}

/** t_i for h_i, or why the model gave none. */
export type Prediction = { readonly log: TrainingLog; readonly usage: TokenUsage; readonly attempts: number } | { readonly error: string };

export interface PredictedSet {
  readonly predictions: ReadonlyArray<Prediction>;
  /** Indexes into `candidates`, best predicted final metric first; candidates without a prediction last. */
  readonly ranking: ReadonlyArray<number>;
  /** h_t: the index of the best predicted candidate. */
  readonly best: number;
  readonly template: string;
}

/**
 * Algorithm 4 of the Couler paper (§IV.C): for each h_i in H, the LLM predicts a training log
 * t_i from the Data Card, the Model Card and h_i (requests run side by side, within the
 * client's concurrency); h_t is the h_i whose t_i has the best final metric. A candidate whose
 * answer never matches the log's schema is left out, not guessed.
 * @throws CoulerError `LLM_INVALID_ANSWER` when no candidate got a usable prediction; any
 *   other LLM error (no endpoint, refused key …) at once.
 */
export async function predictTrainingLogs(input: PredictTrainingLogsInput): Promise<PredictedSet> {
  const template = input.template ?? PREDICT_TRAINING_LOG_V1;
  const predictions = await Promise.all(
    input.candidates.map(async (candidate, index): Promise<Prediction> => {
      let prediction: Prediction;
      try {
        const messages = template.render({ dataCard: input.dataCard, modelCard: input.modelCard, candidate, space: input.space, metric: input.metric, goal: input.goal });
        const answer = await completeObject(input.client, { messages, schema: TrainingLogSchema, schemaName: 'training_log' });
        prediction = { log: answer.object, usage: answer.usage, attempts: answer.attempts };
      } catch (error) {
        if (!CoulerError.isInstance(error) || error.code !== 'LLM_INVALID_ANSWER') throw error;
        prediction = { error: error.message };
      }
      input.onPrediction?.(index, prediction);
      return prediction;
    }),
  );
  const finals = predictions.map((prediction) => ('log' in prediction ? prediction.log.finalMetric : undefined));
  if (finals.every((value) => value === undefined)) {
    const first = predictions[0] as { error: string } | undefined;
    throw new CoulerError('LLM_INVALID_ANSWER', `The LLM predicted no usable training log for any of the ${input.candidates.length} candidates${first ? `; the first: ${first.error}` : ''}`, {
      hint: 'Try a larger model, or tune without an LLM (unset COULER_LLM_BASE_URL) to train candidates for real.',
    });
  }
  const ranking = rankOrder(finals, input.goal);
  return { predictions, ranking, best: ranking[0]!, template: templateName(template as PromptTemplate<never>) };
}
