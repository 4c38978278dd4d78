import { Readable } from 'node:stream';
import type { RemoteArtifactVersion } from '@couler/backend-local';
import type { ObjectStore, ObjectWriteOptions } from '../object-store';
import { putStream } from '../put-stream';

/** An answer Artifactory should not have given, with its status for the retry table (5xx transient, 4xx permanent). */
async function failure(response: Response, doing: string): Promise<Error> {
  const text = await response.text().catch(() => '');
  return Object.assign(new Error(`${doing} answered ${response.status} ${response.statusText} ${text.slice(0, 300)}`.trim()), { status: response.status });
}

/** The URL without user and password, for messages: a URL may carry them. */
function shown(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * A JFrog Artifactory repository over plain HTTP, as Argo's artifactory driver uses it: GET reads
 * the file at its URL, PUT writes it, both with HTTP basic auth. Keys are full URLs. Plain HTTP
 * has no listing, so `list` finds nothing: a directory is stored as one tar (the default archive).
 */
export class ArtifactoryObjectStore implements ObjectStore {
  constructor(private readonly authorization: string | undefined) {}

  describe(key: string): string {
    return shown(key);
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { ...extra, ...(this.authorization !== undefined && { authorization: this.authorization }) };
  }

  /** Artifactory's checksum of the file (stable across servers), else its ETag or modification time and size. */
  async stat(key: string): Promise<RemoteArtifactVersion | undefined> {
    const response = await fetch(key, { method: 'HEAD', headers: this.headers() });
    if (response.status === 404) return undefined;
    if (!response.ok) throw await failure(response, `HEAD ${shown(key)}`);
    const length = response.headers.get('content-length');
    const version = response.headers.get('x-checksum-sha256') ?? response.headers.get('x-checksum-sha1') ?? response.headers.get('etag') ?? `${response.headers.get('last-modified') ?? ''}-${length ?? ''}`;
    return { version, ...(length !== null && { size: Number(length) }) };
  }

  async list(): Promise<string[]> {
    return [];
  }

  async read(key: string, signal?: AbortSignal): Promise<Readable> {
    const response = await fetch(key, { headers: this.headers(), ...(signal && { signal }) });
    if (!response.ok || !response.body) throw await failure(response, `GET ${shown(key)}`);
    return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  }

  /** One PUT streaming the body: with its length when known, else chunked, which Artifactory takes. */
  async write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void> {
    const response = await putStream(key, body, options, this.headers(options.size !== undefined ? { 'content-length': String(options.size) } : {}));
    if (!response.ok) throw await failure(response, `PUT ${shown(key)}`);
  }
}
