/**
 * Every error Couler raises has one of these codes. Codes are stable: tools match on them,
 * messages may be reworded.
 */
export const COULER_ERROR_CODES = {
  /** The text is not JSON or YAML, or not an object. */
  INVALID_DOCUMENT: 'INVALID_DOCUMENT',
  /** `apiVersion` names an IR version this package does not read. */
  UNSUPPORTED_API_VERSION: 'UNSUPPORTED_API_VERSION',
  /** A field is missing, unknown, or of the wrong shape. */
  INVALID_FIELD: 'INVALID_FIELD',
  /** A name breaks the naming rules (DNS-1123 for steps and workflows). */
  INVALID_NAME: 'INVALID_NAME',
  /** Two steps (or groups) share a name. */
  DUPLICATE_STEP: 'DUPLICATE_STEP',
  /** Two parameters, outputs, inputs or artifacts of one owner share a name. */
  DUPLICATE_NAME: 'DUPLICATE_NAME',
  UNKNOWN_STEP: 'UNKNOWN_STEP',
  UNKNOWN_OUTPUT: 'UNKNOWN_OUTPUT',
  UNKNOWN_PARAMETER: 'UNKNOWN_PARAMETER',
  UNKNOWN_INPUT: 'UNKNOWN_INPUT',
  UNKNOWN_VOLUME: 'UNKNOWN_VOLUME',
  /** A reference used where it cannot resolve (an item outside a map, status outside onExit …). */
  INVALID_REFERENCE: 'INVALID_REFERENCE',
  INVALID_DEPENDS_EXPRESSION: 'INVALID_DEPENDS_EXPRESSION',
  CYCLE: 'CYCLE',
  TYPE_MISMATCH: 'TYPE_MISMATCH',
  INVALID_MAX_ITERATIONS: 'INVALID_MAX_ITERATIONS',
  INVALID_GROUP: 'INVALID_GROUP',
  /** One field of a set where exactly one must be given (env source, artifact source, …). */
  AMBIGUOUS_SOURCE: 'AMBIGUOUS_SOURCE',
  /** A string holds a NUL character (U+0000), which no process can receive. */
  NUL_CHARACTER: 'NUL_CHARACTER',
  /**
   * An argument or environment variable is larger than Linux lets a process receive (128 KiB
   * each; all of them together about 2 MiB): `Argument list too long`, `spawn E2BIG`.
   */
  ARGUMENT_TOO_LONG: 'ARGUMENT_TOO_LONG',
  /** A workflow with validation errors: see `errors`. */
  INVALID_WORKFLOW: 'INVALID_WORKFLOW',
  /** The DSL was used in a way that cannot build a workflow. */
  INVALID_DSL_USAGE: 'INVALID_DSL_USAGE',
  /** A backend cannot express a construct the workflow uses. */
  UNSUPPORTED_BY_BACKEND: 'UNSUPPORTED_BY_BACKEND',
  /** A backend or pass implements a contract version this caller does not know. */
  UNSUPPORTED_SPECIFICATION_VERSION: 'UNSUPPORTED_SPECIFICATION_VERSION',
  /** A workflow file could not be loaded (missing, no export, throws on import). */
  LOAD_FAILED: 'LOAD_FAILED',
  /** No run has this id (or an id prefix matches several runs). */
  RUN_NOT_FOUND: 'RUN_NOT_FOUND',
  /** The run is still being run by another engine process; wait, or cancel it first. */
  RUN_IN_PROGRESS: 'RUN_IN_PROGRESS',
  /** A program the step or engine needs (docker, podman, python3 …) is not installed. */
  ENGINE_NOT_FOUND: 'ENGINE_NOT_FOUND',
  /** An engine's API did not answer: connection refused, DNS, TLS, timeout. */
  ENGINE_UNREACHABLE: 'ENGINE_UNREACHABLE',
  /** An engine's API refused the credentials (HTTP 401/403). */
  ENGINE_AUTH_FAILED: 'ENGINE_AUTH_FAILED',
  /** An engine already has an object of that name (HTTP 409). */
  ENGINE_CONFLICT: 'ENGINE_CONFLICT',
  /** An engine rejected what it was sent as invalid (HTTP 400/422); its message says why. */
  ENGINE_REJECTED: 'ENGINE_REJECTED',
  /** An engine answered with something else unexpected (HTTP 5xx, a body it should not send). */
  ENGINE_ERROR: 'ENGINE_ERROR',
  /** An artifact could not be fetched from or put to its store (no credentials, not found …). */
  ARTIFACT_UNAVAILABLE: 'ARTIFACT_UNAVAILABLE',
  /** The Couler server got no API token, or one it does not know (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller's role does not allow this (HTTP 403): only an admin manages users, tokens and clusters. */
  FORBIDDEN: 'FORBIDDEN',
  /** No such workflow, run, cluster, user or route on the Couler server, or not in the caller's tenant (HTTP 404). */
  NOT_FOUND: 'NOT_FOUND',
  /** A request body is larger than the Couler server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Too many requests with one token (HTTP 429); wait as long as `Retry-After` says. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The run's state does not allow this: cancel a finished run, retry a running one (HTTP 409). */
  INVALID_RUN_STATE: 'INVALID_RUN_STATE',
  /** The Couler server did not answer, or failed with an internal error (HTTP 5xx). */
  SERVER_ERROR: 'SERVER_ERROR',
  /** No LLM endpoint is configured: no base URL or no model (COULER_LLM_BASE_URL, COULER_LLM_MODEL). */
  LLM_NOT_CONFIGURED: 'LLM_NOT_CONFIGURED',
  /** The LLM endpoint did not answer: connection refused, DNS, timeout. */
  LLM_UNREACHABLE: 'LLM_UNREACHABLE',
  /** The LLM endpoint refused the API key (HTTP 401/403). */
  LLM_AUTH_FAILED: 'LLM_AUTH_FAILED',
  /** The LLM endpoint refused the request (HTTP 4xx), or kept failing (429, 5xx) through every retry. */
  LLM_REQUEST_FAILED: 'LLM_REQUEST_FAILED',
  /** The LLM's answer never matched the expected shape, through every repair attempt. */
  LLM_INVALID_ANSWER: 'LLM_INVALID_ANSWER',
  /**
   * The LLM endpoint does not embed text: no embedding model is configured
   * (COULER_LLM_EMBEDDING_MODEL), or it refused `/embeddings` for that model. Callers that can
   * do without (retrieval by BM25 alone) catch this code and fall back.
   */
  LLM_EMBEDDINGS_UNAVAILABLE: 'LLM_EMBEDDINGS_UNAVAILABLE',
  /** A SQL statement does not parse; `locations` holds the line and column, the message what was expected. */
  SQL_SYNTAX_ERROR: 'SQL_SYNTAX_ERROR',
  /** `TO TRAIN` names a model Couler does not run; the message lists the nearest known name. */
  UNKNOWN_MODEL: 'UNKNOWN_MODEL',
} as const;

export type CoulerErrorCode = keyof typeof COULER_ERROR_CODES;
