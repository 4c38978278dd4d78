import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FakeObjectStore, type LoopbackReply } from './loopback-server';


/**
 * An S3 server on loopback that speaks the wire format the transfer sidecar uses: path-style
 * `PUT` and `GET /<bucket>/<key>`, AWS Signature Version 4 checked on every request (canonical
 * request rebuilt here independently from the client, payload hash compared with the body),
 * `404 NoSuchKey` and `403 SignatureDoesNotMatch` XML errors as S3 sends them.
 */
export class FakeS3 extends FakeObjectStore {
  constructor(
    readonly accessKey: string,
    readonly secretKey: string,
    readonly region = 'us-east-1',
    /** Answer unsigned GETs that carry this header (`name: value`), as a plain HTTP file server would. */
    readonly publicReadHeader?: readonly [string, string],
  ) {
    super();
  }

  protected handle(request: IncomingMessage, body: Buffer): LoopbackReply {
    const rawPath = (request.url ?? '/').split('?')[0]!;
    const segments = rawPath.split('/').slice(1).map((segment) => decodeURIComponent(segment));
    const bucket = segments[0] ?? '';
    const key = segments.slice(1).join('/');
    const method = request.method ?? 'GET';
    const reply = (status: number, code?: string, message?: string) => {
      return { status, body: Buffer.from(code ? `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>` : ''), headers: { 'content-type': 'application/xml' } };
    };
    const [headerName, headerValue] = this.publicReadHeader ?? [];
    const publicRead = method === 'GET' && headerName !== undefined && request.headers.authorization === undefined && request.headers[headerName.toLowerCase()] === headerValue;
    const problem = publicRead ? undefined : this.checkSignature(request, segments, body);
    if (problem !== undefined) return reply(403, 'SignatureDoesNotMatch', problem);
    if (method === 'PUT') {
      const metadata = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.startsWith('x-amz-meta-')).map(([name, value]) => [name, String(value)]));
      this.objects.set(`${bucket}/${key}`, { body, metadata });
      return reply(200);
    }
    if (method === 'GET') {
      const stored = this.objects.get(`${bucket}/${key}`);
      if (stored === undefined) return reply(404, 'NoSuchKey', 'The specified key does not exist.');
      return { status: 200, body: stored.body, headers: { 'content-type': 'application/octet-stream', ...stored.metadata } };
    }
    return reply(405, 'MethodNotAllowed', `${method} is not allowed.`);
  }

  /** Why the request's SigV4 signature is wrong, or undefined when it is right. */
  private checkSignature(request: IncomingMessage, segments: string[], body: Buffer): string | undefined {
    const authorization = request.headers.authorization ?? '';
    const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(authorization);
    if (!match) return 'The request is not signed with AWS Signature Version 4.';
    const [, access, day, region, signedHeaders, signature] = match as unknown as [string, string, string, string, string, string];
    if (access !== this.accessKey) return 'Unknown access key.';
    if (region !== this.region) return `Signed for region ${region}, not ${this.region}.`;
    const payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
    if (payloadHash !== createHash('sha256').update(body).digest('hex')) return 'The payload hash does not match the body.';
    const stamp = String(request.headers['x-amz-date'] ?? '');
    if (!stamp.startsWith(day)) return 'x-amz-date does not match the credential scope.';
    // S3's UriEncode: every byte but A-Z a-z 0-9 - . _ ~ percent-encoded, "/" kept between segments.
    const uriEncode = (text: string) => [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    const canonicalUri = `/${segments.map(uriEncode).join('/')}`;
    const names = signedHeaders.split(';');
    if (!names.includes('host') || !names.includes('x-amz-content-sha256') || !names.includes('x-amz-date')) return 'Required headers are not signed.';
    const canonicalHeaders = names.map((name) => `${name}:${String(request.headers[name] ?? '').trim()}\n`).join('');
    const canonicalRequest = [request.method, canonicalUri, '', canonicalHeaders, signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', stamp, scope, createHash('sha256').update(canonicalRequest).digest('hex')].join('\n');
    let key: Buffer = Buffer.from(`AWS4${this.secretKey}`);
    for (const part of [day, region, 's3', 'aws4_request']) key = createHmac('sha256', key).update(part).digest();
    const expected = createHmac('sha256', key).update(toSign).digest('hex');
    return expected === signature ? undefined : 'The request signature we calculated does not match the signature you provided.';
  }
}
