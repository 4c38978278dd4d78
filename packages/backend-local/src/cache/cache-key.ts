import { canonicalJson, sha256 } from '../internal/hash';

/**
 * What a step instance's memoization key is made of, each part by content: the resolved value
 * of every argument, env variable and input parameter (never just a reference's name), the
 * bytes of every input artifact (by hash), the image, command, script source and working
 * directory, the map item, and the outputs it declares.
 */
export interface CacheKeyInput {
  readonly kind: string;
  readonly image?: string;
  readonly command?: ReadonlyArray<string>;
  readonly args: ReadonlyArray<string>;
  readonly source?: string;
  readonly workingDir?: string;
  readonly env: Readonly<Record<string, string>>;
  readonly parameters: Readonly<Record<string, string>>;
  /** Input artifact name → content hash. */
  readonly artifacts: Readonly<Record<string, string>>;
  readonly item?: unknown;
  readonly outputs: unknown;
}

export interface CacheKey {
  readonly key: string;
  /** Part name (`image`, `args`, `env.SEED`, `artifact.data` …) → hash of its value. */
  readonly parts: Readonly<Record<string, string>>;
}

/**
 * Hashes each part, then the parts together. Names in `exclude` (an env variable, input
 * parameter or artifact name, or a whole part such as `args`) are left out. An explicit `key`
 * replaces the content hash, for users who know better.
 */
export function computeCacheKey(input: CacheKeyInput, options: { exclude?: ReadonlyArray<string>; explicitKey?: string } = {}): CacheKey {
  const excluded = new Set(options.exclude ?? []);
  const raw: Record<string, unknown> = {
    kind: input.kind,
    image: input.image ?? null,
    command: input.command ?? null,
    args: input.args,
    source: input.source ?? null,
    workingDir: input.workingDir ?? null,
    outputs: input.outputs,
  };
  if (input.item !== undefined) raw.item = input.item;
  for (const [name, value] of Object.entries(input.env)) raw[`env.${name}`] = value;
  for (const [name, value] of Object.entries(input.parameters)) raw[`parameter.${name}`] = value;
  const parts: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    const short = name.includes('.') ? name.slice(name.indexOf('.') + 1) : name;
    if (excluded.has(name) || (name.includes('.') && excluded.has(short))) continue;
    parts[name] = sha256(canonicalJson(value));
  }
  for (const [name, hash] of Object.entries(input.artifacts)) {
    if (!excluded.has(name) && !excluded.has(`artifact.${name}`)) parts[`artifact.${name}`] = hash;
  }
  const sorted = Object.fromEntries(Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const key = options.explicitKey !== undefined ? sha256(canonicalJson({ explicit: options.explicitKey })) : sha256(canonicalJson(sorted));
  return { key, parts: sorted };
}
