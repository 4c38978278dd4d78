import { isAbsolute } from 'node:path';
import { AirflowClient } from '@couler/backend-airflow';
import { resolveArgoServerConnection } from '@couler/backend-argo';
import { CoulerError } from '@couler/ir';
import { parse } from 'yaml';
import { argoSettings } from './argo-cluster';

const invalid = (key: string, message: string, hint?: string) => new CoulerError('INVALID_FIELD', message, { path: ['body', 'settings', key], ...(hint !== undefined && { hint }) });

/** Whether a kubeconfig's text reads as one; the error never quotes it (it holds credentials). */
function checkKubeconfig(text: string): void {
  let config: unknown;
  try {
    config = parse(text);
  } catch {
    throw invalid('kubeconfig', 'settings.kubeconfig is not YAML.', "Give the kubeconfig file's text, e.g. the output of `kubectl config view --minify --raw`.");
  }
  const clusters = (config as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(clusters) || clusters.length === 0) {
    throw invalid('kubeconfig', 'settings.kubeconfig has no clusters: it is not a kubeconfig.', 'Give the kubeconfig file\'s text, e.g. the output of `kubectl config view --minify --raw`.');
  }
}

/**
 * What the settings schema of a kind cannot say: an Argo Server URL the client takes, a
 * kubeconfig, an Airflow URL, an absolute DAG folder, a user with a password.
 *
 * @throws CoulerError `INVALID_FIELD` with the path into the request body.
 */
export function checkClusterSettings(kind: string, settings: Readonly<Record<string, unknown>>): void {
  try {
    if (kind === 'argo') resolveArgoServerConnection(argoSettings(settings));
    if (kind === 'airflow') new AirflowClient({ server: settings.server as string });
  } catch (error) {
    if (CoulerError.isInstance(error)) throw new CoulerError('INVALID_FIELD', error.message, { path: ['body', 'settings', ...(error.path ?? [])], ...(error.hint && { hint: error.hint }) });
    throw error;
  }
  if (kind === 'tekton') checkKubeconfig(settings.kubeconfig as string);
  if (kind === 'airflow') {
    if (!isAbsolute(settings.dagsFolder as string)) throw invalid('dagsFolder', `settings.dagsFolder must be an absolute path, not ${JSON.stringify(settings.dagsFolder)}.`);
    if ((settings.username === undefined) !== (settings.password === undefined)) throw invalid(settings.username === undefined ? 'username' : 'password', 'settings.username and settings.password go together.');
    if (settings.token !== undefined && settings.username !== undefined) throw invalid('token', 'Give a token or a user name and password, not both.');
  }
}
