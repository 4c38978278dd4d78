/** Test support of @couler/nl: a scripted model behind a real chat-completions server, and the paper's running example. */
export { startScriptedLlm, classifyRequest, fenced, type ModelScript, type PromptKind, type ScriptedLlm } from './scripted-llm';
export { IMAGE_CLASSIFICATION_DESCRIPTION, IMAGE_CLASSIFICATION_PLAN, LOAD_DATA, TRAIN_MODELS, COMPARE_MODELS, SELECT_MODEL } from './image-classification-script';
