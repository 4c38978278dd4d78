import type { EnvFrom, EnvVar, SecretKeyRef } from '@couler/ir';
import { resolveValue, ResolveError, type ResolveScope } from './resolve-value';

const envName = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/**
 * The variable a Kubernetes secret key (or ConfigMap key) is read from on this machine:
 * secret `db-creds`, key `password` → `COULER_SECRET_DB_CREDS_PASSWORD`. The IR never holds
 * secret values; the local engine takes them from its own environment.
 */
export function secretVariable(kind: 'secret' | 'configMap', name: string, key: string): string {
  return `COULER_${kind === 'secret' ? 'SECRET' : 'CONFIGMAP'}_${envName(name)}_${envName(key)}`;
}

function readKey(kind: 'secret' | 'configMap', ref: SecretKeyRef, base: Readonly<Record<string, string | undefined>>, variable: string): string | undefined {
  const from = secretVariable(kind, ref.name, ref.key);
  const value = base[from];
  if (value === undefined && !ref.optional) {
    throw new ResolveError(
      `env ${variable} reads key "${ref.key}" of ${kind === 'secret' ? 'secret' : 'ConfigMap'} "${ref.name}", which the local engine takes from $${from}; set it before running.`,
    );
  }
  return value;
}

/**
 * The step's own variables, resolved: values (literals and references), secret and ConfigMap
 * keys (from `COULER_SECRET_…`/`COULER_CONFIGMAP_…` variables), and `envFrom` (every such
 * variable of the named secret or ConfigMap, with the prefix). Returned apart from the base
 * environment because only these count for memoization.
 */
export function resolveStepEnvironment(
  env: ReadonlyArray<EnvVar> | undefined,
  envFrom: ReadonlyArray<EnvFrom> | undefined,
  scope: ResolveScope,
  base: Readonly<Record<string, string | undefined>>,
  rewrite: (text: string) => string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const source of envFrom ?? []) {
    const kind = source.secretRef ? 'secret' : 'configMap';
    const name = source.secretRef?.name ?? source.configMapRef?.name ?? '';
    const prefix = `COULER_${kind === 'secret' ? 'SECRET' : 'CONFIGMAP'}_${envName(name)}_`;
    for (const [key, value] of Object.entries(base)) {
      if (key.startsWith(prefix) && value !== undefined) result[`${source.prefix ?? ''}${key.slice(prefix.length)}`] = value;
    }
  }
  for (const variable of env ?? []) {
    if (variable.value !== undefined) {
      result[variable.name] = resolveValue(variable.value, scope, rewrite);
    } else if (variable.secretKeyRef) {
      const value = readKey('secret', variable.secretKeyRef, base, variable.name);
      if (value !== undefined) result[variable.name] = value;
    } else if (variable.configMapKeyRef) {
      const value = readKey('configMap', variable.configMapKeyRef, base, variable.name);
      if (value !== undefined) result[variable.name] = value;
    }
  }
  return result;
}
