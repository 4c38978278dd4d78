import { CoulerError } from '@couler/ir';
import { httpError, sendToAirflow } from './airflow-http';
import { basicAuthorization, readCredentials } from './airflow-token';
import { detectAirflowVersion, type AirflowServerVersion, type AirflowVersionCache } from './detect-airflow-version';

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
 * with the global `fetch`. With `airflowVersion: 'auto'` (the default) it asks the server which
 * major it runs before its first request, once. Errors come back as CoulerErrors that say what
 * to fix.
 */
export class AirflowClient {
  private readonly base: string;
  private major: Promise<2 | 3> | undefined;
  private authorization: Promise<string | undefined> | undefined;

  /**
   * @param versionCache detected majors by server URL, to share between clients (a backend's).
   * @throws CoulerError `INVALID_FIELD` for a missing or non-HTTP server URL.
   */
  constructor(
    private readonly options: AirflowClientOptions,
    readonly airflowVersion: AirflowServerVersion = 'auto',
    private readonly versionCache?: AirflowVersionCache,
  ) {
    if (options.server === undefined || !/^https?:\/\//.test(options.server)) {
      throw new CoulerError('INVALID_FIELD', `The airflow backend needs the URL of the Airflow API server (http:// or https://), not ${JSON.stringify(options.server)}.`, {
        path: ['server'],
        hint: 'Pass --server http://airflow.example.com:8080.',
      });
    }
    this.base = options.server.replace(/\/+$/, '');
    if (airflowVersion !== 'auto') this.major = Promise.resolve(airflowVersion);
  }

  /**
   * The Airflow major of the server: the one given, or the server's answer to
   * `GET /api/v2/version`, then `GET /api/v1/version`, asked once per client (and per
   * `versionCache`). A failed check is not remembered.
   *
   * @throws CoulerError `ENGINE_UNREACHABLE`, `ENGINE_AUTH_FAILED`, or `ENGINE_ERROR` naming the
   *   URLs asked when the server answers as neither Airflow 2 nor 3.
   */
  majorVersion(): Promise<2 | 3> {
    if (this.major !== undefined) return this.major;
    const cached = this.versionCache?.get(this.base);
    const detecting = cached ?? detectAirflowVersion({ base: this.base, ...(this.options.token !== undefined && { token: this.options.token }), ...(this.options.abortSignal !== undefined && { abortSignal: this.options.abortSignal }) });
    this.major = detecting;
    if (cached === undefined) this.versionCache?.set(this.base, detecting);
    detecting.catch(() => {
      if (this.major === detecting) this.major = undefined;
      if (this.versionCache?.get(this.base) === detecting) this.versionCache.delete(this.base);
    });
    return detecting;
  }

  /** `dags/x/dagRuns` → the full URL under the server's API prefix; path segments are encoded by the caller. */
  async url(path: string): Promise<string> {
    return `${this.base}${(await this.majorVersion()) === 3 ? '/api/v2' : '/api/v1'}/${path}`;
  }

  private async authorize(): Promise<string | undefined> {
    const credentials = readCredentials(this.options.token);
    if (credentials === undefined) return undefined;
    if (credentials.kind === 'bearer') return `Bearer ${credentials.token}`;
    const { username, password } = credentials;
    if ((await this.majorVersion()) === 2) return basicAuthorization(username, password);
    // Airflow 3's API server takes JWTs; its auth manager issues them for a user name and password.
    const response = await this.send(`${this.base}/auth/token`, { method: 'POST', body: JSON.stringify({ username, password }) }, undefined);
    const body = (await response.json()) as { access_token?: string };
    if (typeof body.access_token !== 'string') throw new CoulerError('INVALID_FIELD', `Airflow's ${this.base}/auth/token answered without an access_token.`, { path: ['token'] });
    return `Bearer ${body.access_token}`;
  }

  private async send(url: string, init: { method: string; body?: string }, authorization: string | undefined): Promise<Response> {
    const response = await sendToAirflow(this.base, url, {
      ...init,
      ...(authorization !== undefined && { authorization }),
      ...(this.options.abortSignal !== undefined && { abortSignal: this.options.abortSignal }),
    });
    if (!response.ok) throw await httpError(response, init.method, url);
    return response;
  }

  /** Sends a request and returns the parsed JSON answer. */
  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const url = await this.url(path);
    this.authorization ??= this.authorize();
    const response = await this.send(url, { method, ...(body !== undefined && { body: JSON.stringify(body) }) }, await this.authorization);
    return (await response.json()) as T;
  }
}
