import type { ArtifactLocation } from '../schema/artifact';
import type { SecretKeyRef } from '../schema/common';
import { DEFAULT_DATASET_STORAGE, type Dataset } from '../schema/dataset';
import { DATASET_DATA_DIR, DATASET_VERSION_FILE } from './dataset-sync-script';
import { datasetClaimName } from './dataset-volumes';

/**
 * The `Dataset` custom resource's group and version. The tech report's Code 7 uses Ant Group's
 * own `io.kubemaker.alipay.com/v1alpha1`, a group only their caching service serves; Couler
 * writes the same shape under its own group (the one its labels and annotations use), at
 * `v1alpha1` because no controller of ours serves it yet.
 */
export const DATASET_RESOURCE_API_VERSION = 'couler.dev/v1alpha1';

/** Code 7's `{ secretKeyRef: { name, key } }`: credentials by reference, never their values. */
export interface DatasetResourceSecret {
  readonly secretKeyRef: SecretKeyRef;
}

/**
 * A `Dataset` in the tech report's shape (§II.C, Code 7): who owns the data and where it lives,
 * the source under a key named after its kind (Code 7's `odps:`; here `s3:`, `oss:`, `gcs:`,
 * `http:` …) with its credentials as secret references; plus `cache`, the claim the sync step
 * fills, so that a caching service can fill it ahead of the runs in the same layout (the data at
 * `dataPath`, the source's version in `versionFile`) and the sync step then copies nothing.
 */
export interface DatasetResource {
  readonly apiVersion: typeof DATASET_RESOURCE_API_VERSION;
  readonly kind: 'Dataset';
  readonly metadata: { name: string; namespace?: string; labels: Record<string, string> };
  readonly spec: {
    owner?: string;
    description?: string;
    cache: { claimName: string; storage: string; storageClassName?: string; dataPath: string; versionFile: string };
  } & { [sourceType in ArtifactLocation['type']]?: Record<string, unknown> };
}

const SECRET_FIELDS = new Set(['accessKey', 'secretKey', 'serviceAccountKey', 'username', 'password', 'sshPrivateKey']);

/** The `Dataset` resource of one dataset, in the workflow's namespace (the claim's). */
export function datasetResource(dataset: Dataset, namespace: string | undefined): DatasetResource {
  const { type, ...location } = dataset.source;
  const source = Object.fromEntries(
    Object.entries(location).map(([field, value]) => [field, SECRET_FIELDS.has(field) ? ({ secretKeyRef: { ...(value as SecretKeyRef) } } satisfies DatasetResourceSecret) : value]),
  );
  return {
    apiVersion: DATASET_RESOURCE_API_VERSION,
    kind: 'Dataset',
    metadata: { name: dataset.name, ...(namespace !== undefined && { namespace }), labels: { 'app.kubernetes.io/managed-by': 'couler' } },
    spec: {
      ...(dataset.owner !== undefined && { owner: dataset.owner }),
      ...(dataset.description !== undefined && { description: dataset.description }),
      [type]: source,
      cache: {
        claimName: datasetClaimName(dataset.name),
        storage: dataset.storage ?? DEFAULT_DATASET_STORAGE,
        ...(dataset.storageClassName !== undefined && { storageClassName: dataset.storageClassName }),
        dataPath: DATASET_DATA_DIR,
        versionFile: DATASET_VERSION_FILE,
      },
    },
  };
}
