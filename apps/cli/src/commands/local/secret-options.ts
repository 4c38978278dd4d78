import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { createArtifactStores } from '@couler/artifact-stores';
import type { RemoteArtifactStores } from '@couler/backend-local';
import { CoulerError } from '@couler/ir';
import type { Command } from 'commander';
import { loadConfig } from '../../project/load-project';

/** Secret values by secret name, then key, as `--secret` and `--secret-file` give them. */
export type SecretValues = Record<string, Record<string, string>>;

/**
 * Collects repeated `--secret NAME=KEY=VALUE`: the value of key KEY of the workflow's secret NAME
 * (what an artifact location's `accessKey: { name, key }` names). The value may hold `=`.
 */
export function collectSecret(text: string, previous: SecretValues = {}, flag = '--secret'): SecretValues {
  const match = /^([^=]+)=([^=]+)=([\s\S]*)$/.exec(text);
  if (!match) {
    throw new CoulerError('INVALID_FIELD', `${flag} takes NAME=KEY=VALUE (a key of one of the workflow's secrets).`, {
      hint: `Example: ${flag} s3-creds=accessKey=AKIA… ${flag} s3-creds=secretKey=…; or put them in a JSON file for ${flag}-file.`,
    });
  }
  const [, name, key, value] = match as unknown as [string, string, string, string];
  return { ...previous, [name]: { ...previous[name], [key]: value } };
}

/**
 * Reads `--secret-file`: JSON `{ "NAME": { "KEY": "VALUE" } }`, the shape of the Kubernetes
 * secrets the workflow names. Its values are never echoed in errors.
 */
export function readSecretFile(file: string, cwd: string, what = `--secret-file ${file}`): SecretValues {
  const path = resolve(cwd, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
    throw new CoulerError('INVALID_FIELD', `${what} cannot be read: ${why}.`, { hint: 'Write it as { "s3-creds": { "accessKey": "…", "secretKey": "…" } }.' });
  }
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isObject(parsed)) throw new CoulerError('INVALID_FIELD', `${what} must hold a JSON object of secrets.`, { hint: '{ "s3-creds": { "accessKey": "…" } }' });
  const secrets: SecretValues = {};
  for (const [name, keys] of Object.entries(parsed)) {
    if (!isObject(keys) || Object.values(keys).some((value) => typeof value !== 'string')) {
      throw new CoulerError('INVALID_FIELD', `Secret "${name}" in ${what} must map each key to a string.`, { hint: `"${name}": { "accessKey": "…" }` });
    }
    secrets[name] = keys as Record<string, string>;
  }
  return secrets;
}

/** The file's secrets, with `--secret` flags over them. */
export function mergeSecrets(fromFile: SecretValues, fromFlags: SecretValues): SecretValues {
  const merged: SecretValues = { ...fromFile };
  for (const [name, keys] of Object.entries(fromFlags)) merged[name] = { ...merged[name], ...keys };
  return merged;
}

/** `--secret` and `--secret-file`, for the commands that run steps (run, resume, retry). */
export interface SecretOptions {
  secret?: SecretValues;
  secretFile?: string;
}

export function addSecretOptions(command: Command): Command {
  return command
    .option('--secret <name=key=value>', "a key of one of the workflow's secrets, for its S3/OSS/GCS artifacts (repeatable; default: $COULER_SECRET_<NAME>_<KEY>, then the store's own credential chain)", collectSecret)
    .option('--secret-file <file>', 'secrets as JSON: { "NAME": { "KEY": "VALUE" } }; --secret overrides its keys');
}

/** The dataset cache's settings of the project's couler.config, as the local engine takes them. */
export async function runDatasetCache(cwd: string): Promise<{ maxBytes?: number } | undefined> {
  const { config } = await loadConfig(cwd);
  return config.datasetCache;
}

/**
 * The remote stores (S3, OSS, GCS, HDFS) a local run gets: the project's `artifactStores` settings
 * (couler.config), and the secrets of its `secretFile`, then `--secret-file`, then `--secret`. The
 * values stay in this process: the stores read them; the IR, the state and the events never see them.
 */
export async function runArtifactStores(options: SecretOptions, cwd: string, secretFileFlag = '--secret-file'): Promise<RemoteArtifactStores> {
  const { config, directory } = await loadConfig(cwd);
  const { secretFile, ...settings } = config.artifactStores ?? {};
  const fromConfig = secretFile ? readSecretFile(secretFile.replace(/^~(?=\/|$)/, homedir()), directory, `couler.config's artifactStores.secretFile ${secretFile}`) : {};
  const fromFile = options.secretFile ? readSecretFile(options.secretFile, cwd, `${secretFileFlag} ${options.secretFile}`) : {};
  return createArtifactStores({ secrets: mergeSecrets(mergeSecrets(fromConfig, fromFile), options.secret ?? {}), settings });
}
