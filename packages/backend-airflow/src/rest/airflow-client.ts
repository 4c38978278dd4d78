import { CoulerError } from '@couler/ir';

export interface AirflowClientOptions {
  /** Base URL of the Airflow API server (the webserver on 2.x), e.g. `http://localhost:8080`. */
  readonly server?: string;
  /**
   * Credentials: `user:password` (basic auth on Airflow 2; on Airflow 3 exchanged for a JWT at
   * `POST /auth/token`), or a bearer token (an Airflow 3 JWT, or an identity provider's token).
   */
  readonly token?: string;
  readonly abortSignal?: AbortSignal;
}

/**
 * A small client for Airflow's stable REST API: `/api/v1` on Airflow 2, `/api/v2` on Airflow 3,
 * with the global `fetch`. Errors come back as CoulerErrors that say what to fix.
 */
export class AirflowClient {
  private readonly base: string;
  private readonly prefix: string;
  private authorization: Promise<string | undefined> | undefined;

  constructor(
    private readonly options: AirflowClientOptions,
    readonly airflowVersion: 2 | 3,
  ) {
    if (options.server === undefined || !/^https?:\/\//.test(options.server)) {
      throw new CoulerError('INVALID_FIELD', `The airflow backend needs the URL of the Airflow API server (http:// or https://), not ${JSON.stringify(options.server)}.`, {
        path: ['server'],
        hint: 'Pass --server http://airflow.example.com:8080.',
      });
    }
    this.base = options.server.replace(/\/+$/, '');
    this.prefix = airflowVersion === 3 ? '/api/v2' : '/api/v1';
  }

  /** `dags/x/dagRuns` → the full URL under the API prefix; path segments are encoded by the caller. */
  url(path: string): string {
    return `${this.base}${this.prefix}/${path}`;
  }

  private async authorize(): Promise<string | undefined> {
    const { token } = this.options;
    if (token === undefined || token === '') return undefined;
    const separator = token.indexOf(':');
    if (separator < 0 || /^bearer /i.test(token)) return `Bearer ${token.replace(/^bearer /i, '')}`;
    const username = token.slice(0, separator);
    const password = token.slice(separator + 1);
    if (this.airflowVersion === 2) return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    // Airflow 3's API server takes JWTs; its auth manager issues them for a user name and password.
    const response = await this.send(`${this.base}/auth/token`, { method: 'POST', body: JSON.stringify({ username, password }) }, undefined);
    const body = (await response.json()) as { access_token?: string };
    if (typeof body.access_token !== 'string') throw new CoulerError('INVALID_FIELD', `Airflow's ${this.base}/auth/token answered without an access_token.`, { path: ['token'] });
    return `Bearer ${body.access_token}`;
  }

  private async send(url: string, init: { method: string; body?: string }, authorization: string | undefined): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method,
        headers: { accept: 'application/json', ...(init.body !== undefined && { 'content-type': 'application/json' }), ...(authorization !== undefined && { authorization }) },
        ...(init.body !== undefined && { body: init.body }),
        ...(this.options.abortSignal !== undefined && { signal: this.options.abortSignal }),
      });
    } catch (error) {
      throw new CoulerError('ENGINE_UNREACHABLE', `Could not reach Airflow at ${this.base}: ${(error as Error).message}.`, { path: ['server'], hint: 'Check --server and that the Airflow API server is running.', cause: error });
    }
    if (!response.ok) throw await httpError(response, init.method, url);
    return response;
  }

  /** Sends a request and returns the parsed JSON answer. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    this.authorization ??= this.authorize();
    const response = await this.send(this.url(path), { method, ...(body !== undefined && { body: JSON.stringify(body) }) }, await this.authorization);
    return (await response.json()) as T;
  }
}

/** Airflow answers errors as problem JSON: `{ title, status, detail, type }`. */
async function httpError(response: Response, method: string, url: string): Promise<CoulerError> {
  let detail = '';
  try {
    const text = await response.text();
    try {
      const problem = JSON.parse(text) as { detail?: unknown; title?: unknown };
      detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : JSON.stringify(problem.detail ?? problem);
    } catch {
      detail = text.slice(0, 500);
    }
  } catch {
    // No body to read: the status says enough.
  }
  const what = `Airflow answered ${response.status} to ${method} ${url}${detail ? `: ${detail}` : ''}`;
  switch (response.status) {
    case 401:
    case 403:
      return new CoulerError('ENGINE_AUTH_FAILED', `${what}.`, {
        path: ['token'],
        hint: response.status === 401 ? 'Pass credentials with --token user:password or --token <JWT>.' : 'The user needs permission to trigger and read DAG runs.',
      });
    case 404:
      return /\/dagRuns\/[^/?]+/.test(url)
        ? new CoulerError('RUN_NOT_FOUND', `${what}.`, { path: ['runId'], hint: 'Check the run id (dag_id/dag_run_id) and --server.' })
        : new CoulerError('LOAD_FAILED', `${what}.`, {
            hint: 'Airflow has not loaded this DAG: write the DAG file into its DAG folder (couler compile -o <dags folder>) and wait for the DAG processor to parse it.',
          });
    case 409:
      return new CoulerError('ENGINE_CONFLICT', `${what}.`, { hint: 'A DAG run with this id exists already; trigger without a run id, or choose another.' });
    case 400:
    case 422:
      return new CoulerError('ENGINE_REJECTED', `${what}.`);
    default:
      return new CoulerError('ENGINE_ERROR', `${what}.`);
  }
}
