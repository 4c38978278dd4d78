import { createHash, createHmac } from 'node:crypto';
import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { FakeObjectStore, type LoopbackReply } from './loopback-server';

/**
 * An Alibaba OSS server on loopback that speaks OSS's own REST API as the transfer sidecar uses it:
 * `PUT` and `GET` of one object, path-style on an IP endpoint and virtual-hosted
 * (`bucket.endpoint`) otherwise, as OSS's SDKs address it. Every request's `Authorization: OSS
 * <AccessKeyId>:<Signature>` is checked by rebuilding the string to sign independently (OSS's
 * "Include signatures in the Authorization header": VERB, Content-MD5, Content-Type, Date, the
 * sorted `x-oss-*` headers, `/<bucket>/<key>`), Content-MD5 against the body, Date against the
 * clock (15 minutes, as OSS does). Errors are OSS's XML with its codes: SignatureDoesNotMatch,
 * InvalidAccessKeyId, RequestTimeTooSkewed, InvalidDigest, NoSuchKey, AccessDenied.
 */
export class FakeOss extends FakeObjectStore {
  constructor(
    readonly accessKeyId: string,
    readonly accessKeySecret: string,
  ) {
    super();
  }

  protected handle(request: IncomingMessage, body: Buffer): LoopbackReply {
    const rawPath = (request.url ?? '/').split('?')[0]!;
    const segments = rawPath.split('/').slice(1).map((segment) => decodeURIComponent(segment));
    const host = String(request.headers.host ?? '');
    const hostName = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1');
    const [bucket, key] = isIP(hostName) ? [segments[0] ?? '', segments.slice(1).join('/')] : [hostName.split('.')[0]!, segments.join('/')];
    const method = request.method ?? 'GET';
    const problem = this.checkSignature(request, `/${bucket}/${key}`, body);
    if (problem !== undefined) return ossError(problem[0], problem[1], problem[2]);
    if (method === 'PUT') {
      const metadata = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.startsWith('x-oss-meta-')).map(([name, value]) => [name, String(value)]));
      this.objects.set(`${bucket}/${key}`, { body, metadata });
      return { status: 200, body: Buffer.alloc(0), headers: { etag: `"${createHash('md5').update(body).digest('hex').toUpperCase()}"` } };
    }
    if (method === 'GET') {
      const stored = this.objects.get(`${bucket}/${key}`);
      if (stored === undefined) return ossError(404, 'NoSuchKey', 'The specified key does not exist.');
      return { status: 200, body: stored.body, headers: { 'content-type': 'application/octet-stream', ...stored.metadata } };
    }
    return ossError(405, 'MethodNotAllowed', `${method} is not allowed.`);
  }

  /** Why OSS would refuse the request's signature (status, code, message), or undefined. */
  private checkSignature(request: IncomingMessage, resource: string, body: Buffer): [number, string, string] | undefined {
    const authorization = String(request.headers.authorization ?? '');
    if (authorization === '') return [403, 'AccessDenied', 'You have no right to access this object because of bucket acl.'];
    const match = /^OSS ([^:]+):([A-Za-z0-9+/=]+)$/.exec(authorization);
    if (!match) return [400, 'InvalidArgument', 'Authorization header is invalid.'];
    const [, accessKeyId, signature] = match as unknown as [string, string, string];
    if (accessKeyId !== this.accessKeyId) return [403, 'InvalidAccessKeyId', 'The OSS Access Key Id you provided does not exist in our records.'];
    const date = String(request.headers.date ?? '');
    const sent = Date.parse(date);
    if (Number.isNaN(sent) || Math.abs(Date.now() - sent) > 15 * 60_000) return [403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.'];
    const contentMd5 = String(request.headers['content-md5'] ?? '');
    if (contentMd5 !== '' && contentMd5 !== createHash('md5').update(body).digest('base64')) return [400, 'InvalidDigest', 'The Content-MD5 you specified is not valid.'];
    const ossHeaders = Object.keys(request.headers)
      .filter((name) => name.startsWith('x-oss-'))
      .sort()
      .map((name) => `${name}:${String(request.headers[name])}\n`)
      .join('');
    const toSign = `${request.method}\n${contentMd5}\n${String(request.headers['content-type'] ?? '')}\n${date}\n${ossHeaders}${resource}`;
    const expected = createHmac('sha1', this.accessKeySecret).update(toSign, 'utf8').digest('base64');
    return expected === signature ? undefined : [403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'];
  }
}

function ossError(status: number, code: string, message: string): LoopbackReply {
  return {
    status,
    body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${message}</Message>\n  <HostId>127.0.0.1</HostId>\n</Error>\n`),
    headers: { 'content-type': 'application/xml' },
  };
}
