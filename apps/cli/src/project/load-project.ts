import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CoulerError, readDocument, type PassV1 } from '@couler/ir';
import { checkConfig, type CoulerConfig } from './couler-config';
import { exportsMatching, importPlugin } from './import-plugin';

export const CONFIG_FILE_NAMES = ['couler.config.ts', 'couler.config.mts', 'couler.config.cts', 'couler.config.js', 'couler.config.mjs', 'couler.config.cjs', 'couler.config.json'] as const;

/** A project's config and the folder its relative paths start from. */
export interface LoadedConfig {
  readonly config: CoulerConfig;
  /** The config file, or undefined when the project has none. */
  readonly file?: string;
  /** The config's folder (the working directory without a config). */
  readonly directory: string;
}

/** The config file that governs `cwd`: the nearest folder upwards that has one. */
export function findConfigFile(cwd: string): string | undefined {
  for (let directory = cwd; ; directory = dirname(directory)) {
    const present = CONFIG_FILE_NAMES.filter((name) => existsSync(join(directory, name)));
    if (present.length > 1) {
      throw new CoulerError('LOAD_FAILED', `${directory} has ${present.length} couler configs (${present.join(', ')}); couler cannot tell which one counts.`, {
        hint: 'Keep one of them.',
      });
    }
    if (present.length === 1) return join(directory, present[0]!);
    if (dirname(directory) === directory) return undefined;
  }
}

/**
 * Reads the project's config (JSON, or a module whose default export is the config).
 *
 * @throws CoulerError `LOAD_FAILED` when it cannot be read, `INVALID_FIELD` when its shape is wrong.
 */
export async function loadConfig(cwd: string): Promise<LoadedConfig> {
  const file = findConfigFile(cwd);
  if (file === undefined) return { config: {}, directory: cwd };
  const directory = dirname(file);
  let value: unknown;
  if (file.endsWith('.json')) {
    value = readDocument(readFileSync(file, 'utf8'));
  } else {
    const { namespace } = await importPlugin(`./${basename(file)}`, directory, 'config');
    value = 'default' in namespace ? namespace.default : namespace;
  }
  return { config: checkConfig(value, file), file, directory };
}

function looksLikePass(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { run?: unknown }).run === 'function' && typeof (value as { passId?: unknown }).passId === 'string';
}

/** Checks a pass's contract version, as `resolveBackend` does for backends. */
function resolvePass(value: unknown, spec: string): PassV1 {
  if (!looksLikePass(value)) {
    throw new CoulerError('LOAD_FAILED', `"${spec}" is not a Couler pass.`, { hint: "A pass implements PassV1 from @couler/ir: specificationVersion 'v1', passId and run(workflow, options)." });
  }
  const pass = value as PassV1;
  if (pass.specificationVersion !== 'v1') {
    throw new CoulerError('UNSUPPORTED_SPECIFICATION_VERSION', `Pass "${pass.passId}" implements contract "${String(pass.specificationVersion)}", but this version of Couler knows "v1".`, {
      hint: 'Upgrade @couler/ir (and the CLI), or install a version of the pass built for v1.',
    });
  }
  return pass;
}

/** The config's passes, loaded and checked, in order. */
export async function loadPasses(loaded: LoadedConfig): Promise<PassV1[]> {
  const passes: PassV1[] = [];
  for (const [index, entry] of (loaded.config.passes ?? []).entries()) {
    if (typeof entry !== 'string') {
      passes.push(resolvePass(entry, `passes[${index}]`));
      continue;
    }
    const { namespace } = await importPlugin(entry, loaded.directory, 'pass');
    const found = exportsMatching(namespace, looksLikePass);
    const chosen = found.find(([name]) => name === 'default') ?? (found.length === 1 ? found[0] : undefined);
    if (chosen === undefined) {
      throw new CoulerError('LOAD_FAILED', found.length === 0 ? `"${entry}" is not a Couler pass: it exports no object with passId and run().` : `"${entry}" exports several passes (${found.map(([name]) => name).join(', ')}).`, {
        hint: 'Export the pass as the default export.',
      });
    }
    passes.push(resolvePass(chosen[1], entry));
  }
  return passes;
}
