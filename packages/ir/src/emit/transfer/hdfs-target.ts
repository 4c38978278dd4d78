import type { ArtifactLocation } from '../../schema/artifact';

type HdfsLocation = Extract<ArtifactLocation, { type: 'hdfs' }>;

/** The namenode's HTTP port in Hadoop 3 (`dfs.namenode.http-address`), where WebHDFS answers. */
export const WEBHDFS_PORT = 9870;
/** RPC ports an `hdfs://` address is usually written with: Hadoop's default and its docs' example. */
const RPC_PORTS = new Set(['8020', '9000']);

/**
 * The WebHDFS base URL of one of an HDFS location's `addresses`, or why it is not one. Argo's
 * addresses are RPC addresses (`host:8020`); WebHDFS answers on the namenode's HTTP port. So an
 * `http://` or `https://` URL is used as it is, `host:8020`, `host:9000` and a bare `host` become
 * `http://host:9870`, and any other `host:port` is taken to be the HTTP address already.
 */
export function webHdfsAddress(address: string): string | { readonly refused: string } {
  if (/^https?:\/\/[^\s/]+(\/[^\s]*)?$/i.test(address)) return address.replace(/\/+$/, '');
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(address);
  if (!match) return { refused: `its address ${JSON.stringify(address)} is neither host:port nor an http:// or https:// URL of the namenode` };
  const [, host, port] = match;
  return `http://${host}:${port === undefined || RPC_PORTS.has(port) ? WEBHDFS_PORT : port}`;
}

/**
 * The absolute HDFS path of a location, or why HDFS itself would refuse it. HDFS resolves a
 * relative path in the user's home directory (`/user/<user>`) and refuses a name with a `:`, a
 * `.` or `..` component or an empty one (`DFSUtil.isValidName`); an output cannot replace `/`.
 */
export function hdfsPath(location: HdfsLocation, direction: 'input' | 'output'): string | { readonly refused: string } {
  let path = location.path;
  if (!path.startsWith('/')) {
    if (location.user === undefined) return { refused: `its path ${JSON.stringify(path)} is relative, and HDFS resolves it in the home directory of a user the location does not name (give "user" or an absolute path)` };
    path = `/user/${location.user}/${path}`;
  }
  if (path.length > 1) path = path.replace(/\/+$/, '');
  const components = path.split('/').slice(1);
  if (path !== '/' && components.some((component) => component === '' || component === '.' || component === '..' || component.includes(':'))) {
    return { refused: `HDFS refuses the path ${JSON.stringify(path)}: a name may not be empty, "." or "..", nor hold a ":"` };
  }
  if (path === '/' && direction === 'output') return { refused: 'an output cannot replace the root directory of HDFS' };
  return path;
}
