import { CoulerError } from '@couler/ir';
import { readCredentials, basicAuthorization } from './airflow-token';
import { httpError, problemDetail, sendToAirflow } from './airflow-http';

/** The Airflow major a REST client talks to: fixed, or asked of the server. */
export type AirflowServerVersion = 2 | 3 | 'auto';

/** Detected majors by server URL, shared by the clients of one backend so each server is asked once. */
export type AirflowVersionCache = Map<string, Promise<2 | 3>>;

/** Airflow 3 serves `/api/v2`, Airflow 2 `/api/v1`; each has a version endpoint that needs no login. */
const PROBES = [
  { major: 3, path: '/api/v2/version' },
  { major: 2, path: '/api/v1/version' },
] as const;

const SKIP_HINT = 'Or set the airflow backend\'s airflowVersion to 2 or 3 to skip the version check.';

/** The major of a `{ "version": "3.0.2", "git_version": … }` answer, if that is what it is. */
async function majorOf(response: Response): Promise<number | undefined> {
  try {
    const body = (await response.json()) as { version?: unknown };
    const match = typeof body.version === 'string' ? /^(\d+)\./.exec(body.version) : null;
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks an Airflow server which major it runs: `GET /api/v2/version` (Airflow 3), then
 * `GET /api/v1/version` (Airflow 2). Both endpoints are public; credentials go along in the form
 * that version takes them without a login exchange (a bearer token; `user:password` as basic auth
 * to Airflow 2), for servers behind a proxy that wants them.
 *
 * @throws CoulerError `ENGINE_UNREACHABLE` when nothing answers; `ENGINE_AUTH_FAILED` when a
 *   probe is refused (401/403) and none succeeds; `ENGINE_ERROR` for a server error, or naming
 *   both URLs when neither answers as Airflow does.
 */
export async function detectAirflowVersion(options: { readonly base: string; readonly token?: string; readonly abortSignal?: AbortSignal }): Promise<2 | 3> {
  const { base } = options;
  const credentials = readCredentials(options.token);
  const answers: string[] = [];
  const refusals: string[] = [];
  for (const probe of PROBES) {
    const url = `${base}${probe.path}`;
    const authorization =
      credentials?.kind === 'bearer' ? `Bearer ${credentials.token}` : credentials !== undefined && probe.major === 2 ? basicAuthorization(credentials.username, credentials.password) : undefined;
    const response = await sendToAirflow(base, url, { method: 'GET', ...(authorization !== undefined && { authorization }), ...(options.abortSignal !== undefined && { abortSignal: options.abortSignal }) });
    if (response.status === 401 || response.status === 403) {
      // Perhaps only this major's form of the credentials gets through: try the other.
      const detail = await problemDetail(response);
      refusals.push(`GET ${url} answered ${response.status}${detail ? ` (${detail})` : ''}`);
      continue;
    }
    if (response.status >= 500) throw await httpError(response, 'GET', url);
    if (response.ok) {
      const major = await majorOf(response);
      if (major !== undefined && (probe.major === 3 ? major >= 3 : major === 2)) return probe.major;
      answers.push(`GET ${url} answered ${response.status} without an Airflow ${probe.major} version`);
      continue;
    }
    answers.push(`GET ${url} answered ${response.status}`);
  }
  if (refusals.length > 0) {
    throw new CoulerError('ENGINE_AUTH_FAILED', `Airflow at ${base} refused to say which version it runs: ${[...refusals, ...answers].join('; ')}.`, {
      path: ['token'],
      hint: `Airflow's own version endpoints need no login, so something in front of it wants credentials: pass them with --token (a bearer token, or user:password for Airflow 2). ${SKIP_HINT}`,
    });
  }
  throw new CoulerError('ENGINE_ERROR', `The server at ${base} does not answer as Airflow 2 or 3 does: ${answers.join('; ')}.`, {
    path: ['server'],
    hint: `Check --server: the URL of the Airflow API server (the webserver on Airflow 2), without /api/…. ${SKIP_HINT}`,
  });
}
