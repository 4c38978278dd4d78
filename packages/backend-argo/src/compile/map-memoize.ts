import { createHash } from 'node:crypto';
import type { CacheHint, Step } from '@couler/ir';
import type { ArgoMemoize } from './argo-types';
import { durationString } from './map-retry-strategy';
import { unsupported } from './unsupported';

/** Argo refuses cache keys outside this pattern (`workflow/controller/cache/cache.go`). */
export const ARGO_CACHE_KEY_PATTERN = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;

/** The default ConfigMap Argo keeps memoized outputs in; created by the controller on first use. */
export const DEFAULT_MEMOIZE_CONFIG_MAP = 'couler-memoize';

/** Canonical JSON (sorted keys), so equal step definitions hash alike. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * `cache` → `memoize`. The key is the step's name, a hash of its definition (image, command,
 * literal arguments, …: change the step and old entries no longer match) and, at run time, a
 * SHA-256 of the values of its input parameters (`runtimeInputs`), so equal inputs hit. Argo
 * only accepts keys of letters, digits and `-`, which both hashes are. `excludeInputs` leaves
 * named inputs and env variables out of both hashes.
 */
export function mapMemoize(
  step: Step,
  cache: CacheHint,
  runtimeInputs: ReadonlyArray<{ name: string; exprRef: string; sources: ReadonlyArray<string> }>,
  defaultConfigMap: string,
  path: ReadonlyArray<string | number>,
): ArgoMemoize {
  const excluded = new Set(cache.excludeInputs ?? []);
  const configMap = cache.storage ?? defaultConfigMap;
  const maxAge = cache.ttlSeconds === undefined ? '' : durationString(cache.ttlSeconds);
  if (cache.key !== undefined) {
    if (!ARGO_CACHE_KEY_PATTERN.test(cache.key)) {
      throw unsupported('cache', `the cache key ${JSON.stringify(cache.key)}: Argo keys are letters, digits and "-", starting with a letter or digit`, {
        path: [...path, 'key'],
        stepName: step.name,
        hint: 'Leave the key out to let Couler derive one from the inputs.',
      });
    }
    return { key: cache.key, maxAge, cache: { configMap: { name: configMap } } };
  }
  const definition = {
    ...step,
    name: undefined,
    description: undefined,
    cache: undefined,
    retry: undefined,
    labels: undefined,
    annotations: undefined,
    dependencies: undefined,
    depends: undefined,
    env: step.env?.filter((variable) => !excluded.has(variable.name)),
    inputs: step.inputs && {
      ...step.inputs,
      parameters: step.inputs.parameters?.filter((parameter) => !excluded.has(parameter.name)),
    },
  };
  const definitionHash = createHash('sha256').update(canonicalJson(definition)).digest('hex').slice(0, 16);
  const keyed = runtimeInputs.filter((input) => !input.sources.some((source) => excluded.has(source)));
  const base = `${step.name.slice(0, 40).replace(/-+$/, '')}-${definitionHash}`;
  const key =
    keyed.length === 0 ? base : `${base}-{{=sprig.sha256sum(toJson([${keyed.map((input) => input.exprRef).join(', ')}]))}}`;
  return { key, maxAge, cache: { configMap: { name: configMap } } };
}
