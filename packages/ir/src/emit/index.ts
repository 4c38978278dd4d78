export { artifactStoreEnv, resolveArtifactStore, type ArtifactStoreSettings, type ResolvedArtifactStore } from './artifact-store';
export { emitKubernetesYaml, isPlainSafe } from './emit-kubernetes-yaml';
export { NameAllocator } from './name-allocator';
export * from './kubectl/index';
export * from './transfer/index';
export { downwardEnvSource, kubernetesContainer, kubernetesPodFields, kubernetesVolume } from './kubernetes-pod-spec';
export { checkedSemaphores, synchronizationSites, type SynchronizationSite } from './synchronization-locks';
