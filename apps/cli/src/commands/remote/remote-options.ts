import { CoulerError, type BackendV1RequestOptions } from '@couler/ir';
import { Option, type Command } from 'commander';
import { asRemoteBackend, BACKEND_IDS, resolveBackendSpec, type RemoteBackend } from '../../backends';
import { loadConfig } from '../../project/load-project';

/** Options of the commands that talk to an engine's API (`submit`, `watch`, and `status`/`logs` with `--backend`). */
export interface RemoteOptions {
  backend?: string;
  server?: string;
  namespace?: string;
  token?: string;
  insecureSkipVerify?: boolean;
}

export function addRemoteOptions(command: Command, defaultBackend?: string): Command {
  const what = `${BACKEND_IDS.join(', ')}, an id from couler.config, a path or a package`;
  const backend = new Option('-b, --backend <id>', defaultBackend ? `the engine: ${what} (default: couler.config's defaultBackend, else ${defaultBackend})` : `read the run from this engine instead of the local one: ${what}`);
  return command
    .addOption(backend)
    .option('--server <url>', "without --backend: a Couler server (default $COULER_SERVER); with it, the engine's API: the Argo Server (e.g. https://localhost:2746; default $ARGO_SERVER), Airflow's API server, or a Kubernetes API server for Tekton (default: kubeconfig)")
    .option('-n, --namespace <namespace>', 'Kubernetes namespace (default: $ARGO_NAMESPACE, else default)')
    .option('--token <token>', 'bearer token, with or without "Bearer " (Argo default: $ARGO_TOKEN, from `argo auth token`); user:password for Airflow\'s basic auth')
    .option('--insecure-skip-verify', "accept the server's TLS certificate unchecked (the Argo Server's own is self-signed)");
}

/** Whether any engine option was given, so a command that defaults to the local engine can tell. */
export function wantsRemote(options: RemoteOptions): boolean {
  if (options.backend !== undefined) return true;
  const stray = (['server', 'namespace', 'token'] as const).find((key) => options[key] !== undefined);
  if (stray !== undefined) {
    throw new CoulerError('INVALID_FIELD', `--${stray} is for a run on an engine; add --backend (${BACKEND_IDS.join(', ')}).`, {
      path: [stray],
      hint: 'Without --backend, the command reads runs of the local engine (couler run).',
    });
  }
  return false;
}

/**
 * The backend, the project's settings for it and the request options every call passes; with
 * `--insecure-skip-verify`, TLS checks off for this process.
 */
export async function remoteContext(
  options: RemoteOptions,
  cwd: string,
): Promise<{ backend: RemoteBackend; backendId: string; settings: Readonly<Record<string, unknown>>; request: BackendV1RequestOptions }> {
  const project = await loadConfig(cwd);
  const resolved = await resolveBackendSpec(options.backend ?? project.config.defaultBackend ?? 'argo', project, cwd);
  const { backendId, settings } = resolved;
  const backend = asRemoteBackend(resolved);
  if (options.insecureSkipVerify || process.env.ARGO_INSECURE_SKIP_VERIFY === 'true') {
    // fetch (undici) reads this when it opens a TLS connection; this process only talks to one server.
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  }
  const request: BackendV1RequestOptions = {
    ...(options.server !== undefined && { server: options.server }),
    ...(options.namespace !== undefined && { namespace: options.namespace }),
    ...(options.token !== undefined && { token: options.token }),
  };
  return { backend, backendId, settings, request };
}

/** The flags to repeat in a "next:" hint, so the user can paste it (never the token). */
export function remoteFlags(backendId: string, options: RemoteOptions, namespace: string | undefined): string {
  const parts = [`--backend ${backendId}`];
  if (options.server !== undefined) parts.push(`--server ${options.server}`);
  if (namespace !== undefined) parts.push(`-n ${namespace}`);
  if (options.insecureSkipVerify) parts.push('--insecure-skip-verify');
  return parts.join(' ');
}

export function parseInterval(text: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CoulerError('INVALID_FIELD', `--interval takes a number of seconds above 0; got "${text}".`);
  return seconds * 1000;
}
