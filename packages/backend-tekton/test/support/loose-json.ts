/**
 * A Tekton document (generated, upstream, or sent to the test API server) as tests read it: by
 * the field names of Tekton's reference, without a type for every level. A wrong name reads
 * `undefined` and fails the assertion that uses it.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests walk documents by Tekton's field names; a wrong one fails its assertion.
export type LooseJson = Record<string, any>;
