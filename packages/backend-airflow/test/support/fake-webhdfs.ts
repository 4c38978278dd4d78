import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a namenode received: its operation, path (decoded) and `user.name`. */
export interface WebHdfsCall {
  readonly namenode: 'standby' | 'active';
  readonly op: string;
  readonly path: string;
  readonly user: string | null;
}

const remoteException = (exception: string, message: string) => JSON.stringify({ RemoteException: { exception, javaClassName: `org.apache.hadoop.${exception}`, message } });

/**
 * HDFS's WebHDFS on loopback, as Hadoop 3 speaks it: a namenode answering GETFILESTATUS,
 * LISTSTATUS, MKDIRS, DELETE and RENAME itself and OPEN and CREATE with a 307 redirect to a
 * datanode (CREATE's first request must carry no body), a datanode that needs the
 * `namenoderpcaddress` the redirect gave it and answers CREATE with 201, a standby namenode
 * that answers everything with 403 `StandbyException`, and errors as `RemoteException` JSON.
 * Paths are checked as `DFSUtil.isValidName` does; with `user`, requests from anyone else get
 * 403 `AccessControlException`, as simple authentication with permissions would.
 */
export class FakeWebHdfs {
  readonly files = new Map<string, Buffer>();
  readonly directories = new Set<string>(['/']);
  readonly calls: WebHdfsCall[] = [];
  private readonly servers: Server[] = [];
  /** `http://127.0.0.1:<port>` of each, once started. */
  standby = '';
  active = '';
  private datanode = '';

  constructor(readonly user?: string) {}

  async start(): Promise<void> {
    this.standby = await this.listen((request, response) => this.namenode('standby', request, response));
    this.active = await this.listen((request, response) => this.namenode('active', request, response));
    this.datanode = await this.listen((request, response) => this.dataNode(request, response));
  }

  async stop(): Promise<void> {
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }

  /** Puts a file (and its parent directories) in place, as if written before the run. */
  write(path: string, text: string): void {
    this.mkdirs(path.slice(0, path.lastIndexOf('/')) || '/');
    this.files.set(path, Buffer.from(text));
  }

  private async listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
    const server = createServer(handler);
    this.servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private mkdirs(path: string): void {
    let current = '';
    for (const component of path.split('/').filter(Boolean)) {
      current = `${current}/${component}`;
      this.directories.add(current);
    }
  }

  private children(path: string): string[] {
    const prefix = path === '/' ? '/' : `${path}/`;
    return [...this.files.keys(), ...this.directories].filter((entry) => entry !== path && entry.startsWith(prefix));
  }

  private namenode(role: 'standby' | 'active', request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://namenode');
    const path = decodeURIComponent(url.pathname.replace(/^\/webhdfs\/v1/, '')) || '/';
    const op = url.searchParams.get('op') ?? '';
    const user = url.searchParams.get('user.name');
    this.calls.push({ namenode: role, op, path, user });
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const json = (status: number, body: string, headers: Record<string, string> = {}) => response.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(body);
      if (role === 'standby') return json(403, remoteException('StandbyException', 'Operation category READ is not supported in state standby. Visit https://s.apache.org/sbnn-error'));
      if (!url.pathname.startsWith('/webhdfs/v1/')) return json(404, remoteException('IllegalArgumentException', 'Not a WebHDFS path'));
      const components = path.split('/').slice(1);
      if (components.some((component, index) => component === '.' || component === '..' || component.includes(':') || (component === '' && index < components.length - 1))) {
        return json(400, remoteException('IllegalArgumentException', `Invalid path name ${path}`));
      }
      if (this.user !== undefined && user !== this.user) return json(403, remoteException('AccessControlException', `Permission denied: user=${user ?? 'dr.who'}, access=WRITE, inode="${path}"`));
      const isFile = this.files.has(path);
      const isDirectory = this.directories.has(path);
      const redirect = (extra: string) => {
        const location = `${this.datanode}/webhdfs/v1${url.pathname.slice('/webhdfs/v1'.length)}?op=${op}&namenoderpcaddress=namenode:8020${extra}`;
        response.writeHead(307, { Location: location, 'Content-Length': '0' }).end();
      };
      const missing = () => json(404, remoteException('FileNotFoundException', `File does not exist: ${path}`));
      switch (`${request.method} ${op}`) {
        case 'GET GETFILESTATUS':
          if (!isFile && !isDirectory) return missing();
          return json(200, JSON.stringify({ FileStatus: { pathSuffix: '', type: isFile ? 'FILE' : 'DIRECTORY', length: this.files.get(path)?.length ?? 0 } }));
        case 'GET LISTSTATUS': {
          if (!isFile && !isDirectory) return missing();
          const prefix = path === '/' ? '/' : `${path}/`;
          const entries = isFile ? [{ pathSuffix: '', type: 'FILE' }] : this.children(path).filter((entry) => !entry.slice(prefix.length).includes('/')).map((entry) => ({ pathSuffix: entry.slice(prefix.length), type: this.files.has(entry) ? 'FILE' : 'DIRECTORY' }));
          return json(200, JSON.stringify({ FileStatuses: { FileStatus: entries } }));
        }
        case 'GET OPEN':
          if (!isFile) return isDirectory ? json(404, remoteException('FileNotFoundException', `Path is not a file: ${path}`)) : missing();
          return redirect('&offset=0');
        case 'PUT CREATE':
          if (Buffer.concat(chunks).length > 0) return json(400, remoteException('IllegalArgumentException', 'CREATE sends its data to the datanode, not to the namenode'));
          if (isDirectory) return json(403, remoteException('FileAlreadyExistsException', `${path} already exists as a directory`));
          return redirect(`&createparent=true&overwrite=${url.searchParams.get('overwrite') ?? 'false'}`);
        case 'PUT MKDIRS':
          if (isFile) return json(403, remoteException('FileAlreadyExistsException', `Path is not a directory: ${path}`));
          this.mkdirs(path);
          return json(200, JSON.stringify({ boolean: true }));
        case 'DELETE DELETE': {
          if (!isFile && !isDirectory) return json(200, JSON.stringify({ boolean: false }));
          const children = this.children(path);
          if (children.length > 0 && url.searchParams.get('recursive') !== 'true') return json(403, remoteException('PathIsNotEmptyDirectoryException', `${path} is non empty`));
          for (const entry of [path, ...children]) {
            this.files.delete(entry);
            this.directories.delete(entry);
          }
          return json(200, JSON.stringify({ boolean: true }));
        }
        case 'PUT RENAME': {
          const destination = url.searchParams.get('destination') ?? '';
          const parent = destination.slice(0, destination.lastIndexOf('/')) || '/';
          if ((!isFile && !isDirectory) || !this.directories.has(parent) || this.files.has(destination) || this.directories.has(destination)) return json(200, JSON.stringify({ boolean: false }));
          for (const entry of [path, ...this.children(path)]) {
            const moved = destination + entry.slice(path.length);
            if (this.files.has(entry)) {
              this.files.set(moved, this.files.get(entry)!);
              this.files.delete(entry);
            } else {
              this.directories.add(moved);
              this.directories.delete(entry);
            }
          }
          return json(200, JSON.stringify({ boolean: true }));
        }
        default:
          return json(400, remoteException('IllegalArgumentException', `Invalid value for webhdfs parameter "op": ${op}`));
      }
    });
  }

  private dataNode(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://datanode');
    const path = decodeURIComponent(url.pathname.replace(/^\/webhdfs\/v1/, ''));
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (url.searchParams.get('namenoderpcaddress') === null) {
        response.writeHead(400, { 'Content-Type': 'application/json' }).end(remoteException('IllegalArgumentException', 'namenoderpcaddress is not specified.'));
        return;
      }
      const op = url.searchParams.get('op');
      if (request.method === 'PUT' && op === 'CREATE') {
        this.write(path, '');
        this.files.set(path, Buffer.concat(chunks));
        response.writeHead(201, { Location: `hdfs://namenode:8020${path}`, 'Content-Length': '0' }).end();
      } else if (request.method === 'GET' && op === 'OPEN') {
        const body = this.files.get(path) ?? Buffer.alloc(0);
        response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.length) }).end(body);
      } else {
        response.writeHead(400, { 'Content-Type': 'application/json' }).end(remoteException('IllegalArgumentException', `Invalid operation ${op}`));
      }
    });
  }
}
