/**
 * A response body as tests read it: by the field names of the API's schemas, without a type for
 * every level. A wrong name reads `undefined` and fails the assertion that uses it.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests walk response bodies by the API's field names; a wrong one fails its assertion.
export type LooseJson = any;
