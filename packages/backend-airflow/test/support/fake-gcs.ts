import { randomBytes, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FakeObjectStore, type LoopbackReply, type StoredObject } from './loopback-server';

const SCOPE = 'https://www.googleapis.com/auth/devstorage.read_write';

/**
 * Google Cloud Storage on loopback, with the two places its tokens come from, on one port:
 * - Google's OAuth2 token endpoint (`POST /token`): a `jwt-bearer` grant whose JWT must be RS256,
 *   verified with node:crypto against the public key of the service account the test made, and
 *   issued by that account, for this audience and the storage scope, not expired; otherwise
 *   `400 invalid_grant` as Google answers;
 * - the GCE metadata server (`/computeMetadata/v1/instance/service-accounts/default/token`),
 *   which requires `Metadata-Flavor: Google`;
 * - the JSON API: object resource (`GET /storage/v1/b/<bucket>/o/<name>`), media download
 *   (`alt=media`, `generation`), and `uploadType=multipart` uploads (`multipart/related`: the
 *   object's JSON resource, then its bytes), each requiring `Authorization: Bearer` with a token
 *   issued here; errors as Google's JSON (`401 Invalid Credentials`, `404 No such object`).
 * Custom metadata is kept as the JSON API's `metadata` map.
 */
export class FakeGcs extends FakeObjectStore<StoredObject & { readonly generation: string }> {
  private readonly tokens = new Set<string>();
  private generation = 1_700_000_000_000_000;

  constructor(readonly serviceAccount: { readonly clientEmail: string; readonly publicKey: KeyObject }) {
    super();
  }

  /** The token URI to write in the service-account key file. */
  get tokenUri(): string {
    return `${this.endpoint}/token`;
  }

  /** `host:port`, for GCE_METADATA_HOST. */
  get metadataHost(): string {
    return this.endpoint.replace('http://', '');
  }

  protected handle(request: IncomingMessage, body: Buffer): LoopbackReply {
    const url = new URL(request.url ?? '/', this.endpoint);
    if (request.method === 'POST' && url.pathname === '/token') return this.grant(body);
    if (url.pathname === '/computeMetadata/v1/instance/service-accounts/default/token') {
      if (request.headers['metadata-flavor'] !== 'Google') return { status: 403, body: Buffer.from('Missing Metadata-Flavor:Google header.'), headers: { 'content-type': 'text/html' } };
      return json(200, this.issue());
    }
    const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    if (bearer === undefined || !this.tokens.has(bearer)) return googleError(401, 'Invalid Credentials');
    // Object names are one percent-encoded path segment: split the raw path before decoding.
    const rawPath = (request.url ?? '/').split('?')[0]!;
    const download = /^\/storage\/v1\/b\/([^/]+)\/o\/([^/]+)$/.exec(rawPath);
    if (request.method === 'GET' && download) {
      const [bucket, name] = [decodeURIComponent(download[1]!), decodeURIComponent(download[2]!)];
      const stored = this.objects.get(`${bucket}/${name}`);
      const generation = url.searchParams.get('generation');
      if (stored === undefined || (generation !== null && generation !== stored.generation)) return googleError(404, `No such object: ${bucket}/${name}`);
      if (url.searchParams.get('alt') === 'media') return { status: 200, body: stored.body, headers: { 'content-type': 'application/octet-stream' } };
      return json(200, resource(bucket, name, stored));
    }
    const upload = /^\/upload\/storage\/v1\/b\/([^/]+)\/o$/.exec(rawPath);
    if (request.method === 'POST' && upload) {
      if (url.searchParams.get('uploadType') !== 'multipart') return googleError(400, 'Only uploadType=multipart is served here.');
      const parts = multipartRelated(String(request.headers['content-type'] ?? ''), body);
      if (parts === undefined || parts.length !== 2) return googleError(400, 'Metadata part is too large or the multipart body is malformed.');
      const bucket = decodeURIComponent(upload[1]!);
      const metadata = JSON.parse(parts[0]!.toString('utf8')) as { name?: string; metadata?: Record<string, string> };
      if (!metadata.name) return googleError(400, 'Required');
      this.generation += 1;
      const stored = { body: parts[1]!, metadata: metadata.metadata ?? {}, generation: String(this.generation) };
      this.objects.set(`${bucket}/${metadata.name}`, stored);
      return json(200, resource(bucket, metadata.name, stored));
    }
    return googleError(404, 'Not Found');
  }

  private issue(): { access_token: string; expires_in: number; token_type: string } {
    const token = `ya29.${randomBytes(24).toString('base64url')}`;
    this.tokens.add(token);
    return { access_token: token, expires_in: 3599, token_type: 'Bearer' };
  }

  /** RFC 7523's JWT bearer grant, checked as Google's token endpoint checks it. */
  private grant(body: Buffer): LoopbackReply {
    const form = new URLSearchParams(body.toString('utf8'));
    const invalid = (description: string) => json(400, { error: 'invalid_grant', error_description: description });
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return json(400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' });
    const [header, claims, signature] = (form.get('assertion') ?? '').split('.');
    if (header === undefined || claims === undefined || signature === undefined) return invalid('Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.');
    const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (decode(header).alg !== 'RS256') return invalid('Invalid JWT: the algorithm must be RS256.');
    if (!verify('sha256', Buffer.from(`${header}.${claims}`), this.serviceAccount.publicKey, Buffer.from(signature, 'base64url'))) return invalid('Invalid JWT Signature.');
    const { iss, aud, scope, iat, exp } = decode(claims) as { iss?: string; aud?: string; scope?: string; iat?: number; exp?: number };
    const now = Date.now() / 1000;
    if (iss !== this.serviceAccount.clientEmail) return invalid('Invalid JWT: the issuer is not this service account.');
    if (aud !== this.tokenUri) return invalid('Invalid JWT: the audience is not the token URI.');
    if (!(scope ?? '').split(' ').includes(SCOPE)) return json(400, { error: 'invalid_scope', error_description: 'Invalid OAuth scope.' });
    if (typeof iat !== 'number' || typeof exp !== 'number' || iat > now + 60 || exp < now || exp - iat > 3600) return invalid('Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.');
    return json(200, this.issue());
  }
}

function json(status: number, value: unknown): LoopbackReply {
  return { status, body: Buffer.from(JSON.stringify(value)), headers: { 'content-type': 'application/json; charset=UTF-8' } };
}

function googleError(code: number, message: string): LoopbackReply {
  return json(code, { error: { code, message, errors: [{ message, domain: 'global', reason: code === 401 ? 'authError' : 'invalid' }] } });
}

function resource(bucket: string, name: string, stored: StoredObject & { generation: string }) {
  return { kind: 'storage#object', bucket, name, generation: stored.generation, size: String(stored.body.length), metadata: stored.metadata };
}

/** The parts' bodies of a `multipart/related` body (RFC 2387), or undefined when it is not one. */
function multipartRelated(contentType: string, body: Buffer): Buffer[] | undefined {
  const boundary = /^multipart\/related; *boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (boundary === undefined) return undefined;
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(Buffer.from(`\r\n--${boundary}`), start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(start + delimiter.length + 2, next);
    const headersEnd = part.indexOf('\r\n\r\n');
    if (headersEnd === -1) return undefined;
    parts.push(part.subarray(headersEnd + 4));
    start = next + 2;
  }
  return body.subarray(start).toString('latin1').startsWith(`--${boundary}--`) ? parts : undefined;
}
