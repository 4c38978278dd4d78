import { CoulerError, type CoulerErrorCode } from '@couler/ir';

/** Where the Couler server is and who the caller is: `--server`/`COULER_SERVER`, `--token`/`COULER_TOKEN`. */
export interface CoulerServerTarget {
  readonly url: string;
  readonly token?: string;
}

/** The target when `--server` or `COULER_SERVER` names one; undefined keeps the local engine. */
export function coulerServerTarget(options: { server?: string; token?: string }, env: NodeJS.ProcessEnv = process.env): CoulerServerTarget | undefined {
  const url = options.server ?? env.COULER_SERVER;
  if (url === undefined || url === '') return undefined;
  const token = options.token ?? env.COULER_TOKEN;
  return { url: url.replace(/\/+$/, ''), ...(token !== undefined && token !== '' && { token: token.replace(/^Bearer\s+/i, '') }) };
}

function fromErrorBody(status: number, body: unknown, target: CoulerServerTarget): CoulerError {
  const error = (body as { error?: { code?: string; message?: string; path?: Array<string | number>; hint?: string; errors?: Array<{ code: string; message: string; path?: Array<string | number> }> } } | undefined)?.error;
  if (!error?.code || !error.message) {
    return new CoulerError('SERVER_ERROR', `${target.url} answered HTTP ${status} without a Couler error body; it does not look like a Couler server.`, {
      hint: "For an engine's own API (the Argo Server, Airflow, Kubernetes), add --backend.",
    });
  }
  // The CLI knows its own flags better than the server's generic hint does.
  const hint = error.code === 'UNAUTHENTICATED' ? 'Pass --token or set COULER_TOKEN (`couler server` prints the first token when it starts).' : error.hint;
  return new CoulerError(error.code as CoulerErrorCode, error.message, {
    ...(error.path && error.path.length > 0 && { path: error.path }),
    ...(hint && { hint }),
    ...(error.errors && { errors: error.errors.map((inner) => new CoulerError(inner.code as CoulerErrorCode, inner.message, { ...(inner.path && { path: inner.path }) })) }),
  });
}

/** One API call; a 4xx/5xx becomes the server's CoulerError (its code, path and hint). */
export async function callServer<T>(target: CoulerServerTarget, method: string, path: string, body?: unknown, init: { accept?: string; signal?: AbortSignal; headers?: Record<string, string> } = {}): Promise<Response & { json(): Promise<T> }> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/json', ...init.headers };
  if (target.token !== undefined) headers.authorization = `Bearer ${target.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${target.url}/api/v1${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }), ...(init.signal && { signal: init.signal }) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new CoulerError('SERVER_ERROR', `Cannot reach the Couler server at ${target.url}: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}.`, {
      cause: error,
      hint: 'Start it with `couler server`, or check --server / COULER_SERVER.',
    });
  }
  if (!response.ok) throw fromErrorBody(response.status, await response.json().catch(() => undefined), target);
  return response as Response & { json(): Promise<T> };
}

export async function getJson<T>(target: CoulerServerTarget, method: string, path: string, body?: unknown): Promise<T> {
  return (await (await callServer<T>(target, method, path, body)).json()) as T;
}

/** `--server` and `--token` for the commands that otherwise read the local engine. */
export function addCoulerServerOptions<T extends { option(flags: string, description: string): T }>(command: T): T {
  return command
    .option('--server <url>', 'a Couler server (`couler server`) instead of the local engine (default: $COULER_SERVER)')
    .option('--token <token>', 'API token for --server (default: $COULER_TOKEN)');
}
