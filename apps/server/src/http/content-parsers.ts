import { CoulerError, readDocument } from '@couler/ir';
import type { FastifyInstance } from 'fastify';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Request text, refusing bytes that are not UTF-8 instead of turning them into U+FFFD. */
function decodeUtf8(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new CoulerError('INVALID_DOCUMENT', 'The request body is not valid UTF-8.', { path: ['body'], hint: 'Send the body encoded as UTF-8.' });
  }
}

/**
 * JSON through Fastify's own parser (which refuses `__proto__` and `constructor.prototype`
 * keys) after a strict UTF-8 check; YAML (`application/yaml`, `text/yaml`) through the IR's
 * reader, which bounds aliases and refuses duplicate keys.
 */
export function registerContentParsers(app: FastifyInstance): void {
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decodeUtf8(body as Buffer);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    if (text.trim() === '') {
      done(new CoulerError('INVALID_DOCUMENT', 'The request body is empty; send a JSON object.', { path: ['body'] }), undefined);
      return;
    }
    json(request, text, (error, value) => {
      if (error) done(new CoulerError('INVALID_DOCUMENT', `The request body is not valid JSON: ${error.message}`, { path: ['body'], cause: error }), undefined);
      else done(null, value);
    });
  });
  // A workflow source as the body (`curl --data-binary @workflow.ts`): text, taken as `source` by the submit route.
  app.addContentTypeParser(['application/typescript', 'text/typescript', 'application/javascript', 'text/javascript'], { parseAs: 'buffer' }, (request, body, done) => {
    try {
      const language = /typescript/.test(request.headers['content-type'] ?? '') ? 'ts' : 'js';
      done(null, { source: decodeUtf8(body as Buffer), language });
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser(['application/yaml', 'application/x-yaml', 'text/yaml'], { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const value = readDocument(decodeUtf8(body as Buffer));
      done(null, value);
    } catch (error) {
      done(CoulerError.isInstance(error) ? new CoulerError(error.code, error.message.replace('The workflow is', 'The request body is'), { path: ['body'], ...(error.hint && { hint: error.hint }) }) : (error as Error), undefined);
    }
  });
}
