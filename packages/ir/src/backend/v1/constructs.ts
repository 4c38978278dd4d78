import { hasMembership, stepStatusesOfCondition } from '../../schema/condition';
import { literalSequence } from '../../graph/map-sequence-items';
import { refsOfStep } from '../../graph/step-references';
import type { Group } from '../../schema/group';
import type { Step } from '../../schema/step';
import type { Workflow } from '../../schema/workflow';

/**
 * The constructs of the IR a backend may or may not express. A backend declares the ones it
 * supports; `assertSupported` checks a workflow against that list before compiling.
 */
export const CONSTRUCTS = {
  'step.container': 'container steps (runContainer)',
  'step.script': 'script steps (runScript)',
  'step.job': 'distributed training jobs (step zoo)',
  'step.resource': 'Kubernetes resource steps (runJob)',
  'step.suspend': 'suspend steps',
  when: 'conditions (when)',
  'map.items': 'map over a literal list',
  'map.from': "map over another step's output or a parameter",
  'workflow.volume-claim-gc': 'deleting volume claims when the workflow ends (volumeClaimGC)',
  'workflow.run-metadata': 'labels and annotations of each run, some from parameters (workflowMetadata)',
  'workflow.pod-disruption-budget': "a PodDisruptionBudget over the workflow's pods",
  'workflow.host-network': "pods in the node's network namespace (hostNetwork)",
  'step.total-timeout': "a step's time limit counted from when it is scheduled, Pending included (totalTimeout)",
  'step.pending-timeout': 'a limit on the time a step waits to be scheduled and started (pendingTimeout)',
  'step.display-name': 'a display name of a step in the engine\'s UI (displayName)',
  metrics: 'Prometheus metrics of steps and of the workflow (metrics)',
  'workflow.suspend': 'runs that start held until resumed (startSuspended)',
  synchronization: 'mutexes and semaphores held by a run or a step across runs (synchronization)',
  'hook.exit': 'a step run when another step ends, whatever its result (onExit per step)',
  'hook.status': "a step run when another step's or the workflow's status is one of a list (lifecycle hooks)",
  'workflow.fail-fast': 'whether a failed step stops the scheduling of every other step (failFast)',
  'map.sequence': 'map over a sequence of numbers (withSequence)',
  'map.sequence.from': "map over a sequence of numbers whose count, start or end is another step's output or a parameter",
  concurrent: 'concurrency groups (concurrent)',
  while: 'loops (execWhile)',
  dependencies: 'explicit dependencies (setDependencies)',
  'depends-expression': 'dependency expressions (depends)',
  'exit-handler': 'exit handlers (setExitHandler)',
  retry: 'retry policies',
  'retry.backoff': 'retry backoff',
  timeout: 'step timeouts',
  resources: 'cpu/memory requests and limits',
  'resources.gpu': 'GPU requests',
  'env.secret': 'environment variables from secrets',
  'env.config-map': 'environment variables from ConfigMaps',
  'env-from': 'envFrom (all keys of a secret or ConfigMap)',
  'volume-mounts': 'volume mounts',
  'node-selector': 'node selectors',
  tolerations: 'tolerations',
  cache: 'cache hints (memoization)',
  daemon: 'daemon steps',
  'continue-on': 'continueOn (dependants run after a failure)',
  'input-parameters': 'input parameters',
  'output-parameters': 'output parameters',
  'global-outputs': 'global outputs',
  'input-artifacts': 'input artifacts',
  'output-artifacts': 'output artifacts',
  'artifact.s3': 'S3 artifacts',
  'artifact.oss': 'OSS artifacts',
  'artifact.gcs': 'GCS artifacts',
  'artifact.azure': 'Azure Blob artifacts',
  'artifact.artifactory': 'Artifactory artifacts',
  'artifact.hdfs': 'HDFS artifacts',
  'artifact.git': 'Git artifacts',
  'artifact.http': 'HTTP artifacts',
  'artifact.raw': 'inline (raw) artifacts',
  'workflow.parameters': 'workflow parameters',
  'workflow.parallelism': 'workflow parallelism',
  'workflow.timeout': 'workflow timeout',
  'workflow.cron': 'cron schedules',
  'workflow.ttl': 'TTL after completion',
  'workflow.pod-gc': 'pod garbage collection',
  'workflow.volumes': 'workflow volumes and volume claim templates',
  'workflow.service-account': 'service accounts',
  'workflow.image-pull-secrets': 'image pull secrets',
  'workflow.priority': 'workflow priority',
  'step.templateRef': 'steps defined in another WorkflowTemplate (templateRef)',
  'workflow.outputs': 'workflow outputs',
  'image.reference': 'images chosen when the step runs (a reference in image)',
  'retry.backoff.cap': 'a cap on each retry wait (backoff.cap)',
  'step.http': 'HTTP request steps (runHttp)',
  'step.containerSet': 'several containers sharing one pod (runContainerSet)',
  'condition.membership': 'conditions on membership in a list (inList/notInList)',
  'condition.step-status': "a main step's status read by an exit handler (stepStatus)",
  'exit-handler.main-outputs': "exit-handler steps reading main steps' outputs",
  'step.subWorkflow': 'sub-workflows (a definition in spec.subWorkflows, called by subWorkflow steps)',
  dataset: 'datasets synced once and read by many steps (spec.datasets, input artifacts with dataset)',
  'artifact.gc': 'deleting stored artifacts when the run ends or is deleted (artifactGC)',
  'artifact.compression-level': 'a gzip level for tar-archived artifacts (compressionLevel)',
  'artifact.mode': 'permission bits of input artifacts (mode, recurseMode)',
  'artifact.sub-path': 'reading one path inside an input artifact (subPath)',
  'archive-logs': 'keeping container logs as artifacts (archiveLogs)',
  'workflow.artifact-repository-ref': 'an artifact repository named by a ConfigMap key (artifactRepositoryRef)',
  'workflow.output-artifacts': 'files the workflow returns, the artifact of whichever of several steps succeeded (workflowOutput with firstOf over artifacts)',
  'step.plugin': 'steps run by an Argo executor plugin (runPlugin)',
  'workflow.executor-plugins': 'executor plugins declared by the workflow (executorPlugins)',
  'step.data': "steps that list an artifact location's files and transform the list (listArtifactFiles)",
  'artifact.plugin': 'artifacts kept by an Argo artifact driver plugin (createPluginArtifact)',
} as const;

export type Construct = keyof typeof CONSTRUCTS;

/**
 * Constructs added to the IR after the first release of v1, or bound to one engine. A backend
 * supports one only by naming it: `ALL_CONSTRUCTS` leaves them out, so a backend that declares
 * "everything except …" does not claim, and then silently drop, what it has never heard of.
 */
export const OPT_IN_CONSTRUCTS: ReadonlyArray<Construct> = [
  'step.templateRef',
  'workflow.outputs',
  'image.reference',
  'retry.backoff.cap',
  'step.http',
  'step.containerSet',
  'condition.membership',
  'condition.step-status',
  'exit-handler.main-outputs',
  'step.subWorkflow',
  'map.sequence',
  'map.sequence.from',
  'workflow.volume-claim-gc',
  'workflow.run-metadata',
  'workflow.pod-disruption-budget',
  'workflow.host-network',
  'step.total-timeout',
  'step.pending-timeout',
  'step.display-name',
  'metrics',
  'workflow.suspend',
  'synchronization',
  'dataset',
  'artifact.gc',
  'artifact.compression-level',
  'artifact.mode',
  'artifact.sub-path',
  'archive-logs',
  'workflow.artifact-repository-ref',
  'workflow.output-artifacts',
  'hook.exit',
  'hook.status',
  'workflow.fail-fast',
  'step.plugin',
  'workflow.executor-plugins',
  'step.data',
  'artifact.plugin',
];

/** The constructs of the first release of v1: every construct except `OPT_IN_CONSTRUCTS`. */
export const ALL_CONSTRUCTS = (Object.keys(CONSTRUCTS) as Construct[]).filter((construct) => !OPT_IN_CONSTRUCTS.includes(construct));

/** One use of a construct: which, where, and by which step (if a step). */
export interface ConstructUse {
  readonly construct: Construct;
  readonly path: ReadonlyArray<string | number>;
  readonly stepName?: string;
}

function stepConstructs(step: Step, path: ReadonlyArray<string | number>, out: ConstructUse[], mainStepNames?: ReadonlySet<string>): void {
  const use = (construct: Construct, ...rest: Array<string | number>) => out.push({ construct, path: [...path, ...rest], stepName: step.name });
  use(`step.${step.kind}`, step.kind);
  if (step.kind === 'data') use(`artifact.${step.data.source.artifactPaths.type}`, 'data', 'source', 'artifactPaths');
  if (step.when) use('when', 'when');
  if (hasMembership(step.when)) use('condition.membership', 'when');
  if (stepStatusesOfCondition(step.when).length > 0) use('condition.step-status', 'when');
  if (mainStepNames) {
    const read = refsOfStep(step).find(({ ref }) => ref.ref === 'step' && mainStepNames.has(ref.step));
    if (read) use('exit-handler.main-outputs', ...read.path);
  }
  if (step.map?.items) use('map.items', 'map');
  if (step.map?.from) use('map.from', 'map');
  if (step.map?.sequence) use(literalSequence(step.map.sequence) ? 'map.sequence' : 'map.sequence.from', 'map', 'sequence');
  if (step.dependencies?.length) use('dependencies', 'dependencies');
  if (step.depends !== undefined) use('depends-expression', 'depends');
  if (step.retry) use('retry', 'retry');
  if (step.retry?.backoff) use('retry.backoff', 'retry', 'backoff');
  if (step.retry?.backoff?.capSeconds !== undefined) use('retry.backoff.cap', 'retry', 'backoff', 'capSeconds');
  const body = step.kind === 'container' ? step.container : step.kind === 'script' ? step.script : undefined;
  if (body && typeof body.image !== 'string') use('image.reference', step.kind, 'image');
  if (step.timeoutSeconds !== undefined) use('timeout', 'timeoutSeconds');
  if (step.totalTimeoutSeconds !== undefined) use('step.total-timeout', 'totalTimeoutSeconds');
  if (step.pendingTimeoutSeconds !== undefined) use('step.pending-timeout', 'pendingTimeoutSeconds');
  if (step.displayName !== undefined) use('step.display-name', 'displayName');
  if (step.metrics?.length) use('metrics', 'metrics');
  if (step.resources) use('resources', 'resources');
  const gpu = step.resources?.requests?.gpu ?? step.resources?.limits?.gpu;
  if (gpu !== undefined && gpu > 0) use('resources.gpu', 'resources');
  step.env?.forEach((variable) => {
    if (variable.secretKeyRef) use('env.secret', 'env', variable.name);
    if (variable.configMapKeyRef) use('env.config-map', 'env', variable.name);
  });
  if (step.envFrom?.length) use('env-from', 'envFrom');
  if (step.volumeMounts?.length) use('volume-mounts', 'volumeMounts');
  if (step.nodeSelector) use('node-selector', 'nodeSelector');
  if (step.tolerations?.length) use('tolerations', 'tolerations');
  if (step.cache && step.cache.enabled !== false) use('cache', 'cache');
  if (step.daemon) use('daemon', 'daemon');
  if (step.continueOn) use('continue-on', 'continueOn');
  if (step.synchronization) use('synchronization', 'synchronization');
  if (step.hook) use(step.hook.on === 'exit' ? 'hook.exit' : 'hook.status', 'hook');
  if (step.inputs?.parameters?.length) use('input-parameters', 'inputs', 'parameters');
  if (step.outputs?.parameters?.length) use('output-parameters', 'outputs', 'parameters');
  for (const artifact of step.inputs?.artifacts ?? []) {
    use('input-artifacts', 'inputs', 'artifacts', artifact.name);
    if (artifact.location) use(`artifact.${artifact.location.type}`, 'inputs', 'artifacts', artifact.name);
    if (artifact.raw !== undefined) use('artifact.raw', 'inputs', 'artifacts', artifact.name);
    if (artifact.dataset !== undefined) use('dataset', 'inputs', 'artifacts', artifact.name, 'dataset');
    if (artifact.mode !== undefined || artifact.recurseMode) use('artifact.mode', 'inputs', 'artifacts', artifact.name);
    if (artifact.subPath !== undefined) use('artifact.sub-path', 'inputs', 'artifacts', artifact.name, 'subPath');
  }
  for (const artifact of step.outputs?.artifacts ?? []) {
    use('output-artifacts', 'outputs', 'artifacts', artifact.name);
    if (artifact.location) use(`artifact.${artifact.location.type}`, 'outputs', 'artifacts', artifact.name);
    if (artifact.artifactGC !== undefined) use('artifact.gc', 'outputs', 'artifacts', artifact.name, 'artifactGC');
    if (artifact.compressionLevel !== undefined) use('artifact.compression-level', 'outputs', 'artifacts', artifact.name, 'compressionLevel');
  }
  if (step.archiveLogs !== undefined) use('archive-logs', 'archiveLogs');
  const globals = [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])].filter((output) => output.global);
  if (globals.length > 0) use('global-outputs', 'outputs');
}

function groupConstructs(groups: ReadonlyArray<Group> | undefined, path: ReadonlyArray<string | number>, out: ConstructUse[]): void {
  for (const group of groups ?? []) {
    const at = [...path, 'groups', group.name];
    out.push({ construct: group.kind === 'while' ? 'while' : 'concurrent', path: at, stepName: group.name });
    if (group.kind === 'while' && hasMembership(group.condition)) out.push({ construct: 'condition.membership', path: [...at, 'condition'], stepName: group.name });
  }
}

/** Every construct a workflow uses, in document order; steps of sub-workflow definitions included. */
export function detectConstructs(workflow: Workflow): ConstructUse[] {
  const out: ConstructUse[] = [];
  const { spec } = workflow;
  for (const step of spec.steps) stepConstructs(step, ['steps', step.name], out);
  if (spec.onExit?.length) {
    out.push({ construct: 'exit-handler', path: ['onExit'] });
    const mainStepNames = new Set(spec.steps.map((step) => step.name));
    for (const step of spec.onExit) stepConstructs(step, ['onExit', step.name], out, mainStepNames);
  }
  groupConstructs(spec.groups, [], out);
  for (const definition of spec.subWorkflows ?? []) {
    const at = ['subWorkflows', definition.name];
    for (const step of definition.steps) stepConstructs(step, [...at, 'steps', step.name], out);
    groupConstructs(definition.groups, at, out);
  }
  const top = (construct: Construct, present: unknown, key: string) => {
    if (present !== undefined && present !== false && !(Array.isArray(present) && present.length === 0)) out.push({ construct, path: [key] });
  };
  top('dataset', spec.datasets, 'datasets');
  top('workflow.parameters', spec.parameters, 'parameters');
  top('workflow.parallelism', spec.parallelism, 'parallelism');
  top('workflow.timeout', spec.timeoutSeconds, 'timeoutSeconds');
  top('workflow.cron', spec.cron, 'cron');
  top('workflow.ttl', spec.ttl, 'ttl');
  top('workflow.pod-gc', spec.podGC, 'podGC');
  top('workflow.volumes', [...(spec.volumes ?? []), ...(spec.volumeClaimTemplates ?? [])], 'volumes');
  top('workflow.service-account', spec.serviceAccount, 'serviceAccount');
  top('workflow.image-pull-secrets', spec.imagePullSecrets, 'imagePullSecrets');
  top('workflow.priority', spec.priority, 'priority');
  top('workflow.volume-claim-gc', spec.volumeClaimGC, 'volumeClaimGC');
  top('workflow.run-metadata', spec.runMetadata, 'runMetadata');
  top('workflow.pod-disruption-budget', spec.podDisruptionBudget, 'podDisruptionBudget');
  top('workflow.host-network', spec.hostNetwork, 'hostNetwork');
  top('workflow.suspend', spec.suspend, 'suspend');
  top('metrics', spec.metrics?.length ? spec.metrics : undefined, 'metrics');
  top('synchronization', spec.synchronization, 'synchronization');
  top('artifact.gc', spec.artifactGC, 'artifactGC');
  top('archive-logs', spec.archiveLogs, 'archiveLogs');
  top('workflow.artifact-repository-ref', spec.artifactRepositoryRef, 'artifactRepositoryRef');
  top('workflow.executor-plugins', spec.executorPlugins, 'executorPlugins');
  // false counts too: it is the value that changes Argo's default.
  if (spec.failFast !== undefined) out.push({ construct: 'workflow.fail-fast', path: ['failFast'] });
  top('node-selector', spec.nodeSelector, 'nodeSelector');
  top('tolerations', spec.tolerations, 'tolerations');
  top('retry', spec.retry, 'retry');
  top('retry.backoff.cap', spec.retry?.backoff?.capSeconds, 'retry');
  const defaults = (construct: Construct, present: unknown, field: string) => {
    if (present !== undefined) out.push({ construct, path: ['stepDefaults', field] });
  };
  defaults('retry', spec.stepDefaults?.retry, 'retry');
  defaults('retry.backoff', spec.stepDefaults?.retry?.backoff, 'retry');
  defaults('retry.backoff.cap', spec.stepDefaults?.retry?.backoff?.capSeconds, 'retry');
  defaults('timeout', spec.stepDefaults?.timeoutSeconds, 'timeoutSeconds');
  defaults('step.total-timeout', spec.stepDefaults?.totalTimeoutSeconds, 'totalTimeoutSeconds');
  defaults('step.pending-timeout', spec.stepDefaults?.pendingTimeoutSeconds, 'pendingTimeoutSeconds');
  top('workflow.outputs', spec.outputs?.parameters, 'outputs');
  top('workflow.output-artifacts', spec.outputs?.artifacts, 'outputs');
  top('cache', spec.cache?.enabled === false ? undefined : spec.cache, 'cache');
  return out;
}
