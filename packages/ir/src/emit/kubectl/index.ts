/**
 * Engine-neutral shell text for backends that run job and resource steps as a pod running
 * `kubectl` (Tekton, Airflow): the Kubeflow manifest, the commands creating it, and the
 * functions waiting for it, as Argo's resource template does.
 */
export { kubernetesResources } from './kubernetes-resources';
export { KUBEFLOW_JOBS, kubeflowJobManifest, kubeflowJobManifestTemplate, type JobManifestTemplate } from './kubeflow-job-manifest';
export {
  createJobCommand,
  JOB_MANIFEST_FILE,
  JSON_STRING_FUNCTION,
  OBJECT_OUTPUTS_DIRECTORY,
  objectQueryCommands,
  objectQueryFile,
  RESOURCE_MANIFEST_FILE,
  resourceCommand,
  WAIT_JOB_FUNCTION,
  writeJobManifestCommand,
  type ObjectQuery,
  type ShellQuote,
} from './kubectl-commands';
export { jsonPathOf, resourceWaitScript, waitConditionsScript } from './wait-conditions-script';
