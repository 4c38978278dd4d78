import { Readable } from 'node:stream';
import type { RemoteArtifactVersion } from '@couler/backend-local';
import type { ObjectStore, ObjectWriteOptions } from '../object-store';
import { putStream } from '../put-stream';
import { StoreFailure } from '../store-failure';

interface FileStatus {
  readonly pathSuffix: string;
  readonly type: 'FILE' | 'DIRECTORY' | 'SYMLINK';
  readonly length: number;
  readonly modificationTime: number;
}

/** An HTTP answer that is not what WebHDFS should have said, with its RemoteException. */
async function failure(response: Response, doing: string): Promise<Error> {
  const text = await response.text().catch(() => '');
  let message = text.slice(0, 300);
  try {
    const remote = (JSON.parse(text) as { RemoteException?: { exception?: string; message?: string } }).RemoteException;
    if (remote) message = `${remote.exception ?? ''}: ${remote.message ?? ''}`;
  } catch {}
  return Object.assign(new Error(`${doing} answered ${response.status} ${message}`), { status: response.status });
}

/**
 * HDFS through WebHDFS, the namenode's REST API, with plain `fetch` (no Hadoop client): OPEN and
 * CREATE are redirected (307) to a datanode; CREATE's first request carries no body, as the
 * WebHDFS docs require. Namenodes are tried in order: a standby answers 403 StandbyException.
 * Keys are absolute HDFS paths.
 */
export class WebHdfsObjectStore implements ObjectStore {
  constructor(
    private readonly namenodes: ReadonlyArray<string>,
    private readonly user: string | undefined,
  ) {}

  describe(key: string): string {
    return `hdfs://${key}`;
  }

  private async request(method: string, path: string, op: string, params: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
    const query = new URLSearchParams({ op, ...params, ...(this.user !== undefined && { 'user.name': this.user }) });
    let last: Response | undefined;
    for (const namenode of this.namenodes) {
      const encoded = path.split('/').map(encodeURIComponent).join('/');
      const response = await fetch(`${namenode}/webhdfs/v1${encoded}?${query}`, { method, ...init });
      if (response.status === 403 && (await response.clone().text()).includes('StandbyException')) {
        last = response;
        continue;
      }
      return response;
    }
    throw await failure(last as Response, `${op} ${path} (every namenode is a standby)`);
  }

  private async fileStatus(path: string): Promise<FileStatus | undefined> {
    const response = await this.request('GET', path, 'GETFILESTATUS');
    if (response.status === 404) return undefined;
    if (!response.ok) throw await failure(response, `GETFILESTATUS ${path}`);
    return ((await response.json()) as { FileStatus: FileStatus }).FileStatus;
  }

  async stat(key: string): Promise<RemoteArtifactVersion | undefined> {
    const status = await this.fileStatus(key);
    if (status?.type !== 'FILE') return undefined;
    return { version: `${status.modificationTime}-${status.length}`, size: status.length };
  }

  /** HDFS has real directories: every file under `prefix`, walked with LISTSTATUS. */
  async list(prefix: string): Promise<string[]> {
    const directory = prefix.replace(/\/+$/, '');
    const response = await this.request('GET', directory, 'LISTSTATUS');
    if (response.status === 404) return [];
    if (!response.ok) throw await failure(response, `LISTSTATUS ${directory}`);
    const statuses = ((await response.json()) as { FileStatuses: { FileStatus: FileStatus[] } }).FileStatuses.FileStatus;
    const keys: string[] = [];
    for (const status of statuses) {
      const path = `${directory}/${status.pathSuffix}`;
      if (status.type === 'DIRECTORY') keys.push(...(await this.list(`${path}/`)));
      else if (status.type === 'FILE') keys.push(path);
    }
    return keys;
  }

  async read(key: string, signal?: AbortSignal): Promise<Readable> {
    const response = await this.request('GET', key, 'OPEN', {}, { ...(signal && { signal }) });
    if (!response.ok || !response.body) throw await failure(response, `OPEN ${key}`);
    return Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  }

  async write(key: string, body: Readable, options: ObjectWriteOptions): Promise<void> {
    const created = await this.request('PUT', key, 'CREATE', { overwrite: 'true' }, { redirect: 'manual', ...(options.signal && { signal: options.signal }) });
    const datanode = created.headers.get('location');
    if (created.status !== 307 || !datanode) throw await failure(created, `CREATE ${key}`);
    const response = await putStream(datanode, body, options, {});
    if (response.status !== 201 && !response.ok) throw await failure(response, `CREATE ${key} on the datanode`);
  }
}

/** The store of an HDFS location whose namenodes are given (see `webHdfsAddress`). */
export function webHdfsStore(namenodes: ReadonlyArray<string>, user: string | undefined): WebHdfsObjectStore {
  if (namenodes.length === 0) throw new StoreFailure('The HDFS location names no namenode address.', 'permanent');
  return new WebHdfsObjectStore(namenodes, user);
}
