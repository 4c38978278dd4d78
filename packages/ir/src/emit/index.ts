export { artifactStoreEnv, resolveArtifactStore, type ArtifactStoreSettings, type ResolvedArtifactStore } from './artifact-store';
export { emitKubernetesYaml, isPlainSafe } from './emit-kubernetes-yaml';
export { NameAllocator } from './name-allocator';
export * from './kubectl/index';
export * from './transfer/index';
export { downwardEnvSource, kubernetesContainer, kubernetesPodFields, kubernetesVolume } from './kubernetes-pod-spec';
export { checkedSemaphores, synchronizationSites, type SynchronizationSite } from './synchronization-locks';
export { datasetClaimName, lowerDatasets, type DatasetClaim, type LoweredDatasets } from './dataset-volumes';
export { DATASET_CACHE_MOUNT, DATASET_DATA_DIR, DATASET_LOCK_DIR, DATASET_LOCK_STALE_SECONDS, DATASET_SYNC_IMAGES, DATASET_VERSION_FILE } from './dataset-sync-script';
