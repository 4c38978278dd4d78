import { CoulerError } from '@couler/ir';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorBody, statusOf } from './error-body';

/** Fastify's own errors that are the request's fault, as Couler errors. */
function fromFastify(error: FastifyError): CoulerError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new CoulerError('PAYLOAD_TOO_LARGE', 'The request body is larger than this server accepts.', { path: ['body'], hint: 'Submit a smaller workflow, or start the server with a larger --body-limit.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new CoulerError('INVALID_FIELD', 'The request body has a content type this server does not read.', { path: ['headers', 'content-type'], hint: 'Send application/json or application/yaml.' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new CoulerError('INVALID_DOCUMENT', 'The request body is empty; send a JSON object.', { path: ['body'] });
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new CoulerError('INVALID_FIELD', 'Content-Length does not match the body.', { path: ['headers', 'content-length'] });
    default:
      return undefined;
  }
}

function fromValidation(error: FastifyError): CoulerError {
  const context = error.validationContext ?? 'body';
  const issues = (error.validation ?? []).map((issue) => {
    const params = issue.params as { issue?: { path?: PropertyKey[]; message?: string } } | undefined;
    const path = [context, ...(params?.issue?.path ?? issue.instancePath.split('/').filter(Boolean))].map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    return new CoulerError('INVALID_FIELD', `${path.join('.')}: ${params?.issue?.message ?? issue.message ?? 'invalid'}.`, { path });
  });
  if (issues.length === 1) return issues[0]!;
  return new CoulerError('INVALID_FIELD', `The request has ${issues.length} problems.`, { path: [context], errors: issues });
}

/**
 * Every error leaves as `{ error: { code, message, path } }`: Couler's own with their status,
 * schema violations as INVALID_FIELD with the path into the request, Fastify's parsing errors as
 * their Couler equivalents, and anything unexpected as a 500 that shows no internals (the log
 * has them, under the request id the answer names).
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((raw, request, reply) => {
    const error = raw as FastifyError;
    const statusCode = (raw as { statusCode?: number }).statusCode;
    let couler: CoulerError | undefined;
    if (CoulerError.isInstance(error)) couler = error;
    else if (hasZodFastifySchemaValidationErrors(error) || error.validation) couler = fromValidation(error);
    else couler = fromFastify(error);
    if (couler === undefined && statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      couler = new CoulerError(statusCode === 404 ? 'NOT_FOUND' : 'INVALID_FIELD', error.message, { path: [] });
    }
    if (couler === undefined) {
      request.log.error({ err: error }, 'request failed');
      couler = new CoulerError('SERVER_ERROR', `The server failed on this request (request id ${request.id}).`, { hint: 'The server log has the details under that request id.' });
    } else if (statusOf(couler.code) >= 500) request.log.error({ err: error }, 'request failed');
    const status = statusCode === 429 || couler.code === 'RATE_LIMITED' ? 429 : statusOf(couler.code);
    void reply.code(status).type('application/json').send(errorBody(couler));
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new CoulerError('NOT_FOUND', `There is no route ${request.method} ${request.url.split('?')[0]}.`, { path: ['url'], hint: 'The API is under /api/v1; /openapi.json lists every route.' });
    void reply.code(404).send(errorBody(error));
  });
}
