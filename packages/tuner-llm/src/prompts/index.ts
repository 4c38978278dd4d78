export { PREDICT_TRAINING_LOG_V1, type PredictTrainingLogVariables } from './predict-training-log-v1';
export { templateName, type PromptTemplate } from './prompt-template';
