/**
 * Remote artifact stores for Couler's local engine (`@couler/backend-local`): S3 and
 * S3-compatible servers (MinIO, OSS), GCS, Azure Blob Storage, Artifactory, and HDFS through WebHDFS. `couler run` passes them as the
 * run's `artifactStores`; a program does the same:
 *
 * ```ts
 * import { runWorkflow } from '@couler/backend-local';
 * import { createArtifactStores } from '@couler/artifact-stores';
 * await runWorkflow(workflow, { artifactStores: createArtifactStores({ secrets: { 's3-creds': { accessKey: '…', secretKey: '…' } } }) });
 * ```
 */
export { createArtifactStores, type ArtifactStoreOptions, type ArtifactStoreSettings, type GcsStoreSettings } from './create-artifact-stores';
export { accountOfEndpoint, type AzureStoreSettings } from './azure/azure-client-config';
export { AZURE_BLOCK_BYTES } from './azure/azure-object-store';
export { GCS_RESUMABLE_BYTES } from './gcs/gcs-object-store';
export { objectArtifactStore, type OpenedLocation } from './object-artifact-store';
export type { ObjectStore, ObjectWriteOptions } from './object-store';
export { endpointUrl, type S3StoreSettings } from './s3/s3-client-config';
export { S3_PART_BYTES } from './s3/s3-object-store';
export { StoreFailure, storeFailure } from './store-failure';
export { StoreSecrets, type SecretValues } from './store-secrets';
