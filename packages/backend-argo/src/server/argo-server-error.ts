import { CoulerError, type CoulerErrorCode } from '@couler/ir';
import { ARGO_PORT_FORWARD_HINT } from './argo-server-connection';

/** Why a request to the Argo Server failed, for callers that react to it (retry, ask for a token …). */
export type ArgoServerFailure =
  | 'unreachable'
  | 'timeout'
  | 'tls'
  | 'unauthenticated'
  | 'forbidden'
  | 'already-exists'
  | 'invalid'
  | 'not-found'
  | 'server-error'
  | 'protocol';

/**
 * What `@couler/ir` has no code for yet maps onto the nearest existing one; `failure` tells the
 * cases apart. (Codes of their own — unreachable, unauthenticated, not found — are requested.)
 */
const CODES: Record<ArgoServerFailure, CoulerErrorCode> = {
  unreachable: 'ENGINE_UNREACHABLE',
  timeout: 'ENGINE_UNREACHABLE',
  tls: 'ENGINE_UNREACHABLE',
  unauthenticated: 'ENGINE_AUTH_FAILED',
  forbidden: 'ENGINE_AUTH_FAILED',
  'already-exists': 'ENGINE_CONFLICT',
  invalid: 'ENGINE_REJECTED',
  'not-found': 'RUN_NOT_FOUND',
  'server-error': 'ENGINE_ERROR',
  protocol: 'ENGINE_ERROR',
};

export interface ArgoServerErrorOptions {
  readonly path?: ReadonlyArray<string | number>;
  readonly hint?: string;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The gRPC code of the server's error body (`{ code, message }`), when it sent one. */
  readonly grpcCode?: number;
  /** The server's own message, verbatim. */
  readonly serverMessage?: string;
  readonly cause?: unknown;
}

/** A failed request to the Argo Server: a `CoulerError` that also says which kind of failure it was. */
export class ArgoServerError extends CoulerError {
  readonly failure: ArgoServerFailure;
  readonly status?: number;
  readonly grpcCode?: number;
  readonly serverMessage?: string;

  constructor(failure: ArgoServerFailure, message: string, options: ArgoServerErrorOptions = {}) {
    const { status, grpcCode, serverMessage, ...rest } = options;
    super(CODES[failure], message, rest);
    this.name = 'ArgoServerError';
    this.failure = failure;
    if (status !== undefined) this.status = status;
    if (grpcCode !== undefined) this.grpcCode = grpcCode;
    if (serverMessage !== undefined) this.serverMessage = serverMessage;
  }

  static isArgoServerError(error: unknown): error is ArgoServerError {
    return CoulerError.isInstance(error) && typeof (error as { failure?: unknown }).failure === 'string';
  }
}

/** What a request was doing, for messages: `create Workflow "x-"`, `get workflow "x"`. */
export interface ArgoRequestDescription {
  readonly action: string;
  readonly kind: string;
  readonly name?: string;
  readonly namespace?: string;
  /** The server's base address, for connection messages. */
  readonly server: string;
  readonly hasToken: boolean;
}

const TLS_CODES = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE)|ERR_TLS_CERT|ERR_SSL_|EPROTO)/;

function causeCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The error for a request that got no answer: refused, unknown host, TLS, timeout. */
export function connectionError(error: unknown, request: ArgoRequestDescription, timeoutMs: number): ArgoServerError {
  const server = request.server;
  if ((error as { name?: unknown })?.name === 'TimeoutError') {
    return new ArgoServerError('timeout', `The Argo Server at ${server} did not answer within ${timeoutMs / 1000}s (${request.action} ${request.kind}).`, {
      path: ['server'],
      hint: `Check that ${server} is the Argo Server and that it is up (kubectl -n argo get pods); a slow cluster may need a longer --timeout.`,
      cause: error,
    });
  }
  const code = causeCode(error);
  if (code !== undefined && TLS_CODES.test(code)) {
    const plainHttp = code.startsWith('ERR_SSL_') || code === 'EPROTO';
    return new ArgoServerError('tls', `Could not talk TLS to the Argo Server at ${server} (${code}).`, {
      path: ['server'],
      hint: plainHttp
        ? 'The server may speak plain HTTP (argo server --secure=false): use an http:// address.'
        : 'The Argo Server uses a self-signed certificate by default: pass --insecure-skip-verify (or set ARGO_INSECURE_SKIP_VERIFY=true), or give it a trusted certificate.',
      cause: error,
    });
  }
  const what = code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'its host name does not resolve' : code === 'ECONNREFUSED' ? 'the connection was refused' : code ? `the connection failed (${code})` : 'the connection failed';
  return new ArgoServerError('unreachable', `Could not reach the Argo Server at ${server}: ${what}.`, {
    path: ['server'],
    hint: `Is it running and is this its address? Without an ingress: ${ARGO_PORT_FORWARD_HINT}, then --server https://localhost:2746 (or set ARGO_SERVER).`,
    cause: error,
  });
}

/** A dotted field at the start of, or quoted in, a server message: `spec.entrypoint is required` → `['spec', 'entrypoint']`. */
export function fieldOfMessage(message: string): string[] | undefined {
  const match = /(?:^|[\s:"'(])((?:metadata|spec|status|templates|workflowSpec|arguments)(?:\.[A-Za-z0-9_-]+|\[\d+\])+)/.exec(message);
  if (!match) return undefined;
  return match[1]!.split(/\.|(?=\[)/).map((part) => part.replace(/^\[(\d+)\]$/, '$1'));
}

function named(request: ArgoRequestDescription): string {
  const where = request.namespace === undefined ? '' : ` in namespace "${request.namespace}"`;
  return `${request.kind}${request.name === undefined ? '' : ` "${request.name}"`}${where}`;
}

/**
 * The error for a non-2xx answer. The Argo Server (grpc-gateway) sends `{ code, message }` with
 * a gRPC code; a proxy in front of it may send anything, so the body is read defensively.
 */
export function responseError(status: number, statusText: string, body: string, request: ArgoRequestDescription): ArgoServerError {
  let serverMessage: string | undefined;
  let grpcCode: number | undefined;
  try {
    const parsed = JSON.parse(body) as { code?: unknown; message?: unknown; error?: unknown };
    const inner = parsed.error !== null && typeof parsed.error === 'object' ? (parsed.error as { grpc_code?: unknown; message?: unknown }) : undefined;
    const message = inner?.message ?? parsed.message ?? parsed.error;
    if (typeof message === 'string') serverMessage = message;
    const code = inner?.grpc_code ?? parsed.code;
    if (typeof code === 'number') grpcCode = code;
  } catch {
    const text = body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    if (text) serverMessage = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }
  const said = serverMessage === undefined ? '' : `: ${serverMessage}`;
  const common = { status, ...(grpcCode !== undefined && { grpcCode }), ...(serverMessage !== undefined && { serverMessage }) };
  const getToken = 'Get one with `argo auth token` (or `kubectl -n argo create token <service-account>`) and pass it with --token or ARGO_TOKEN.';
  if (status === 401 || grpcCode === 16) {
    return new ArgoServerError('unauthenticated', `The Argo Server at ${request.server} did not accept ${request.hasToken ? 'the token' : 'a request without a token'} (401)${said}`, {
      ...common,
      path: ['token'],
      hint: request.hasToken ? `The token is wrong or has expired. ${getToken}` : `This server needs a token. ${getToken}`,
    });
  }
  if (status === 403 || grpcCode === 7) {
    return new ArgoServerError('forbidden', `The token may not ${request.action} ${named(request)} (403)${said}`, {
      ...common,
      path: ['token'],
      hint: `Use a token of a service account allowed to ${request.action} ${request.kind.toLowerCase()}s there (a Role with argoproj.io rights), or another --namespace.`,
    });
  }
  if (status === 409 || grpcCode === 6) {
    return new ArgoServerError('already-exists', `A ${request.kind} named "${request.name ?? '?'}" already exists${request.namespace === undefined ? '' : ` in namespace "${request.namespace}"`}.`, {
      ...common,
      path: ['metadata', 'name'],
      hint:
        request.kind === 'Workflow'
          ? 'Compile with generateName (the default: drop --no-generate-name / generateName: false) so each submission gets a fresh name, or delete the old one (argo delete).'
          : `Give it a new name, or delete the old one first (argo ${request.kind === 'CronWorkflow' ? 'cron' : request.kind === 'ClusterWorkflowTemplate' ? 'cluster-template' : 'template'} delete ${request.name ?? ''}).`,
    });
  }
  if (status === 404 || grpcCode === 5) {
    return new ArgoServerError('not-found', `There is no ${named(request)} on ${request.server}${said ? ` (${serverMessage})` : ''}.`, {
      ...common,
      hint: `Check the name and --namespace (argo list -n ${request.namespace ?? '<namespace>'} lists the workflows).`,
    });
  }
  if (status === 400 || status === 422 || grpcCode === 3 || grpcCode === 9) {
    const field = serverMessage === undefined ? undefined : fieldOfMessage(serverMessage);
    return new ArgoServerError('invalid', `The Argo Server refused ${named(request)} (${status})${said}`, {
      ...common,
      ...(field !== undefined && { path: field }),
      hint: 'The message above is Argo\'s own; `couler compile --validate` checks a workflow against Argo\'s schema before submitting.',
    });
  }
  return new ArgoServerError('server-error', `The Argo Server at ${request.server} answered ${status}${statusText ? ` ${statusText}` : ''} to ${request.action} ${named(request)}${said}`, {
    ...common,
    hint: status >= 500 ? 'The server or a proxy in front of it failed; try again, and look at the argo-server logs (kubectl -n argo logs deploy/argo-server).' : 'Check that --server points at the Argo Server itself.',
  });
}
