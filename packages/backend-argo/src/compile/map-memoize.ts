import { createHash } from 'node:crypto';
import type { CacheHint, Step, Workflow } from '@couler/ir';
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

/** The cache hint that memoizes `step`'s template, if any: its own, else the workflow's default. */
export function memoizedCache(step: Step, workflow: Workflow): CacheHint | undefined {
  if (step.kind === 'suspend' || step.kind === 'templateRef') return undefined;
  const cache = step.cache ?? workflow.spec.cache;
  return cache && cache.enabled !== false ? cache : undefined;
}

/**
 * Whether `excludeInputs` leaves out a part of the key, as the local engine decides
 * (`computeCacheKey`): by its full name (`env.SEED`, `args`) or, for a named part, by the name
 * alone (`SEED`).
 */
function excludes(excluded: ReadonlySet<string>, part: string): boolean {
  return excluded.has(part) || (part.includes('.') && excluded.has(part.slice(part.indexOf('.') + 1)));
}

/** One input parameter of the template, and the parts of the step that use its value. */
export interface RuntimeInput {
  /** The parameter in expr-lang (`inputs.parameters['x']`). */
  readonly exprRef: string;
  /** `args`, `image`, `env.NAME`, `parameter.NAME`, `item`, or `*` for a use no exclusion names. */
  readonly uses: ReadonlyArray<string>;
}

/**
 * `cache` → `memoize`, with the meaning of the local engine's content-addressed key: a result
 * is reused only when everything that can change it is the same.
 *
 * The key is `<step>-<definition>-<inputs>`:
 * - `<definition>` hashes the step as written (kind, image, command, literal arguments, script
 *   source, working directory, env, declared inputs and outputs, artifact locations, …);
 * - `<inputs>` is `{{=sprig.sha256sum(toJson([...]))}}` over the values of the template's input
 *   parameters, which Argo substitutes when it reaches the step and before it looks the key up.
 *   Every value known only at run time (another step's output, the map item, and in a memoized
 *   step also workflow parameters and facts: see `LeafInputs`) arrives as an input parameter.
 *   Values are hashed, so no value can break the key; Argo only accepts letters, digits and `-`.
 *
 * An input artifact from another step cannot be keyed: Argo computes the key in the controller,
 * before any pod fetched the file, and the only identity it has then is the repository key,
 * which holds the producer's pod name and so never matches again. Such a step is refused unless
 * the artifact is excluded. An artifact with a location is keyed by the location (in the
 * definition): data rewritten in place is not seen, as Argo cannot know it.
 *
 * `excludeInputs` leaves out what the local engine leaves out: an env variable, input parameter
 * or artifact by name, or a whole part (`args`, `image`, `command`, `source`, `workingDir`,
 * `item`). A run-time value stays in the key while any part that uses it is not excluded.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND for an explicit key Argo refuses, or an input
 *   artifact from another step that is not excluded.
 */
export function mapMemoize(step: Step, cache: CacheHint, runtimeInputs: ReadonlyArray<RuntimeInput>, defaultConfigMap: string, path: ReadonlyArray<string | number>): ArgoMemoize {
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
  const artifacts = (step.inputs?.artifacts ?? []).filter((artifact) => !excludes(excluded, `artifact.${artifact.name}`));
  const passed = artifacts.find((artifact) => artifact.from !== undefined);
  if (passed) {
    throw unsupported('cache', `a cache key for step "${step.name}", which reads artifact "${passed.name}" from step "${passed.from!.step}": Argo computes the key before the file is fetched, and knows no identity of its content that a later run could match`, {
      path: [...path],
      stepName: step.name,
      hint: `Pass the value as a parameter instead of a file, add "${passed.name}" to cache.excludeInputs if its content cannot change the result, or turn caching off for this step (cache: { enabled: false }).`,
    });
  }
  const body = step.kind === 'container' ? step.container : step.kind === 'script' ? step.script : undefined;
  const bodyKey = step.kind === 'container' ? 'container' : 'script';
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
    ...(body && { [bodyKey]: Object.fromEntries(Object.entries(body).filter(([part]) => !excluded.has(part))) }),
    env: step.env?.filter((variable) => !excludes(excluded, `env.${variable.name}`)),
    inputs: step.inputs && {
      ...step.inputs,
      parameters: step.inputs.parameters?.filter((parameter) => !excludes(excluded, `parameter.${parameter.name}`)),
      artifacts,
    },
  };
  const definitionHash = createHash('sha256').update(canonicalJson(definition)).digest('hex').slice(0, 16);
  const keyed = runtimeInputs.filter((input) => !input.uses.every((use) => excludes(excluded, use)));
  const base = `${step.name.slice(0, 40).replace(/-+$/, '')}-${definitionHash}`;
  const key = keyed.length === 0 ? base : `${base}-{{=sprig.sha256sum(toJson([${keyed.map((input) => input.exprRef).join(', ')}]))}}`;
  return { key, maxAge, cache: { configMap: { name: configMap } } };
}
