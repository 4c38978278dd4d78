import { CoulerError } from '@couler/ir';

/** Where an Argo Server is and who is asking; every field may also come from the environment. */
export interface ArgoServerConnectionOptions {
  /**
   * The Argo Server: `https://argo.example.com:2746`, or `host:port` as the argo CLI's
   * `ARGO_SERVER` takes it (then `https`, or `http` with `ARGO_SECURE=false`). A path after the
   * host is kept (a server behind an ingress at `/argo/`). Default: `$ARGO_SERVER`.
   */
  readonly server?: string;
  /** Kubernetes namespace of the workflows. Default: `$ARGO_NAMESPACE`, else `default`. */
  readonly namespace?: string;
  /**
   * A bearer token, with or without the `Bearer ` prefix (`argo auth token` prints it with the
   * prefix). Default: `$ARGO_TOKEN`. None for a server in `--auth-mode=server`.
   */
  readonly token?: string;
  /** Where `ARGO_*` defaults are read. Default: `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A checked, normalized connection: what the client sends. */
export interface ArgoServerConnection {
  /** The server's address with a trailing `/`, so that `new URL('api/v1/…', baseUrl)` keeps a path prefix. */
  readonly baseUrl: string;
  readonly namespace: string;
  /** The `Authorization` header, when there is a token. */
  readonly authorization?: string;
}

const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const PORT_FORWARD = 'kubectl -n argo port-forward svc/argo-server 2746:2746';

/** `Bearer <token>` from a token given with or without the prefix (any case), or a `Basic` credential as it is. */
export function authorizationHeader(token: string | undefined): string | undefined {
  const trimmed = token?.trim();
  if (!trimmed) return undefined;
  const bearer = /^bearer\s+(.*)$/is.exec(trimmed);
  if (bearer) return `Bearer ${bearer[1]!.trim()}`;
  const basic = /^basic\s+(.*)$/is.exec(trimmed);
  if (basic) return `Basic ${basic[1]!.trim()}`;
  return `Bearer ${trimmed}`;
}

/**
 * Resolves options and `ARGO_*` environment variables into a connection.
 *
 * @throws CoulerError `INVALID_FIELD` at `server` when there is no server or it is not a URL,
 *   at `namespace` for a name Kubernetes would refuse.
 */
export function resolveArgoServerConnection(options: ArgoServerConnectionOptions = {}): ArgoServerConnection {
  const env = options.env ?? process.env;
  const server = (options.server ?? env.ARGO_SERVER ?? '').trim();
  if (server === '') {
    throw new CoulerError('INVALID_FIELD', 'No Argo Server was given.', {
      path: ['server'],
      hint: `Pass --server https://<host>:2746 or set ARGO_SERVER. Without an ingress: ${PORT_FORWARD}, then --server https://localhost:2746.`,
    });
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(server) ? server : `${env.ARGO_SECURE === 'false' ? 'http' : 'https'}://${server}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CoulerError('INVALID_FIELD', `The Argo Server address ${JSON.stringify(server)} is not a URL.`, { path: ['server'], hint: 'Example: --server https://localhost:2746' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CoulerError('INVALID_FIELD', `The Argo Server address must be http:// or https://, not ${url.protocol}//.`, { path: ['server'] });
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  const namespace = (options.namespace ?? env.ARGO_NAMESPACE ?? 'default').trim();
  if (!NAMESPACE.test(namespace) || namespace.length > 63) {
    throw new CoulerError('INVALID_FIELD', `${JSON.stringify(namespace)} is not a Kubernetes namespace name.`, {
      path: ['namespace'],
      hint: 'Namespaces are lower-case letters, digits and "-", at most 63 characters (e.g. argo).',
    });
  }
  const authorization = authorizationHeader(options.token ?? env.ARGO_TOKEN);
  return { baseUrl: url.href, namespace, ...(authorization !== undefined && { authorization }) };
}

export const ARGO_PORT_FORWARD_HINT = PORT_FORWARD;
