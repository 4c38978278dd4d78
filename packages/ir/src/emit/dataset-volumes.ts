import { CoulerError } from '../errors';
import { DEFAULT_DATASET_STORAGE, type Dataset } from '../schema/dataset';
import type { InputArtifact } from '../schema/artifact';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { DATASET_CACHE_MOUNT, DATASET_DATA_DIR, datasetSyncCommand, datasetSyncScript } from './dataset-sync-script';
import { NameAllocator } from './name-allocator';

/** A PersistentVolumeClaim holding one dataset's synced copy, applied beside the workflow. */
export interface DatasetClaim {
  readonly apiVersion: 'v1';
  readonly kind: 'PersistentVolumeClaim';
  readonly metadata: { name: string; namespace?: string; labels: Record<string, string>; annotations?: Record<string, string> };
  readonly spec: { accessModes: ['ReadWriteMany']; resources: { requests: { storage: string } }; storageClassName?: string };
}

/** A workflow whose datasets became plain volumes and steps, and the claims to apply beside it. */
export interface LoweredDatasets {
  readonly workflow: Workflow;
  readonly claims: DatasetClaim[];
  /** The datasets some step reads, in the claims' order (the ones a `Dataset` resource is written for). */
  readonly datasets: Dataset[];
}

/** The claim of a dataset: one per namespace and dataset name, shared by every run and workflow. */
export function datasetClaimName(dataset: string): string {
  return `couler-dataset-${dataset}`;
}

/** Reader kinds whose own container can mount the claim. */
const READER_KINDS = new Set<Step['kind']>(['container', 'script']);

/**
 * Turns `spec.datasets` into what every Kubernetes engine runs: a ReadWriteMany claim per
 * dataset (the copy outlives the run, so later runs skip the download), a sync step per dataset
 * ahead of its readers that copies only when the source's version differs from the marker in
 * the claim, and in each reader a read-only mount of the synced data at the artifact's path.
 * Returns the workflow unchanged, with no claims, when it declares no dataset.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND (naming `backendId`) for a reader or a source the
 *   engine cannot serve this way, with the reason.
 */
export function lowerDatasets(workflow: Workflow, backendId: string): LoweredDatasets {
  const datasets = workflow.spec.datasets ?? [];
  if (datasets.length === 0) return { workflow, claims: [], datasets: [] };
  const refuse = (message: string, options: { path: ReadonlyArray<string | number>; stepName?: string; hint: string }) =>
    new CoulerError('UNSUPPORTED_BY_BACKEND', `The ${backendId} backend cannot express ${message} ("dataset")${options.stepName ? `, used by "${options.stepName}"` : ''}.`, {
      path: options.path,
      ...(options.stepName !== undefined && { stepIds: [options.stepName] }),
      hint: options.hint,
    });

  // Readers only among the main steps: the sync step runs ahead of them in the same DAG.
  const elsewhere = [
    ...(workflow.spec.onExit ?? []).map((step) => ({ step, path: ['onExit', step.name], where: 'an exit-handler step, which runs after the main steps and may run when the sync failed' })),
    ...(workflow.spec.subWorkflows ?? []).flatMap((definition) =>
      definition.steps.map((step) => ({ step, path: ['subWorkflows', definition.name, 'steps', step.name], where: `a step of sub-workflow "${definition.name}", whose body cannot wait for a step of the caller` })),
    ),
  ];
  for (const { step, path, where } of elsewhere) {
    const artifact = step.inputs?.artifacts?.find((input) => input.dataset !== undefined);
    if (artifact) throw refuse(`a dataset read by ${where}`, { path: [...path, 'inputs', 'artifacts', artifact.name, 'dataset'], stepName: step.name, hint: 'Read the dataset in a main step and pass the files on as an output artifact.' });
  }

  const stepNames = new NameAllocator(63, [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name));
  const volumeNames = new NameAllocator(63, (workflow.spec.volumes ?? []).map((volume) => volume.name));
  const byName = new Map<string, { dataset: Dataset; syncStep: string; volume: string; read: boolean }>();
  for (const dataset of datasets) {
    byName.set(dataset.name, { dataset, syncStep: stepNames.claim(`sync-${dataset.name}`), volume: volumeNames.claim(datasetClaimName(dataset.name)), read: false });
  }

  const steps = workflow.spec.steps.map((step) => {
    const reads = (step.inputs?.artifacts ?? []).filter((input) => input.dataset !== undefined);
    if (reads.length === 0) return step;
    const path = ['steps', step.name];
    if (!READER_KINDS.has(step.kind)) {
      throw refuse(`a dataset read by a ${step.kind} step, which has no container of its own to mount the dataset's volume in`, {
        path: [...path, 'inputs', 'artifacts', reads[0]!.name, 'dataset'],
        stepName: step.name,
        hint: 'Read the dataset in a container or script step.',
      });
    }
    const mounts = reads.map((input) => {
      const entry = byName.get(input.dataset!)!;
      entry.read = true;
      return { name: entry.volume, mountPath: input.path, subPath: readerSubPath(input, [...path, 'inputs', 'artifacts', input.name], step.name, refuse), readOnly: true };
    });
    const syncSteps = [...new Set(reads.map((input) => byName.get(input.dataset!)!.syncStep))];
    const others = (step.inputs?.artifacts ?? []).filter((input) => input.dataset === undefined);
    const { inputs, ...rest } = step;
    const nextInputs = { ...(inputs?.parameters && { parameters: inputs.parameters }), ...(others.length > 0 && { artifacts: others }) };
    return {
      ...rest,
      ...(Object.keys(nextInputs).length > 0 && { inputs: nextInputs }),
      volumeMounts: [...(step.volumeMounts ?? []), ...mounts],
      ...(step.depends !== undefined
        ? { depends: `(${step.depends}) && ${syncSteps.join(' && ')}` }
        : { dependencies: [...new Set([...(step.dependencies ?? []), ...syncSteps])] }),
    } as Step;
  });

  const used = [...byName.values()].filter((entry) => entry.read);
  const syncSteps: Step[] = used.map(({ dataset, syncStep, volume }) => {
    const command = datasetSyncCommand(dataset);
    if (command === undefined && dataset.source.type === 'azure') {
      throw refuse(`dataset "${dataset.name}" from azure has no endpoint, and the sync step cannot name the storage account without one`, {
        path: ['datasets', dataset.name, 'source', 'endpoint'],
        hint: 'Give the source its blob service URL, such as endpoint: "https://myaccount.blob.core.windows.net".',
      });
    }
    if (command === undefined) {
      throw refuse(`dataset "${dataset.name}" from ${dataset.source.type}: no sync image here reads it (HDFS speaks a Hadoop RPC that needs a Hadoop client)`, {
        path: ['datasets', dataset.name, 'source'],
        hint: 'Serve the data over s3, gcs or http (WebHDFS is http), or read it as a plain input artifact.',
      });
    }
    return {
      name: syncStep,
      kind: 'script',
      description: `Syncs dataset "${dataset.name}" into its volume when the source changed.`,
      script: { image: command.image, command: ['sh'], source: datasetSyncScript(command.functions) },
      env: command.env,
      volumeMounts: [{ name: volume, mountPath: DATASET_CACHE_MOUNT }],
    } as Step;
  });

  const namespace = workflow.metadata.namespace;
  const claims: DatasetClaim[] = used.map(({ dataset }) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name: datasetClaimName(dataset.name),
      ...(namespace !== undefined && { namespace }),
      labels: { 'app.kubernetes.io/managed-by': 'couler', 'couler.dev/dataset': dataset.name },
      ...(dataset.owner !== undefined && { annotations: { 'couler.dev/owner': dataset.owner } }),
    },
    spec: {
      accessModes: ['ReadWriteMany'],
      resources: { requests: { storage: dataset.storage ?? DEFAULT_DATASET_STORAGE } },
      ...(dataset.storageClassName !== undefined && { storageClassName: dataset.storageClassName }),
    },
  }));

  const { datasets: _datasets, ...spec } = workflow.spec;
  return {
    workflow: {
      ...workflow,
      spec: {
        ...spec,
        steps: [...syncSteps, ...steps],
        volumes: [...(spec.volumes ?? []), ...used.map(({ dataset, volume }) => ({ name: volume, persistentVolumeClaim: { claimName: datasetClaimName(dataset.name) } }))],
      },
    },
    claims,
    datasets: used.map(({ dataset }) => dataset),
  };
}

/**
 * The claim's sub-path a reader mounts: the synced data, or a path inside it. Kubernetes refuses
 * an absolute sub-path or one that climbs out with `..`; refused here with the reason.
 */
function readerSubPath(input: InputArtifact, path: ReadonlyArray<string | number>, stepName: string, refuse: (message: string, options: { path: ReadonlyArray<string | number>; stepName?: string; hint: string }) => CoulerError): string {
  for (const field of ['mode', 'recurseMode', 'optional'] as const) {
    if (input[field] === undefined || input[field] === false) continue;
    throw refuse(`${field} on an input artifact that reads a dataset: the step sees the shared copy through a read-only mount, ${field === 'optional' ? 'which the sync step makes sure exists' : 'whose permission bits it cannot change'}`, {
      path: [...path, field],
      stepName,
      hint: `Remove ${field}, or copy the files in the step and change them there.`,
    });
  }
  if (input.subPath === undefined) return DATASET_DATA_DIR;
  const parts = input.subPath.split('/').filter((part) => part !== '' && part !== '.');
  if (input.subPath.startsWith('/') || parts.includes('..') || parts.length === 0) {
    throw refuse(`the sub-path "${input.subPath}" of a dataset: Kubernetes mounts a path inside the volume only, relative and without ".."`, {
      path: [...path, 'subPath'],
      stepName,
      hint: 'Give a relative path inside the dataset, e.g. "train/part-0.csv".',
    });
  }
  return [DATASET_DATA_DIR, ...parts].join('/');
}
