/**
 * A Kubernetes manifest as tests read it: by the field names of its API reference, without a
 * type for every level. A wrong name reads `undefined` and fails the assertion that uses it.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests walk manifests by Kubernetes field names; a wrong one fails its assertion.
export type LooseJson = Record<string, any>;
