import { CoulerError } from '@couler/ir';

/** One HTTP request to an Airflow server, whatever status it answers. */
export interface AirflowRequest {
  readonly method: string;
  readonly body?: string;
  readonly authorization?: string;
  readonly abortSignal?: AbortSignal;
}

/**
 * Sends a request with the global `fetch` and returns the response, error statuses included.
 *
 * @throws CoulerError `ENGINE_UNREACHABLE` when nothing answers at `base`.
 */
export async function sendToAirflow(base: string, url: string, request: AirflowRequest): Promise<Response> {
  try {
    return await fetch(url, {
      method: request.method,
      headers: {
        accept: 'application/json',
        ...(request.body !== undefined && { 'content-type': 'application/json' }),
        ...(request.authorization !== undefined && { authorization: request.authorization }),
      },
      ...(request.body !== undefined && { body: request.body }),
      ...(request.abortSignal !== undefined && { signal: request.abortSignal }),
    });
  } catch (error) {
    throw new CoulerError('ENGINE_UNREACHABLE', `Could not reach Airflow at ${base}: ${(error as Error).message}.`, { path: ['server'], hint: 'Check --server and that the Airflow API server is running.', cause: error });
  }
}

/** What went wrong, from Airflow's problem JSON (`{ title, status, detail, type }`) or the text. */
export async function problemDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    try {
      const problem = JSON.parse(text) as { detail?: unknown; title?: unknown };
      return typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : JSON.stringify(problem.detail ?? problem);
    } catch {
      return text.slice(0, 500);
    }
  } catch {
    // No body to read: the status says enough.
    return '';
  }
}

/** The typed error for an error status of `method url`. */
export async function httpError(response: Response, method: string, url: string): Promise<CoulerError> {
  const detail = await problemDetail(response);
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
