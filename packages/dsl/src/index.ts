/**
 * @couler/dsl — write Couler workflows in TypeScript (Tables I and II of the Couler paper).
 *
 *   export default workflow('coinflip', () => {
 *     const flip = runScript({ image: 'python:3.12-alpine', source: '…', stepName: 'flip' });
 *     when(equal(flip, 'heads'), () => runContainer({ image: 'alpine', command: ['echo', 'heads'] }));
 *   });
 */
export { workflow } from './workflow';
export { isBuiltWorkflow } from './built-workflow';
export { runContainer, type ContainerOptions, type ImageInput } from './run-container';
export { runScript, type ScriptOptions } from './run-script';
export { runJob, suspend, type JobOptions, type SuspendOptions } from './run-job';
export { runTemplateRef, type TemplateRefOptions } from './run-template-ref';
export { subWorkflow, type SubWorkflowArguments, type SubWorkflowOptions, type SubWorkflowArtifactInput, type SubWorkflowCall, type SubWorkflowCallOptions, type SubWorkflowFunction, type SubWorkflowInput, type SubWorkflowInputHandles, type SubWorkflowOutputs, type SubWorkflowValueInput } from './sub-workflow';
export type { ArtifactArgument } from './sub-workflow-artifacts';
export { runHttp, type HttpOptions } from './run-http';
export { runPlugin, type PluginConfigInput, type PluginOptions } from './run-plugin';
export { listArtifactFiles, type ListArtifactFilesOptions } from './list-artifact-files';
export { runContainerSet, type ContainerSetOptions, type ContainerSetContainerOptions } from './run-container-set';
export { workflowOutput, firstOf, type FirstOf, type WorkflowOutputOptions } from './workflow-outputs';
export {
  when,
  map,
  concurrent,
  execWhile,
  dag,
  setDependencies,
  setExitHandler,
  WFStatus,
  DEFAULT_MAX_ITERATIONS,
  type MapOptions,
  type ConcurrentOptions,
  type ExecWhileOptions,
  type WorkflowStatus,
} from './control-flow';
export { addHook, setStepExitHandler, type HookTrigger } from './hooks';
export { sequence, type SequenceOptions, type SequenceSource, type SequenceBoundInput } from './sequence';
export { equal, notEqual, bigger, smaller, biggerEqual, smallerEqual, inList, notInList, stepStatus, and, or, not, type PartialCondition } from './conditions';
export {
  createParameterArtifact,
  type ParameterArtifactOptions,
  createLocalArtifact,
  type LocalArtifactOptions,
  createS3Artifact,
  createOssArtifact,
  createGcsArtifact,
  createAzureArtifact,
  createArtifactoryArtifact,
  createPluginArtifact,
  createHdfsArtifact,
  createGitArtifact,
  createHttpArtifact,
  createRawArtifact,
  type ArtifactSpec,
  type S3ArtifactOptions,
  type OssArtifactOptions,
  type GcsArtifactOptions,
  type AzureArtifactOptions,
  type ArtifactoryArtifactOptions,
  type PluginArtifactOptions,
  type HdfsArtifactOptions,
  type GitArtifactOptions,
  type HttpArtifactOptions,
  type RawArtifactOptions,
  type ArtifactTypeInput,
  type TypedArtifactOptions,
  type ReadArtifactOptions,
  type StoredArtifactOptions,
} from './artifacts';
export { loadComponent, type ComponentArgument, type ComponentStepOptions, type KfpComponent, type ComponentInput, type ComponentOutput, type ComponentSpec } from './kfp/index';
export { createSecret, obtainSecret, type SecretHandle, type SecretOptions } from './secrets';
export { dataset, isDatasetHandle, s3Source, ossSource, gcsSource, azureSource, artifactorySource, hdfsSource, httpSource, type DatasetHandle, type DatasetOptions, type DatasetSource } from './datasets';
export {
  configWorkflow,
  parameter,
  addVolume,
  createWorkflowVolume,
  addToleration,
  addImagePullSecret,
  type WorkflowConfig,
  type StepDefaultsInput,
  type ParameterOptions,
} from './config-workflow';
export { StepHandle, OutputHandle, ArtifactMount, InputArtifactHandle, InputArtifactMount, ParameterHandle, ItemHandle, type OutputKind, workflowStatus, workflowName, workflowUid } from './handles';
export { concat, type ValueInput } from './values';
export { steps, type RoleOptions, type TrainingJobOptions, type TensorFlowTrainOptions, type PyTorchTrainOptions, type MpiRunOptions, type XGBoostTrainOptions } from './step-zoo';
export type { TuneInput, SearchDimensionInput } from './tune-options';
export type { ContainerRuntimeOptions, PodOptions, StepVolumeOptions, WorkflowPodOptions } from './pod-options';
export type { CommonStepOptions, EnvInput, ResourcesInput, RetryInput, CacheInput, Duration, InputSpec, OutputSpec } from './step-options';
export type { MetricInput } from './metric-options';
