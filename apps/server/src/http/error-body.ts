import { CoulerError, type CoulerErrorCode, type CoulerFormattedError } from '@couler/ir';
import { z } from 'zod';

/** The one shape of every 4xx and 5xx answer. */
export interface ErrorBody {
  readonly error: CoulerFormattedError & { readonly path: ReadonlyArray<string | number> };
}

const PathSchema = z.array(z.union([z.string(), z.number()]));

const FormattedErrorSchema: z.ZodType<CoulerFormattedError> = z.lazy(() =>
  z.object({
    code: z.string() as unknown as z.ZodType<CoulerErrorCode>,
    message: z.string(),
    path: PathSchema.optional(),
    hint: z.string().optional(),
    stepIds: z.array(z.string()).optional(),
    errors: z.array(FormattedErrorSchema).optional(),
  }),
).meta({ id: 'FormattedError', description: 'One problem of several, as the top-level error has them.' });

/** The error shape as a schema, for the OpenAPI document. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable code (`INVALID_FIELD`, `NOT_FOUND`, `CYCLE` …); match on it, not on the message.' }),
      message: z.string(),
      path: PathSchema.meta({ description: 'Where: into the request (`["body", "priority"]`) or, for a workflow, into its IR (`["steps", "train"]`).' }),
      hint: z.string().optional(),
      stepIds: z.array(z.string()).optional(),
      locations: z
        .array(z.object({ file: z.string().optional(), line: z.number(), column: z.number() }))
        .optional()
        .meta({ description: 'Where in a submitted source (`file: "source"`), line and column from 1.' }),
      errors: z.array(FormattedErrorSchema).optional(),
    }),
  })
  .meta({ id: 'Error' });

const STATUS_BY_CODE: Partial<Record<CoulerErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RUN_NOT_FOUND: 404,
  UNKNOWN_STEP: 400,
  DUPLICATE_NAME: 409,
  INVALID_RUN_STATE: 409,
  ARTIFACT_UNAVAILABLE: 409,
  RUN_IN_PROGRESS: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVER_ERROR: 500,
  ENGINE_UNREACHABLE: 502,
  ENGINE_ERROR: 502,
};

/** The HTTP status of an error code: 400 for everything that is the request's fault unless listed. */
export function statusOf(code: CoulerErrorCode): number {
  return STATUS_BY_CODE[code] ?? 400;
}

export function errorBody(error: CoulerError): ErrorBody {
  return { error: { ...error.toJSON(), path: error.path ?? [] } };
}

/** The answer for an id that is not there, or is another tenant's: the same words, so nothing leaks. */
export function notFound(what: string, id: string): CoulerError {
  return new CoulerError('NOT_FOUND', `There is no ${what} "${id}".`, { path: ['params', 'id'] });
}
